/**
 * Obsidian inline syntax that mdast does not parse, recognised in the parsed
 * tree before it reaches Lexical: wiki links and embeds (`[[x]]`, `![[x]]`)
 * and callout markers (`> [!note]`) become raw runs, so they are never escaped
 * into `\[\[x]]`; `==text==` becomes a highlight node.
 */
import type { Blockquote, Nodes, PhrasingContent, Text } from 'mdast';

const WIKI_LINK = /!?\[\[[^[\]\r\n]+\]\]/g;
const CALLOUT = /^\[![\w-]+\][+-]?/;

type PhrasingParent = Extract<Nodes, { children: PhrasingContent[] }>;

/** Rewrite the phrasing content below `node`, in place. */
export function rewriteInlineSyntax(node: Nodes, source: string): void {
  if (node.type === 'blockquote') markCallout(node, source);
  if (!('children' in node)) return;
  for (const child of node.children) rewriteInlineSyntax(child, source);
  if (isPhrasingParent(node)) {
    node.children = wrapHighlights(node.children.flatMap((child) => splitWikiLinks(child, source)));
  }
}

function isPhrasingParent(node: Nodes): node is PhrasingParent {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
      return true;
    default:
      return false;
  }
}

function sourceOf(node: Nodes, source: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? '' : source.slice(start.offset, end.offset);
}

/** Only links written literally count: `\[\[x]]` in the source was escaped on purpose. */
function splitWikiLinks(node: PhrasingContent, source: string): PhrasingContent[] {
  if (node.type !== 'text' || !node.value.includes('[[')) return [node];
  const written = sourceOf(node, source);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(WIKI_LINK)) {
    if (!written.includes(match[0])) continue;
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({ type: 'raw', kind: 'wikilink', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function markCallout(quote: Blockquote, source: string): void {
  const paragraph = quote.children[0];
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (paragraph?.type !== 'paragraph' || text?.type !== 'text') return;
  const marker = CALLOUT.exec(text.value)?.[0];
  if (!marker || !sourceOf(text, source).startsWith(marker)) return;
  const rest: Text[] = text.value.length > marker.length ? [{ type: 'text', value: text.value.slice(marker.length) }] : [];
  paragraph.children.splice(0, 1, { type: 'raw', kind: 'callout', value: marker }, ...rest);
}

const MARK = Symbol('==');
type Item = PhrasingContent | typeof MARK;

/**
 * Pair `==` marks among siblings, Obsidian style: an opening mark is followed
 * by non-whitespace, a closing one preceded by it, and the pair is not empty.
 * Unpaired marks stay text.
 */
function wrapHighlights(children: PhrasingContent[]): PhrasingContent[] {
  if (!children.some((c) => c.type === 'text' && c.value.includes('=='))) return children;
  const items: Item[] = [];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('==')) {
      items.push(child);
      continue;
    }
    child.value.split('==').forEach((part, i) => {
      if (i > 0) items.push(MARK);
      if (part) items.push({ type: 'text', value: part });
    });
  }

  const out: Item[] = [];
  let open = -1;
  items.forEach((item, i) => {
    if (item !== MARK) {
      out.push(item);
      return;
    }
    if (open >= 0 && out.length > open + 1 && !edgeIsSpace(out[out.length - 1], 'end')) {
      const inner = out.splice(open + 1) as PhrasingContent[];
      out.pop();
      out.push({ type: 'highlight', children: inner });
      open = -1;
      return;
    }
    const next = items[i + 1];
    if (next !== undefined && next !== MARK && !edgeIsSpace(next, 'start')) open = out.length;
    out.push(MARK);
  });
  return mergeText(out.map((item) => (item === MARK ? { type: 'text', value: '==' } : item)));
}

function edgeIsSpace(item: Item | undefined, edge: 'start' | 'end'): boolean {
  if (item === undefined || item === MARK || item.type !== 'text') return false;
  return /\s/.test((edge === 'start' ? item.value[0] : item.value[item.value.length - 1]) ?? '');
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && node.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + node.value };
    else out.push(node);
  }
  return out;
}
