/**
 * Lexical → mdast → Markdown. Unchanged top-level blocks are written as
 * their original source; everything else is re-serialised.
 */
import { $isCodeNode } from '@lexical/code';
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode, type TableNode } from '@lexical/table';
import { $getRoot, $getState, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import type { AlignType, BlockContent, List, ListItem, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { canonicalOf } from './canonical';
import { formatFrontmatter, type MarkdownDocument } from './document';
import { $exportInlines } from './inline-export';
import { $isOpaqueBlockNode, $isThematicBreakNode } from './nodes';
import {
  codeFenceState,
  codeMetaState,
  listSplitState,
  markerState,
  ownItemState,
  spreadState,
} from './nodes/state';
import { $isUnchanged, $originOf, type BlockOrigin } from './provenance';
import { serializeMarkdown } from './syntax';

export interface ExportOptions {
  /** Re-serialise every block, ignoring the original source (the "every block edited" case). */
  readonly forceFull?: boolean;
  /** New YAML for the front matter (from the properties panel); `null` removes it. Omit to keep it as read. */
  readonly frontmatter?: string | null;
}

/**
 * The file content to write for the current editor state, which must have
 * been loaded from `doc` by `$importDocument`. Call inside `editor.read()`
 * or `editorState.read()`.
 */
export function $exportDocument(doc: MarkdownDocument, options: ExportOptions = {}): string {
  const body = options.forceFull ? $exportFull(doc) : $exportIncremental(doc);
  return doc.bom + joinFrontmatter(doc, options.frontmatter, body);
}

function joinFrontmatter(doc: MarkdownDocument, yaml: string | null | undefined, body: string): string {
  if (yaml === undefined || yaml === doc.frontmatter?.yaml) return (doc.frontmatter?.raw ?? '') + body;
  if (yaml === null) return doc.frontmatter ? body.replace(/^(\r\n|\n|\r)/, '') : body;
  const lead = doc.frontmatter || /^(\r\n|\n|\r)/.test(body) ? '' : doc.eol;
  return formatFrontmatter(yaml, doc.eol) + lead + body;
}

function $exportFull(doc: MarkdownDocument): string {
  const blocks = $getRoot().getChildren().flatMap($exportBlock);
  const markdown = serializeMarkdown({ type: 'root', children: blocks }).replace(/\n$/, '');
  return keepFinalEol(leadOf(doc) + withEol(markdown, doc.eol) + doc.trailing, doc);
}

/**
 * A block that runs to the end of the file (an unclosed fence, an HTML
 * block) owns the file's last line ending, which re-serialisation drops.
 */
function keepFinalEol(body: string, doc: MarkdownDocument): string {
  const endsWithEol = (text: string) => /[\r\n]$/.test(text);
  // A note that was empty gets the usual final line ending once it has text.
  const wanted = doc.body.trim() === '' ? body !== '' : endsWithEol(doc.body);
  return wanted && !endsWithEol(body) ? body + doc.eol : body;
}

/**
 * Original gaps are kept only between blocks that were neighbours in the
 * file; anywhere else (new, moved or deleted blocks) a blank line separates.
 */
function $exportIncremental(doc: MarkdownDocument): string {
  let out = '';
  let previous: BlockOrigin | undefined;
  let first = true;
  for (const node of $getRoot().getChildren()) {
    const origin = $originOf(doc, node);
    const text = origin ? $originalBlockText(doc, node, origin) : $serializeBlock(node, doc.eol);
    if (text === '') continue;
    const adjacent = origin && (previous ? previous.index + previous.count === origin.index : origin.index === 0);
    out += adjacent ? doc.blocks[origin.index]!.gap : first ? leadOf(doc) : doc.eol + doc.eol;
    out += text;
    previous = origin;
    first = false;
  }
  return keepFinalEol(out + doc.trailing, doc);
}

/** The source of a loaded block when it is still the loaded block, else its new Markdown. */
function $originalBlockText(doc: MarkdownDocument, node: LexicalNode, origin: BlockOrigin): string {
  const raw = rawOf(doc, origin);
  if ($isUnchanged(doc, node)) return raw;
  const text = $serializeBlock(node, doc.eol);
  return text === canonicalOf(doc, origin.index, raw, $serializeBlock) ? raw : text;
}

/** The source of the blocks an origin covers, minus the first one's gap. */
function rawOf(doc: MarkdownDocument, origin: BlockOrigin): string {
  let text = doc.blocks[origin.index]!.raw;
  for (let i = origin.index + 1; i < origin.index + origin.count; i++) text += doc.blocks[i]!.gap + doc.blocks[i]!.raw;
  return text;
}

function leadOf(doc: MarkdownDocument): string {
  return doc.blocks[0]?.gap ?? (doc.frontmatter ? doc.eol : '');
}

function $serializeBlock(node: LexicalNode, eol: string): string {
  const children = $exportBlock(node);
  if (children.length === 0) return '';
  return withEol(serializeMarkdown({ type: 'root', children }).replace(/\n$/, ''), eol);
}

function withEol(markdown: string, eol: string): string {
  return eol === '\n' ? markdown : markdown.replace(/\r\n|\r|\n/g, eol);
}

/** One Lexical block as mdast blocks: none for an empty paragraph, several for merged lists. */
export function $exportBlock(node: LexicalNode): BlockContent[] {
  if ($isOpaqueBlockNode(node)) return [{ type: 'raw', value: node.getTextContent() }];
  if ($isThematicBreakNode(node)) return [{ type: 'thematicBreak' }];
  if ($isListNode(node)) return $exportList(node);
  if ($isTableNode(node)) return [$exportTable(node)];
  if ($isCodeNode(node)) {
    const fence = $getState(node, codeFenceState);
    return [
      {
        type: 'code',
        lang: node.getLanguage() || null,
        meta: $getState(node, codeMetaState) || null,
        value: node.getTextContent(),
        data: { markdownStyle: { fence } },
      },
    ];
  }
  if ($isHeadingNode(node)) {
    const depth = Number(node.getTag().slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
    return [{ type: 'heading', depth, children: $exportInlines(node) }];
  }
  if ($isQuoteNode(node)) {
    // A quote made by the `> ` shortcut holds inline content; an imported one holds blocks.
    return [{ type: 'blockquote', children: node.isShadowRoot() ? node.getChildren().flatMap($exportBlock) : $paragraph(node) }];
  }
  if ($isElementNode(node)) return $paragraph(node);
  // An inline node at block level (only possible through other code): keep its text.
  return [{ type: 'paragraph', children: [{ type: 'text', value: node.getTextContent() }] }];
}

function $paragraph(node: ElementNode): BlockContent[] {
  const children = $exportInlines(node);
  return children.length === 0 ? [] : [{ type: 'paragraph', children }];
}

function listStyle(ordered: boolean, marker: string): RootContent['data'] {
  if (ordered) return marker === ')' ? { markdownStyle: { bulletOrdered: ')' } } : undefined;
  if (marker !== '*' && marker !== '+') return undefined;
  return { markdownStyle: { bullet: marker, bulletOther: '-' } };
}

/** A ListNode, split back into the Markdown lists Lexical merged (see listSplitState). */
function $exportList(list: ListNode): List[] {
  const ordered = list.getListType() === 'number';
  const newList = (start: number, spread: boolean, marker: string): List => ({
    type: 'list',
    ordered,
    start: ordered ? start : null,
    spread,
    children: [],
    data: listStyle(ordered, marker),
  });
  let current = newList(list.getStart(), $getState(list, spreadState), $getState(list, markerState));
  const lists = [current];
  let item: ListItem | undefined;
  for (const child of list.getChildren()) {
    if (!$isListItemNode(child)) continue;
    const split = $getState(child, listSplitState);
    if (split) {
      current = newList(split.start, split.spread, split.marker);
      lists.push(current);
      item = undefined;
    }
    const nested = child.getFirstChild();
    if ($isListNode(nested)) {
      if (!item || $getState(child, ownItemState)) {
        item = $listItem(child, list, []);
        current.children.push(item);
      }
      item.children.push(...$exportList(nested));
    } else {
      const inlines = $exportInlines(child);
      item = $listItem(child, list, inlines.length ? [{ type: 'paragraph', children: inlines }] : []);
      current.children.push(item);
    }
  }
  return lists.filter((l) => l.children.length > 0);
}

function $listItem(node: ListItemNode, list: ListNode, children: ListItem['children']): ListItem {
  const checked = list.getListType() === 'check' && !$getState(node, ownItemState) ? node.getChecked() === true : null;
  return { type: 'listItem', spread: $getState(node, spreadState), checked, children };
}

const ALIGN: Record<string, AlignType> = { left: 'left', center: 'center', right: 'right' };

function $exportTable(table: TableNode): Table {
  const rows = table.getChildren().filter($isTableRowNode);
  const header = rows[0]?.getChildren().filter($isTableCellNode) ?? [];
  return {
    type: 'table',
    align: header.map((cell) => {
      const paragraph = cell.getFirstChild();
      return $isElementNode(paragraph) ? (ALIGN[paragraph.getFormatType()] ?? null) : null;
    }),
    children: rows.map((row) => ({
      type: 'tableRow',
      children: row.getChildren().filter($isTableCellNode).map((cell): TableCell => ({
        type: 'tableCell',
        children: $cellContent(cell.getChildren()),
      })),
    })),
  };
}

/** A GFM cell is one line: its paragraphs are joined with `<br>`. */
function $cellContent(blocks: LexicalNode[]): PhrasingContent[] {
  return blocks.flatMap((block, i) => {
    const inlines = $isElementNode(block) ? $exportInlines(block) : [];
    return i === 0 ? inlines : [{ type: 'raw', value: '<br>' } as const, ...inlines];
  });
}
