/**
 * Markdown facts that Lexical's own nodes have no field for, attached to them
 * as NodeState (kept across clones, copy/paste and JSON). Each is only set
 * where it differs from the default, so plain content carries none.
 */
import { createState, type TextFormatType } from 'lexical';

/** One inline wrapper (emphasis, link, ...) around a text leaf, outermost first. */
export interface InlineWrapper {
  /** Unique within the document, so adjacent but separate wrappers stay separate. */
  readonly id: number;
  readonly kind: 'emphasis' | 'strong' | 'delete' | 'highlight' | 'code' | 'link';
  /** The marker the source used (`_` or `*`, `~` or `~~`), reused when the block is re-serialised. */
  readonly marker?: string;
}

/** The Lexical text format each wrapper kind shows as (links are LinkNodes instead). */
export const WRAPPER_FORMAT: Readonly<Record<Exclude<InlineWrapper['kind'], 'link'>, TextFormatType>> = {
  delete: 'strikethrough',
  strong: 'bold',
  emphasis: 'italic',
  highlight: 'highlight',
  code: 'code',
};

function isWrapper(value: unknown): value is InlineWrapper {
  return typeof value === 'object' && value !== null && typeof (value as InlineWrapper).id === 'number';
}

/**
 * The nesting of inline wrappers around a leaf. Lexical flattens emphasis,
 * strong, ... into format bits on text, which loses their order
 * (`***a***` is `<em><strong>`, `**_a_**` is `<strong><em>`) and merges
 * adjacent runs (`` `a``b` `` would become one code span); this keeps both.
 */
export const inlineChainState = createState('mdChain', {
  parse: (value): readonly InlineWrapper[] => (Array.isArray(value) ? value.filter(isWrapper) : []),
  isEqual: (a, b) => a.length === b.length && a.every((w, i) => w.id === b[i]?.id),
});

/** On a LinkNode: its id in the inline chains of the leaves inside it. */
export const linkIdState = createState('mdLinkId', {
  parse: (value) => (typeof value === 'number' ? value : -1),
});

/** On a link written as a bare GFM URL (`www.x.com`): that source text, written back while it still matches. */
export const literalLinkState = createState('mdLiteral', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/** On a ListNode or ListItemNode: whether it is loose (blank lines between items or their blocks). */
export const spreadState = createState('mdSpread', {
  parse: (value) => value === true,
});

/** On a ListNode: the marker it was written with (`-`, `*`, `+`, `.` or `)`). */
export const markerState = createState('mdMarker', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/**
 * On the first ListItemNode of a list that Lexical merged into the previous
 * one (ListNode's transform merges adjacent lists of the same type, but
 * `- a` followed by `* b` is two lists in Markdown): where the second list starts.
 */
export interface ListSplit {
  readonly marker: string;
  readonly start: number;
  readonly spread: boolean;
}
export const listSplitState = createState('mdListSplit', {
  parse: (value): ListSplit | null =>
    typeof value === 'object' && value !== null && typeof (value as ListSplit).marker === 'string'
      ? (value as ListSplit)
      : null,
});

/**
 * On a ListItemNode that holds a nested list: true when that list is the
 * item's own first content (`- - a`) rather than nested under the item before.
 */
export const ownItemState = createState('mdOwnItem', {
  parse: (value) => value === true,
});

/** On a CodeNode: the fence character (` or ~) and the info string after the language. */
export const codeFenceState = createState('mdFence', {
  parse: (value) => (value === '~' ? '~' : '`'),
});
export const codeMetaState = createState('mdMeta', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});
