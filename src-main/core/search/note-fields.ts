/**
 * Pulls what search needs out of a note's Markdown, fast: it runs on every
 * note when a vault opens, so it scans lines instead of building an mdast.
 * Title: front matter `title`, else the first `# ` heading, else the file name.
 * Tags: front matter `tags`/`tag` plus inline `#tags` outside code.
 */
import { parse as parseYaml } from 'yaml';
import { noteTitleFromName } from '../vault/tree';
import { isWordChar } from './tokenize';

export interface NoteFields {
  title: string;
  tags: string[];
  /** Heading texts, newline-separated: interview questions usually live there. */
  headings: string;
  /** The note without its front matter. */
  body: string;
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
  const { yaml, body } = splitFrontMatter(content);
  const meta = yaml === null ? {} : readFrontMatter(yaml);
  const headings: string[] = [];
  const tags = new TagSet(meta.tags);
  let firstH1: string | undefined;
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    // Cheap first-character checks keep regexes off the ~95% of lines that are plain text.
    const first = line.trimStart().charAt(0);
    if (first === '`' || first === '~') {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1] as string;
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        continue;
      }
    }
    if (fence !== null) continue;
    if (first === '#') {
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        const text = heading[2] as string;
        headings.push(text);
        if (heading[1] === '#' && firstH1 === undefined) firstH1 = text;
      }
    }
    for (const tag of inlineTags(line)) tags.add(tag);
  }
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  return { title: meta.title ?? firstH1 ?? noteTitleFromName(fileName), tags: tags.values(), headings: headings.join('\n'), body };
}

/** `#tag` as Obsidian reads it: letters, digits, _ - /, at least one non-digit; not in code spans. */
export function inlineTags(line: string): string[] {
  let hash = line.indexOf('#');
  if (hash < 0) return [];
  const text = line.includes('`') ? line.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length)) : line;
  const found: string[] = [];
  for (hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    if (hash > 0 && !' \t(,;'.includes(text.charAt(hash - 1))) continue;
    let end = hash + 1;
    let onlyDigits = true; // digits and slashes only: a number like #2024, not a tag
    for (let code = text.charCodeAt(end); end < text.length && isTagChar(code); code = text.charCodeAt(++end)) {
      if (onlyDigits && !((code >= 48 && code <= 57) || code === 47)) onlyDigits = false;
    }
    if (!onlyDigits) found.push(text.slice(hash + 1, end));
  }
  return found;
}

function isTagChar(code: number): boolean {
  return isWordChar(code) || code === 45 /* - */ || code === 47 /* / */;
}

class TagSet {
  private readonly byKey = new Map<string, string>();
  constructor(frontMatterTags: readonly string[] = []) {
    for (const tag of frontMatterTags) this.add(tag.trim().replace(/^#/, ''));
  }
  /** Tags compare case-insensitively; the first spelling seen is kept. */
  add(tag: string) {
    const key = tag.toLowerCase();
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

function readYamlFrontMatter(yaml: string): FrontMatterMeta {
  let data: unknown;
  try {
    data = parseYaml(yaml);
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
