/**
 * Pulls what search needs out of a note's Markdown, fast: it runs on every
 * note when a vault opens, so it scans lines instead of building an mdast.
 * Title: front matter `title`, else the first `# ` heading, else the file name.
 * Tags: front matter `tags`/`tag` plus inline `#tags` outside code.
 */
import { createRequire } from 'node:module';
import { noteTitleFromName } from '../vault/tree';
import { isWordChar } from './tokenize';

export interface NoteFields {
  title: string;
  tags: string[];
  /** Heading texts, newline-separated: interview questions usually live there. */
  headings: string;
  /** The whole note, whose body (without front matter) starts at `bodyStart`: not a slice, which is slower to scan. */
  text: string;
  bodyStart: number;
}

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the note has none. */
  yaml: string | null;
  body: string;
  /** Offset of `body` in the original content. */
  bodyStart: number;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(content: string): FrontMatterSplit {
  const match = FRONT_MATTER.exec(content);
  if (!match) return { yaml: null, body: content, bodyStart: 0 };
  return { yaml: match[1] ?? '', body: content.slice(match[0].length), bodyStart: match[0].length };
}

export function extractNoteFields(path: string, content: string): NoteFields {
  const { yaml, bodyStart } = splitFrontMatter(content);
  const meta = yaml === null ? {} : readFrontMatter(yaml);
  const headings: string[] = [];
  const tags = new TagSet(meta.tags);
  const addTag = (tag: string) => tags.add(tag);
  let firstH1: string | undefined;
  let fence: string | null = null;
  // Lines are walked by offset rather than split into strings (a string per
  // line of the vault); only lines that can be fences or headings, or have
  // code spans, are cut out. Where the next `#` and backtick are (or the
  // text's length) is remembered, so no line's search scans past it twice.
  let nextHash = -1;
  let nextBacktick = -1;
  for (let start = bodyStart, end = 0; start <= content.length; start = end + 1) {
    end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    const first = content.charCodeAt(firstNonSpace(content, start, end));
    if (first === BACKTICK || first === TILDE) {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(content.slice(start, end));
      if (fenceMatch) {
        const marker = fenceMatch[1] as string;
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        continue;
      }
    }
    if (fence !== null) continue;
    if (nextHash < start) nextHash = indexOrLength(content, '#', start);
    if (nextHash >= end) continue; // no heading and no tag on this line
    if (first === HASH) {
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(content.slice(start, end));
      if (heading) {
        const text = heading[2] as string;
        headings.push(text);
        if (heading[1] === '#' && firstH1 === undefined) firstH1 = text;
      }
    }
    if (nextBacktick < start) nextBacktick = indexOrLength(content, '`', start);
    if (nextBacktick < end) for (const tag of inlineTags(content.slice(start, end))) tags.add(tag);
    else eachTag(content, start, end, addTag);
  }
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  return { title: meta.title ?? firstH1 ?? noteTitleFromName(fileName), tags: tags.values(), headings: headings.join('\n'), text: content, bodyStart };
}

const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;

function indexOrLength(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Where `text[start, end)` has its first character that `trimStart` would keep, or `end`. */
function firstNonSpace(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** JavaScript's white space and line terminators: what `trimStart` and `\s` skip. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `#tag` as Obsidian reads it: letters, digits, _ - /, at least one non-digit; not in code spans. */
export function inlineTags(line: string): string[] {
  if (line.indexOf('#') < 0) return [];
  const text = line.includes('`') ? line.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length)) : line;
  const found: string[] = [];
  eachTag(text, 0, text.length, (tag) => found.push(tag));
  return found;
}

/**
 * Calls `visit` with each tag in `text[from, to)`, a line without code spans.
 * Not an array per line: in the benchmark vault those were a third of all
 * the garbage that indexing it made.
 */
function eachTag(text: string, from: number, to: number, visit: (tag: string) => void): void {
  for (let hash = text.indexOf('#', from); hash >= 0 && hash < to; hash = text.indexOf('#', hash + 1)) {
    if (hash > from && !' \t(,;'.includes(text.charAt(hash - 1))) continue;
    let end = hash + 1;
    let onlyDigits = true; // digits and slashes only: a number like #2024, not a tag
    for (let code = text.charCodeAt(end); end < to && isTagChar(code); code = text.charCodeAt(++end)) {
      if (onlyDigits && !((code >= 48 && code <= 57) || code === 47)) onlyDigits = false;
    }
    if (!onlyDigits) visit(text.slice(hash + 1, end));
  }
}

function isTagChar(code: number): boolean {
  return isWordChar(code) || code === 45 /* - */ || code === 47 /* / */;
}

/** Whether `toLowerCase` would leave `text` as it is, told without the new string it makes every time. */
function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

class TagSet {
  private readonly byKey = new Map<string, string>();
  constructor(frontMatterTags: readonly string[] = []) {
    for (const tag of frontMatterTags) this.add(tag.trim().replace(/^#/, ''));
  }
  /** Tags compare case-insensitively; the first spelling seen is kept. */
  add(tag: string) {
    const key = isLowerAscii(tag) ? tag : tag.toLowerCase();
    if (tag && !this.byKey.has(key)) this.byKey.set(key, tag);
  }
  values() {
    return [...this.byKey.values()];
  }
}

interface FrontMatterMeta {
  title?: string;
  tags?: string[];
}

/**
 * Reads `title` and `tags`/`tag`. The common shapes (`key: value`,
 * `key: [a, b]`, a `- item` list) are read line by line; anything else falls
 * back to the YAML parser, which is ~50 µs a note, too slow to run on all.
 */
export function readFrontMatter(yaml: string): FrontMatterMeta {
  if (!/^(title|tags?)\s*:/m.test(yaml)) return {};
  return readSimpleFrontMatter(yaml) ?? readYamlFrontMatter(yaml);
}

function readSimpleFrontMatter(yaml: string): FrontMatterMeta | null {
  const meta: FrontMatterMeta = {};
  const lines = yaml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^(title|tags?)\s*:\s*(.*?)\s*$/.exec(lines[i] as string);
    if (!match) continue;
    const [, key, rawValue = ''] = match;
    if (/^[|>&*!{]/.test(rawValue) || /^["'].*[^"']$/.test(rawValue)) return null; // block scalars, anchors, multi-line quotes
    if (key === 'title') {
      if (rawValue) meta.title = unquote(rawValue);
      continue;
    }
    const tags: string[] = [];
    if (rawValue.startsWith('[')) {
      if (!rawValue.endsWith(']')) return null;
      tags.push(...rawValue.slice(1, -1).split(',').map(unquote));
    } else if (rawValue) {
      tags.push(...rawValue.split(/[,\s]+/).map(unquote)); // Obsidian accepts "tags: a, b" and "tags: a b"
    } else {
      while (i + 1 < lines.length && /^\s*-\s/.test(lines[i + 1] as string)) tags.push(unquote((lines[++i] as string).replace(/^\s*-\s*/, '')));
    }
    meta.tags = [...(meta.tags ?? []), ...tags.filter(Boolean)];
  }
  return meta;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** Loaded on first use: loading it costs every search thread ~35 ms at start, and most front matter never needs it. */
let yamlParser: typeof import('yaml') | undefined;

function readYamlFrontMatter(yaml: string): FrontMatterMeta {
  yamlParser ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  let data: unknown;
  try {
    data = yamlParser.parse(yaml);
  } catch {
    return {}; // Broken front matter still leaves the body searchable.
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const asStrings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String) : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  const meta: FrontMatterMeta = { tags: [...asStrings(record.tags), ...asStrings(record.tag)].filter(Boolean) };
  if (typeof record.title === 'string') meta.title = record.title;
  return meta;
}
