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
import type { Literal, Nodes, Parent, PhrasingContent, Root } from 'mdast';
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
 * with its own rules, in text after escapes are resolved, while micromark
 * (like cmark-gfm and every GFM renderer) reads the source: `foo\+@bar.com`
 * and the `txt@bin.com` of `/txt@bin.com` are no links there, yet came out of
 * the tree as links and were then written back as real autolinks. Such a
 * link (the transform gives it no position) goes back to being text when its
 * text is not in its paragraph's source verbatim, or when it is an email
 * right after a slash.
 */
function unlinkLiteralsNotInSource(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const { position } = node;
  const scope = position?.start.offset !== undefined && position.end.offset !== undefined ? source.slice(position.start.offset, position.end.offset) : null;
  let changed = false;
  const children = node.children.map((child, i) => {
    if (scope !== null && child.type === 'link' && !child.position && child.children.length === 1 && child.children[0]!.type === 'text') {
      const literal = child.children[0].value;
      const previous = node.children[i - 1];
      const afterSlash = previous?.type === 'text' && previous.value.endsWith('/') && child.url.startsWith('mailto:');
      if (!scope.includes(literal) || afterSlash) {
        changed = true;
        return { type: 'text', value: literal } as const;
      }
    }
    unlinkLiteralsNotInSource(child, source);
    return child;
  });
  if (changed) (node as Parent).children = mergeAdjacentText(children as PhrasingContent[]);
}

function mergeAdjacentText(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (last?.type === 'text' && child.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + child.value, ...(last.position && child.position ? { position: { start: last.position.start, end: child.position.end } } : {}) };
    else merged.push(child);
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
