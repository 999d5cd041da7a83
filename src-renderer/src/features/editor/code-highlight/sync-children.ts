/**
 * Makes a CodeNode's children match a token list while touching as little as
 * possible: the unchanged run at each end is kept (same nodes, same keys, no
 * DOM work) and only the middle is replaced. Typing a character normally
 * changes one or two tokens, so a long block costs a comparison, not a rebuild.
 */
import { $createCodeHighlightNode, $isCodeHighlightNode, type CodeNode } from '@lexical/code';
import { $createLineBreakNode, $createTabNode, $isLineBreakNode, $isTabNode, type LexicalNode } from 'lexical';
import { $restoreCodeSelection, $saveCodeSelection } from './code-selection';
import type { CodeToken } from './tokens';

/** Replaces the children that differ from `tokens`; returns the nodes it created (none when already in sync). */
export function $syncCodeChildren(code: CodeNode, tokens: readonly CodeToken[]): LexicalNode[] {
  const children = code.getChildren();
  const common = Math.min(children.length, tokens.length);

  let head = 0;
  while (head < common && $matches(children[head]!, tokens[head]!)) head++;
  if (head === children.length && head === tokens.length) return [];

  let tail = 0;
  while (
    tail < common - head &&
    $matches(children[children.length - 1 - tail]!, tokens[tokens.length - 1 - tail]!)
  ) {
    tail++;
  }

  const created = tokens.slice(head, tokens.length - tail).map($createNodeFor);
  const saved = $saveCodeSelection(code);
  code.splice(head, children.length - head - tail, created);
  if (saved) $restoreCodeSelection(code, saved);
  return created;
}

function $matches(node: LexicalNode, token: CodeToken): boolean {
  switch (token.kind) {
    case 'tab':
      return $isTabNode(node);
    case 'linebreak':
      return $isLineBreakNode(node);
    case 'text':
      return (
        $isCodeHighlightNode(node) &&
        node.getTextContent() === token.text &&
        // Stored as undefined or null depending on where the node came from.
        (node.getHighlightType() ?? undefined) === token.highlightType
      );
  }
}

function $createNodeFor(token: CodeToken): LexicalNode {
  switch (token.kind) {
    case 'tab':
      return $createTabNode();
    case 'linebreak':
      return $createLineBreakNode();
    case 'text':
      return $createCodeHighlightNode(token.text, token.highlightType);
  }
}
