/**
 * Keeps the caret where it was while a code block's children are replaced.
 * A selection point names a node and an offset in it; re-tokenising swaps
 * those nodes out. The block's text is unchanged by that, so each point is
 * remembered as a character offset into the text and put back as one.
 */
import type { CodeNode } from '@lexical/code';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalNode, type PointType } from 'lexical';

export interface SavedCodeSelection {
  /** Character offsets into the block's text; null for a point outside the block. */
  readonly anchor: number | null;
  readonly focus: number | null;
}

/** The current selection's points inside `code`, as text offsets; null when none are. */
export function $saveCodeSelection(code: CodeNode): SavedCodeSelection | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const children = code.getChildren();
  const anchor = $textOffsetOf(selection.anchor, code, children);
  const focus = $textOffsetOf(selection.focus, code, children);
  return anchor === null && focus === null ? null : { anchor, focus };
}

/** Points the saved offsets at `code`'s current children. */
export function $restoreCodeSelection(code: CodeNode, saved: SavedCodeSelection): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const children = code.getChildren();
  if (saved.anchor !== null) $setPoint(selection.anchor, code, children, saved.anchor);
  if (saved.focus !== null) $setPoint(selection.focus, code, children, saved.focus);
}

function $textOffsetOf(point: PointType, code: CodeNode, children: readonly LexicalNode[]): number | null {
  const isElementPoint = point.type === 'element' && point.key === code.getKey();
  let offset = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (isElementPoint && index === point.offset) return offset;
    if (!isElementPoint && child.getKey() === point.key) return offset + point.offset;
    offset += child.getTextContentSize();
  }
  return isElementPoint ? offset : null;
}

/**
 * The first text node that reaches `offset` takes the point, so a caret at a
 * token boundary stays at the end of the token it was typing into. A line
 * with no text (between two line breaks, or after a final one) has no text
 * node, so there the point goes on the block itself.
 */
function $setPoint(point: PointType, code: CodeNode, children: readonly LexicalNode[], offset: number): void {
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const size = child.getTextContentSize();
    if ($isTextNode(child) && offset <= start + size) {
      point.set(child.getKey(), offset - start, 'text', true);
      return;
    }
    if (offset <= start) {
      point.set(code.getKey(), index, 'element', true);
      return;
    }
    start += size;
  }
  point.set(code.getKey(), children.length, 'element', true);
}
