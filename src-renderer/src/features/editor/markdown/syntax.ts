/**
 * The one place that decides which Markdown dialect we read and write:
 * CommonMark + GFM + `$`/`$$` math + YAML front matter, plus the two
 * node types this pipeline adds to mdast (`raw` and `highlight`).
 */
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown, mathToMarkdown } from 'mdast-util-math';
import {
  defaultHandlers,
  toMarkdown,
  type Handle,
  type Info,
  type State,
  type Options as ToMarkdownOptions,
} from 'mdast-util-to-markdown';
import type { Link, Literal, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import './linear-edit-map';

/** Source text that must be written back exactly as it is (opaque content). */
export interface Raw extends Literal {
  type: 'raw';
  /** What the text is (`wikilink`, `callout`, ...), when this pipeline recognised it itself. */
  kind?: string;
}

/** Obsidian `==highlight==`, which no mdast extension parses. */
export interface Highlight extends Parent {
  type: 'highlight';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    raw: Raw;
    highlight: Highlight;
  }
  interface BlockContentMap {
    raw: Raw;
  }
  interface PhrasingContentMap {
    raw: Raw;
    highlight: Highlight;
  }
  interface Data {
    /**
     * Serializer options for this node only, e.g. the bullet or fence the
     * block was written with, so that an edited block keeps its style.
     */
    markdownStyle?: Partial<ToMarkdownOptions>;
  }
}

const parseOptions: FromMarkdownOptions = {
  extensions: [gfm(), math(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

export function parseMarkdown(source: string): Root {
  const tree = fromMarkdown(source, parseOptions);
  unlinkLiteralsNotInSource(tree, source);
  return tree;
}

/**
 * GFM's literal autolinks (`www.x.com`, `a@b.com`) are found by mdast-util-gfm
 * in text after escapes are resolved and with its own rules, while micromark
 * and cmark-gfm (the GFM spec) read the source: `foo\+@bar.com`, and the
 * `txt@bin.com` of `/txt@bin.com`, are no links there, yet came out of the
 * tree as links and were then written back as real autolinks. Such a link
 * (the transform gives it no position) goes back to being text when its text
 * is not in the source where it can be, or when it is an email right after a
 * slash.
 */
function unlinkLiteralsNotInSource(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of node.children) unlinkLiteralsNotInSource(child, source);
  // Most parents hold no such link: they cost this check only.
  if (node.children.some(isLiteralLink)) unlinkIn(node as Parent, source);
}

/** A link made by the autolink transform: no position, its text its only child. */
function isLiteralLink(node: Nodes): node is Link & { children: [Text] } {
  return node.type === 'link' && !node.position && node.children.length === 1 && node.children[0]!.type === 'text';
}

function unlinkIn(parent: Parent, source: string): void {
  const { position } = parent;
  if (position?.start.offset === undefined || position.end.offset === undefined) return;
  const siblings = parent.children as PhrasingContent[];
  // Where the source of each child ends at the latest: the start of the next child with a position.
  const limits: number[] = [];
  for (let i = siblings.length - 1, limit = position.end.offset; i >= 0; i--) {
    limits[i] = limit;
    limit = siblings[i]!.position?.start.offset ?? limit;
  }
  // Where the next child starts at the earliest: a text without position stands for at least its value's length.
  let cursor = position.start.offset;
  let changed = false;
  const children = siblings.map((child, i): PhrasingContent => {
    if (!isLiteralLink(child)) {
      cursor = child.position?.end.offset ?? cursor + ('value' in child ? child.value.length : 0);
      return child;
    }
    const literal = child.children[0].value;
    const previous = siblings[i - 1];
    const found = source.slice(cursor, limits[i]).indexOf(literal);
    const afterSlash = previous?.type === 'text' && previous.value.endsWith('/') && child.url.startsWith('mailto:');
    if (found < 0 || afterSlash) {
      changed = true;
      cursor += literal.length;
      return { type: 'text', value: literal };
    }
    cursor += found + literal.length;
    return child;
  });
  if (changed) parent.children = mergeAdjacentText(parent, children);
}

/**
 * Runs of text nodes become one. A run is the whole stretch of source
 * between its neighbours, so its position is found from them when its own
 * ends have none (the autolink transform drops them): the inline syntax this
 * pipeline finds itself (wiki links, callouts) is read from the source by
 * position.
 */
function mergeAdjacentText(parent: Parent, children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  const paragraph = parent.type === 'paragraph' ? parent.position : undefined;
  for (let i = 0; i < children.length; ) {
    let end = i;
    while (children[end]?.type === 'text') end++;
    if (end - i < 2) {
      merged.push(children[i]!);
      i++;
      continue;
    }
    const run = children.slice(i, end) as Text[];
    const from = run[0]!.position?.start ?? (i === 0 ? paragraph?.start : children[i - 1]!.position?.end);
    const to = run.at(-1)!.position?.end ?? (end === children.length ? paragraph?.end : children[end]!.position?.start);
    merged.push({ type: 'text', value: run.map((text) => text.value).join(''), ...(from && to ? { position: { start: from, end: to } } : {}) });
    i = end;
  }
  return merged;
}

/** A handler plus the `peek` that `containerPhrasing` calls to learn a node's first character. */
type PeekingHandle = Handle & { peek?: Handle };

const rawValue: Handle = (node: Raw) => node.value;
// The text before a raw run is escaped according to the run's first
// character, so raw text answers the peek with itself.
const raw: PeekingHandle = Object.assign(rawValue, { peek: rawValue });

const highlight: PeekingHandle = Object.assign(
  (node: Highlight, _parent: unknown, state: State, info: Info) => {
    const exit = state.enter('phrasing');
    const inner = state.containerPhrasing(node, { ...info, before: '=', after: '=' });
    exit();
    return `==${inner}==`;
  },
  { peek: () => '=' },
);

/**
 * Wrap a default handler so that `node.data.markdownStyle` (the original
 * block's markers) applies while that node is serialised, and only then.
 * The handlers' helper functions (`peek`, and `attention`, which
 * containerPhrasing uses to pick emphasis markers) are wrapped alike.
 */
function styled(type: keyof typeof defaultHandlers): Handle {
  const base = defaultHandlers[type] as Handle & Record<string, unknown>;
  const handle = withStyle(base);
  for (const [key, helper] of Object.entries(base)) {
    if (typeof helper === 'function') Object.assign(handle, { [key]: withStyle(helper as Handle) });
  }
  return handle;
}

/** `fn(node, ...)` with the node's style applied to the serializer state found among its arguments. */
function withStyle<F extends (node: Nodes, ...rest: never[]) => unknown>(fn: F): F {
  return ((node: Nodes, ...rest: never[]) => {
    const style = node.data?.markdownStyle;
    const state = (rest as unknown[]).find(isState);
    if (!style || !state) return fn(node, ...rest);
    const saved = state.options;
    state.options = { ...saved, ...style };
    try {
      return fn(node, ...rest);
    } finally {
      state.options = saved;
    }
  }) as F;
}

function isState(value: unknown): value is State {
  return typeof value === 'object' && value !== null && 'options' in value && 'enter' in value;
}

const serializeOptions: ToMarkdownOptions = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  fence: '`',
  rule: '-',
  listItemIndent: 'one',
  extensions: [gfmToMarkdown(), mathToMarkdown()],
  handlers: {
    raw,
    highlight,
    list: styled('list'),
    code: styled('code'),
    thematicBreak: styled('thematicBreak'),
    emphasis: styled('emphasis'),
    strong: styled('strong'),
  },
};

/** Serialise an mdast tree with the project's Markdown style. */
export function serializeMarkdown(tree: Nodes): string {
  return toMarkdown(tree, serializeOptions);
}
