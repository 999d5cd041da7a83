/**
 * mdast → Lexical. Every construct from the design's list becomes a real
 * Lexical node; the rest becomes an opaque node holding its Markdown source.
 */
import { $createCodeNode } from '@lexical/code';
import { $createAutoLinkNode, $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListNode, type ListNode, type ListType } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $setState,
  type ElementFormatType,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { List, ListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import { $createImageNode, $createOpaqueBlockNode, $createOpaqueInlineNode, $createThematicBreakNode } from './nodes';
import {
  codeFenceState,
  codeMetaState,
  inlineChainState,
  linkIdState,
  listSplitState,
  literalLinkState,
  markerState,
  ownItemState,
  spreadState,
  type InlineWrapper,
  WRAPPER_FORMAT,
} from './nodes/state';
import { serializeMarkdown } from './syntax';

export interface ImportContext {
  /** The parsed text (the file without its BOM); mdast offsets point into it. */
  readonly source: string;
  /** Source of inline wrapper ids, unique within the document. */
  nextId: number;
}

/** A Lexical block and how many consecutive mdast blocks it stands for (merged lists). */
export interface ImportedBlock {
  readonly node: LexicalNode;
  readonly count: number;
}

/**
 * Map sibling blocks. `rawOf(i)` gives block i's source when it is known to
 * be container-free (top level); otherwise opaque blocks are re-serialised.
 */
export function $importBlocks(
  blocks: readonly RootContent[],
  ctx: ImportContext,
  rawOf?: (index: number) => string,
): ImportedBlock[] {
  const out: { node: LexicalNode; count: number }[] = [];
  blocks.forEach((block, index) => {
    const previous = out[out.length - 1];
    if (block.type === 'list' && isModelableList(block) && $isListNode(previous?.node)) {
      if (previous.node.getListType() === listTypeOf(block)) {
        // ListNode's transform would merge the two lists anyway; do it here,
        // marking where the second one starts so export can split them again.
        $appendListItems(previous.node, block, ctx, true);
        previous.count++;
        return;
      }
    }
    out.push({ node: $importBlock(block, ctx, rawOf?.(index)), count: 1 });
  });
  return out;
}

function $importBlock(node: RootContent, ctx: ImportContext, raw: string | undefined): LexicalNode {
  switch (node.type) {
    case 'paragraph':
      return $createParagraphNode().append(...$importInlines(node.children, [], ctx));
    case 'heading':
      return $createHeadingNode(`h${node.depth}`).append(...$importInlines(node.children, [], ctx));
    case 'thematicBreak':
      return $createThematicBreakNode();
    case 'code': {
      const code = $createCodeNode(node.lang);
      $setState(code, codeFenceState, fenceOf(node, ctx.source));
      $setState(code, codeMetaState, node.meta ?? '');
      return node.value === '' ? code : code.append($createTextNode(node.value));
    }
    case 'blockquote': {
      // A shadow-root quote holds blocks, so multi-paragraph quotes and
      // callouts stay real quotes.
      const quote = $createQuoteNode().setIsShadowRoot(true);
      return quote.append(...$importBlocks(node.children, ctx).map((b) => b.node));
    }
    case 'list':
      if (isModelableList(node)) {
        const list = $createListNode(listTypeOf(node), node.start ?? 1);
        return $appendListItems(list, node, ctx, false);
      }
      return $opaqueBlock(node, raw);
    case 'table':
      return $importTable(node, ctx);
    default:
      return $opaqueBlock(node, raw);
  }
}

function $opaqueBlock(node: RootContent, raw: string | undefined): LexicalNode {
  return $createOpaqueBlockNode(node.type, raw ?? serializeMarkdown(node).replace(/\n$/, ''));
}

/**
 * Lexical list items hold inline content, plus nested lists in items of
 * their own. An item with anything else (a second paragraph, a code block,
 * ...) cannot be modelled; ordered task lists and lists mixing task and
 * plain items have no Lexical list type either.
 */
function isModelableList(list: List): boolean {
  const tasks = list.children.filter((item) => typeof item.checked === 'boolean').length;
  if (tasks > 0 && (list.ordered || tasks < list.children.length)) return false;
  return list.children.every((item) =>
    item.children.every((child, i) => (child.type === 'list' ? isModelableList(child) : i === 0 && child.type === 'paragraph')),
  );
}

function listTypeOf(list: List): ListType {
  if (list.ordered) return 'number';
  return list.children.some((item) => typeof item.checked === 'boolean') ? 'check' : 'bullet';
}

function $appendListItems(target: ListNode, list: List, ctx: ImportContext, split: boolean): ListNode {
  const marker = markerOf(list, ctx.source);
  const spread = list.spread === true;
  list.children.forEach((item, index) => {
    const items = $importListItem(item, ctx);
    if (index === 0 && split) {
      $setState(items[0]!, listSplitState, { marker, start: list.start ?? 1, spread });
    }
    target.append(...items);
  });
  if (!split) {
    $setState(target, markerState, marker);
    $setState(target, spreadState, spread);
  }
  return target;
}

/** One mdast item becomes a content item, then one item per nested list (Lexical's nesting shape). */
function $importListItem(item: ListItem, ctx: ImportContext) {
  const [first, ...rest] = item.children;
  const head = $createListItemNode(item.checked ?? undefined);
  $setState(head, spreadState, item.spread === true);
  const nested = first?.type === 'list' ? item.children : rest;
  if (first?.type === 'paragraph') head.append(...$importInlines(first.children, [], ctx));
  const holders = nested.map((child) =>
    $createListItemNode().append($importBlock(child, ctx, undefined)),
  );
  if (first?.type !== 'list') return [head, ...holders];
  // The item starts with its nested list: the first holder is the item itself.
  $setState(holders[0]!, ownItemState, true);
  $setState(holders[0]!, spreadState, item.spread === true);
  return holders;
}

function $importTable(table: Table, ctx: ImportContext): LexicalNode {
  const node = $createTableNode();
  table.children.forEach((row, r) => {
    const tr = $createTableRowNode();
    row.children.forEach((cell, c) => {
      const paragraph = $createParagraphNode().append(...$importInlines(cell.children, [], ctx));
      const align = table.align?.[c];
      if (align) paragraph.setFormat(align satisfies ElementFormatType);
      const header = r === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      tr.append($createTableCellNode(header).append(paragraph));
    });
    node.append(tr);
  });
  return node;
}

/** Map phrasing content; `chain` is the wrappers around it, outermost first (see inlineChainState). */
export function $importInlines(
  nodes: readonly PhrasingContent[],
  chain: readonly InlineWrapper[],
  ctx: ImportContext,
): LexicalNode[] {
  return nodes.flatMap((node): LexicalNode[] => {
    switch (node.type) {
      case 'text':
        return [$leaf($createTextNode(node.value), chain)];
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'highlight':
        return $importInlines(node.children, [...chain, wrapper(node.type, ctx, markerAt(node, ctx.source))], ctx);
      case 'inlineCode':
        return [$leaf($createTextNode(node.value), [...chain, wrapper('code', ctx)])];
      case 'break':
        return [$withChain($createLineBreakNode(), chain)];
      case 'image':
        return [$withChain($createImageNode(node.url, node.alt ?? '', node.title ?? null), chain)];
      case 'link': {
        const id = ctx.nextId++;
        // The chain on the link itself only matters when it has no text (`*[](x)*`).
        const link = $withChain($setState($importLink(node, ctx), linkIdState, id), chain);
        return [link.append(...$importInlines(node.children, [...chain, { id, kind: 'link' }], ctx))];
      }
      case 'raw':
        return [$leaf($createOpaqueInlineNode(node.kind ?? 'raw', node.value), chain)];
      default:
        return [$leaf($createOpaqueInlineNode(node.type, inlineSource(node, ctx.source)), chain)];
    }
  });
}

function wrapper(kind: InlineWrapper['kind'], ctx: ImportContext, marker?: string): InlineWrapper {
  return marker ? { id: ctx.nextId++, kind, marker } : { id: ctx.nextId++, kind };
}

function $leaf(text: TextNode, chain: readonly InlineWrapper[]): TextNode {
  // `__a_ b_` nests emphasis in emphasis: one format bit, set once.
  for (const { kind } of chain) if (kind !== 'link' && !text.hasFormat(WRAPPER_FORMAT[kind])) text.toggleFormat(WRAPPER_FORMAT[kind]);
  return $withChain(text, chain);
}

function $withChain<T extends LexicalNode>(node: T, chain: readonly InlineWrapper[]): T {
  return chain.length === 0 ? node : $setState(node, inlineChainState, chain);
}

/** `[text](url)` is a LinkNode; `<url>` and bare GFM URLs are AutoLinkNodes. */
function $importLink(node: Extract<PhrasingContent, { type: 'link' }>, ctx: ImportContext): ElementNode {
  const attributes = { title: node.title ?? null };
  const written = sliceOf(node, ctx.source);
  if (written.startsWith('[')) return $createLinkNode(node.url, attributes);
  const link = $createAutoLinkNode(node.url, attributes);
  // A bare URL is written back as itself, not as `[url](url)`.
  return written.startsWith('<') || /[\r\n]/.test(written) ? link : $setState(link, literalLinkState, written);
}

/** An inline construct's own source when it sits on one line, else its serialisation (free of container prefixes). */
function inlineSource(node: PhrasingContent, source: string): string {
  if (node.type === 'html') return node.value;
  const written = sliceOf(node, source);
  return written !== '' && !/[\r\n]/.test(written) ? written : serializeMarkdown(node).replace(/\n$/, '');
}

function sliceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function markerAt(node: Nodes, source: string): string | undefined {
  const written = sliceOf(node, source);
  return node.type === 'delete' ? /^~+/.exec(written)?.[0] : written[0];
}

function markerOf(list: List, source: string): string {
  const written = sliceOf(list, source);
  return list.ordered ? (/^\d+([.)])/.exec(written)?.[1] ?? '.') : written[0] ?? '-';
}

/** Indented code is re-serialised fenced (it is safe in every context), so only the fence character is kept. */
function fenceOf(node: Extract<RootContent, { type: 'code' }>, source: string): '`' | '~' {
  return sliceOf(node, source).startsWith('~') ? '~' : '`';
}
