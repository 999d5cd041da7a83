/**
 * Where a story's front matter is, to the character: reading it needs the
 * YAML, and editing one key without touching any other byte needs the exact
 * offsets of the lines between the fences and the file's line ending.
 * (search's splitFrontMatter gives the YAML but not where an edit can go,
 * and does not take `---` right after `---` as empty front matter.)
 */

export interface FrontMatterBlock {
  /** Offset of the first line after the opening `---`. */
  contentStart: number;
  /** Offset of the closing `---` line: the YAML is `text.slice(contentStart, contentEnd)`, its last line break included. */
  contentEnd: number;
  /** Offset just after the closing fence's line: where the body starts. */
  bodyStart: number;
}

/** `\r\n` when the file's first line break is one, else `\n`. */
export function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

/** Length of a byte order mark at the start of the text (0 or 1). */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** The front matter block at the start of `text`, or null when there is none (or its closing fence is missing). */
export function findFrontMatter(text: string): FrontMatterBlock | null {
  const start = bomLength(text);
  const opening = OPENING.exec(start === 0 ? text : text.slice(start));
  if (!opening) return null;
  const contentStart = start + opening[0].length;
  for (let line = contentStart; line <= text.length; ) {
    let end = text.indexOf('\n', line);
    if (end === -1) end = text.length;
    if (CLOSING.test(text.slice(line, end))) return { contentStart, contentEnd: line, bodyStart: Math.min(end + 1, text.length) };
    line = end + 1;
  }
  return null;
}
