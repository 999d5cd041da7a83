/**
 * Changes front matter keys of a story (the rehearsal date and rating, the
 * linked questions, the competencies) with the smallest text edit that does
 * it: every byte outside the changed keys' lines stays as it was, so the
 * user's comments, key order, quoting, line endings and byte order mark
 * survive, and a diff of the file shows just the change. The YAML library is
 * used only to find where each key's value is; it never rewrites the text.
 */
import type { Node, Pair, Scalar } from 'yaml';
import { bomLength, findFrontMatter, lineEnding } from './front-matter';
import type { StoryKey } from './story-meta';
import { yaml } from './yaml-module';
import { flowItem, oneLine, yamlScalar, yamlValue, type FieldValue } from './yaml-values';

/** New values by key; null removes the key. */
export type StoryFieldChanges = Readonly<Partial<Record<StoryKey, FieldValue | null>>>;

/** The front matter cannot be edited safely: it is not valid YAML, or not a map of keys. */
export class FrontMatterEditError extends Error {
  override readonly name = 'FrontMatterEditError';
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The story with `changes` made to its front matter (added when it has none). Throws FrontMatterEditError. */
export function setStoryFields(markdown: string, changes: StoryFieldChanges): string {
  const entries = Object.entries(changes).filter((entry): entry is [StoryKey, FieldValue | null] => entry[1] !== undefined);
  const eol = lineEnding(markdown);
  const block = findFrontMatter(markdown);
  if (block === null) {
    const lines = entries.flatMap(([key, value]) => (value === null ? [] : [`${key}:${yamlValue(value, eol)}${eol}`]));
    if (lines.length === 0) return markdown;
    const at = bomLength(markdown);
    return `${markdown.slice(0, at)}---${eol}${lines.join('')}---${eol}${markdown.slice(at)}`;
  }

  const source = markdown.slice(block.contentStart, block.contentEnd);
  const document = yaml().parseDocument(source);
  if (document.errors.length > 0) throw new FrontMatterEditError(`The front matter is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  const map = document.contents;
  if (map !== null && !yaml().isMap(map)) throw new FrontMatterEditError('The front matter is not a list of "key: value" lines.');

  const edits: Edit[] = [];
  let added = '';
  for (const [key, value] of entries) {
    const pair = map?.items.find((item) => yaml().isScalar(item.key) && String(item.key.value) === key) as Pair<Scalar, Node | null> | undefined;
    if (pair) edits.push(editPair(source, pair, value, eol));
    else if (value !== null) added += `${key}:${yamlValue(value, eol)}${eol}`;
  }
  let edited = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
  edited += added;
  check(edited, entries);
  return markdown.slice(0, block.contentStart) + edited + markdown.slice(block.contentEnd);
}

/** The edit that gives the key of `pair` its new value (or removes it, for null). */
function editPair(source: string, pair: Pair<Scalar, Node | null>, value: FieldValue | null, eol: string): Edit {
  const keyRange = pair.key.range!;
  const colon = source.indexOf(':', keyRange[1]);
  const node = pair.value;
  const valueRange = node?.range ?? [colon + 1, colon + 1, colon + 1];
  // The last character of the value (or the colon, when there is no value): the key's lines end with its line.
  const last = Math.max(valueRange[1] - 1, colon);
  if (value === null) return { start: lineStart(source, keyRange[0]), end: lineEndAfter(source, last), text: '' };

  const whole = { start: colon + 1, end: lineEnd(source, last) };
  // A comment after the value (`questions: [] # later`) stays on the key's line when the value is rewritten.
  const comment = trailingComment(source.slice(Math.max(valueRange[1], colon + 1), whole.end));
  const singleLine = !source.slice(valueRange[0], valueRange[1]).includes('\n');
  if (typeof value === 'string' || typeof value === 'number') {
    if (yaml().isScalar(node) && singleLine && !String(node.type).startsWith('BLOCK')) {
      const quote = typeof value === 'string' ? (node.type === 'QUOTE_SINGLE' ? 'single' : node.type === 'QUOTE_DOUBLE' ? 'double' : undefined) : undefined;
      return inlineEdit(source, valueRange[0], valueRange[1], yamlScalar(value, quote));
    }
    return { ...whole, text: withComment(` ${yamlScalar(value)}`, comment, eol) };
  }
  if (yaml().isSeq(node) && node.items.every((item) => yaml().isScalar(item) && item.range)) {
    const items = node.items as Scalar[];
    // An empty `[]` says nothing of how its items should be written: they are written like a new list's.
    if (node.flow && singleLine && items.length > 0) return inlineEdit(source, valueRange[0], valueRange[1], flowList(source, valueRange[0], items, value));
    if (!node.flow && value.length > 0) {
      const edit = blockListEdit(source, items, value, eol);
      if (edit) return edit;
    }
  }
  return { ...whole, text: withComment(yamlValue(value, eol), comment, eol) };
}

/** `# …` at the end of `rest` (what follows a value on its last line), or ''. */
function trailingComment(rest: string): string {
  return /(?:^|[ \t])(#.*)$/.exec(rest)?.[1] ?? '';
}

/** A value's text with the key line's comment put back: after an inline value, or on the key's line above block items. */
function withComment(text: string, comment: string, eol: string): string {
  if (comment === '') return text;
  return text.startsWith(eol) ? ` ${comment}${text}` : `${text} ${comment}`;
}

/** Replaces `source[start, end)` on one line, with the blanks YAML needs around it. */
function inlineEdit(source: string, start: number, end: number, text: string): Edit {
  const before = source.charAt(start - 1) === ':' ? ' ' : '';
  const after = end < source.length && !/\s/.test(source.charAt(end)) ? ' ' : ''; // a comment right after an empty value: "rating: # later"
  return { start, end, text: before + text + after };
}

/** An inline list with the new items, kept in the list's spacing (`[a, b]` or `[ a, b ]`); unchanged items keep their quoting. */
function flowList(source: string, start: number, old: readonly Scalar[], items: readonly string[]): string {
  const pad = source.charAt(start + 1) === ' ' && items.length > 0 ? ' ' : '';
  const reuse = reusable(old, (item) => source.slice(item.range![0], item.range![1]));
  return `[${pad}${items.map((item) => reuse(item) ?? flowItem(item)).join(', ')}${pad}]`;
}

/**
 * A block list (`  - item` lines) edited item by item: an item that stays
 * keeps its line as written (with its comment, and any comment lines between
 * it and the item before); a new item gets a line like the first item's; a
 * removed item's lines go. Comment lines above the first item stay where they
 * are. Null when the list is not one item a line.
 */
function blockListEdit(source: string, old: readonly Scalar[], items: readonly string[], eol: string): Edit | null {
  const first = old[0]!.range![0];
  const start = lineStart(source, first);
  const marker = source.slice(start, first);
  if (!/^[ \t]*-[ \t]+$/.test(marker)) return null; // an anchor or a tag before the first item
  const segments: string[] = [];
  let end = start;
  for (const item of old) {
    if (source.slice(item.range![0], item.range![1]).includes('\n')) return null;
    const after = lineEndAfter(source, item.range![1]);
    segments.push(source.slice(end, after));
    end = after;
  }
  const reuse = reusable(old, (_, index) => segments[index]!);
  const text = items.map((item) => reuse(item) ?? `${marker}${yamlScalar(item)}${eol}`).join('');
  return { start, end, text };
}

/** For a new list's item, the text of an old item with that value not yet used (each old item is used once), or undefined. */
function reusable(old: readonly Scalar[], textOf: (item: Scalar, index: number) => string): (item: string) => string | undefined {
  const used = new Set<number>();
  return (item) => {
    const index = old.findIndex((candidate, i) => !used.has(i) && String(candidate.value) === oneLine(item));
    if (index === -1) return undefined;
    used.add(index);
    return textOf(old[index]!, index);
  };
}

/** Makes sure the edited YAML reads back with the new values before anything is written. */
function check(source: string, entries: readonly [StoryKey, FieldValue | null][]): void {
  const data = readBack(source);
  for (const [key, value] of entries) {
    if (data === null || !readsAs(data[key], value)) throw new FrontMatterEditError(`The front matter could not be updated safely (key "${key}").`);
  }
}

/** The YAML's data, or null when it does not read (an error, or an alias whose anchor an edit removed). */
function readBack(source: string): Record<string, unknown> | null {
  const document = yaml().parseDocument(source);
  if (document.errors.length > 0) return null;
  try {
    return (document.toJS() ?? {}) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function readsAs(read: unknown, value: FieldValue | null): boolean {
  if (value === null) return read === undefined;
  if (typeof value !== 'object') return read === (typeof value === 'string' ? oneLine(value) : value);
  return Array.isArray(read) && read.length === value.length && read.every((item, i) => String(item) === oneLine(value[i]!));
}

function lineStart(source: string, at: number): number {
  return source.lastIndexOf('\n', at - 1) + 1;
}

/** Offset just after the line break of the line holding `at` (or the end of the text). */
function lineEndAfter(source: string, at: number): number {
  const newline = source.indexOf('\n', at);
  return newline === -1 ? source.length : newline + 1;
}

/** Offset of the line break (`\r\n` or `\n`) ending the line holding `at`. */
function lineEnd(source: string, at: number): number {
  const newline = source.indexOf('\n', at);
  if (newline === -1) return source.length;
  return source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}
