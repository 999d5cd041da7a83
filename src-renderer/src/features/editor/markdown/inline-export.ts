/**
 * Lexical inline content → mdast phrasing. Lexical keeps inline formatting
 * as flat format bits; the wrapper chains recorded at import (inlineChainState)
 * give back the original nesting and grouping, and formatting added or
 * removed while editing is reconciled against them.
 */
import { $isLinkNode, type LinkNode } from '@lexical/link';
import {
  $getState,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type TextFormatType,
  type TextNode,
} from 'lexical';
import type { PhrasingContent } from 'mdast';
import { $isImageNode, $isOpaqueInlineNode } from './nodes';
import { inlineChainState, linkIdState, literalLinkState, WRAPPER_FORMAT, type InlineWrapper } from './nodes/state';

interface Leaf {
  readonly node: LexicalNode;
  readonly link: LinkNode | null;
  chain: readonly InlineWrapper[];
}

/** Wrapper kinds in the order new formatting nests, code last: a code span is always innermost. */
const FORMATS = Object.entries(WRAPPER_FORMAT) as ReadonlyArray<[keyof typeof WRAPPER_FORMAT, TextFormatType]>;

/**
 * Ids for wrappers that exist only in the editor (formatting applied after
 * load): one per kind, so neighbouring runs with the same new format group
 * together. Negative, to never collide with imported ids.
 */
const NEW_WRAPPER_ID: Record<InlineWrapper['kind'], number> = {
  delete: -1,
  strong: -2,
  emphasis: -3,
  highlight: -4,
  code: -5,
  link: -6,
};

export function $exportInlines(parent: ElementNode): PhrasingContent[] {
  const leaves = flatten(parent, null, []);
  for (const leaf of leaves) if ($isTextNode(leaf.node)) leaf.chain = textChain(leaf.node, leaf);
  leaves.forEach((leaf, i) => {
    if (!$isTextNode(leaf.node)) leaf.chain = boundChain(leaf, leaves[i - 1], leaves[i + 1]);
  });
  return build(leaves, 0);
}

function flatten(parent: ElementNode, link: LinkNode | null, out: Leaf[]): Leaf[] {
  for (const child of parent.getChildren()) {
    if (!$isElementNode(child)) {
      if (!$isTextNode(child) || child.getTextContent() !== '') out.push({ node: child, link, chain: [] });
      continue;
    }
    const length = out.length;
    const inner = $isLinkNode(child) ? child : link;
    flatten(child, inner, out);
    // A link without text (`[](x)`) still exists: it stands in as its own leaf.
    if (out.length === length && inner !== link) out.push({ node: child, link: inner, chain: [] });
  }
  return out;
}

function linkWrapper(link: LinkNode): InlineWrapper {
  const id = $getState(link, linkIdState);
  return { id: id >= 0 ? id : NEW_WRAPPER_ID.link - Number(link.getKey()), kind: 'link' };
}

function keepsLink(wrapper: InlineWrapper, leaf: Leaf): boolean {
  return leaf.link !== null && linkWrapper(leaf.link).id === wrapper.id;
}

/** The recorded chain, minus formats the text lost, plus formats it gained. */
function textChain(text: TextNode, leaf: Leaf): InlineWrapper[] {
  const chain = $getState(text, inlineChainState).filter((w) =>
    w.kind === 'link' ? keepsLink(w, leaf) : text.hasFormat(WRAPPER_FORMAT[w.kind]),
  );
  if (leaf.link && !chain.some((w) => w.kind === 'link')) chain.unshift(linkWrapper(leaf.link));
  for (const [kind, format] of FORMATS) {
    if (text.hasFormat(format) && !chain.some((w) => w.kind === kind)) chain.push({ id: NEW_WRAPPER_ID[kind], kind });
  }
  // A code span holds only text, so it must stay innermost.
  return [...chain.filter((w) => w.kind !== 'code'), ...chain.filter((w) => w.kind === 'code')];
}

/**
 * Line breaks and images carry no format bits: they keep a recorded wrapper
 * only while a neighbouring text still has it, so removing bold around
 * `a<br>b` does not leave an empty `** **` behind.
 */
function boundChain(leaf: Leaf, before: Leaf | undefined, after: Leaf | undefined): InlineWrapper[] {
  const neighbours = [before, after].filter((n) => n?.link === leaf.link);
  const chain = $getState(leaf.node, inlineChainState).filter((w) =>
    w.kind === 'link' ? keepsLink(w, leaf) : neighbours.some((n) => n!.chain.some((c) => c.id === w.id)),
  );
  if (leaf.link && !chain.some((w) => w.kind === 'link')) chain.unshift(linkWrapper(leaf.link));
  return chain;
}

function build(leaves: readonly Leaf[], depth: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < leaves.length; ) {
    const wrapper = leaves[i]!.chain[depth];
    let end = i + 1;
    if (wrapper) while (end < leaves.length && leaves[end]!.chain[depth]?.id === wrapper.id) end++;
    const group = leaves.slice(i, end);
    out.push(...(wrapper ? wrap(wrapper, group, depth, leaves[end]) : group.flatMap(leafToMdast)));
    i = end;
  }
  return out;
}

function wrap(wrapper: InlineWrapper, group: readonly Leaf[], depth: number, next: Leaf | undefined): PhrasingContent[] {
  switch (wrapper.kind) {
    case 'code':
      return [{ type: 'inlineCode', value: group.map((l) => l.node.getTextContent()).join('') }];
    case 'link': {
      const link = group[0]!.link!;
      const literal = literalText(link, next);
      if (literal !== null) return [{ type: 'raw', value: literal }];
      return [{ type: 'link', url: link.getURL(), title: link.getTitle(), children: build(group, depth + 1) }];
    }
    case 'emphasis':
    case 'strong': {
      const data = wrapper.marker === '_' ? { markdownStyle: { [wrapper.kind]: '_' as const } } : undefined;
      return [{ type: wrapper.kind, children: build(group, depth + 1), ...(data && { data }) }];
    }
    default:
      return [{ type: wrapper.kind, children: build(group, depth + 1) }];
  }
}

/**
 * A bare GFM URL stays bare while its text and target are what was read,
 * unless punctuation follows it: the serializer may escape that, and a
 * backslash right after a bare URL would become part of it.
 */
function literalText(link: LinkNode, next: Leaf | undefined): string | null {
  const literal = $getState(link, literalLinkState);
  if (literal === '' || link.getTextContent() !== literal) return null;
  if (next && $isTextNode(next.node) && /^[!-/:-@[-`{-~]/.test(next.node.getTextContent())) return null;
  const url = link.getURL();
  return [literal, `http://${literal}`, `mailto:${literal}`].includes(url) ? literal : null;
}

function leafToMdast({ node }: Leaf): PhrasingContent[] {
  if ($isOpaqueInlineNode(node)) return [{ type: 'raw', value: node.getTextContent() }];
  if ($isLineBreakNode(node)) return [{ type: 'break' }];
  if ($isImageNode(node)) return [{ type: 'image', url: node.getSrc(), alt: node.getAlt(), title: node.getTitle() }];
  // An empty link's stand-in: the link wrapper around it is all there is.
  if ($isElementNode(node)) return [];
  return [{ type: 'text', value: node.getTextContent() }];
}
