/**
 * What of a story's Markdown is said aloud. Code, HTML comments, link
 * targets, tags and the front matter are not: they neither count toward the
 * spoken length nor get coached. They are blanked out rather than removed, so
 * every offset into the spoken text is the same offset into the file, and a
 * finding can point at the text as the user sees it.
 */

/**
 * A word as the editor's word count reads it (src-renderer's word-count.ts):
 * a letter or digit, then letters, digits, apostrophes, `_` and `-`.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** The words in `text[start, end)`. */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0;
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match !== null && match.index < end; match = WORD.exec(text)) count++;
  return count;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** `](target)` of a link or an image: the shown text stays. */
const LINK_TARGET = /\]\([^()\r\n]*\)/g;
/** An HTML tag or an autolink: `<br>`, `</div>`, `<https://…>`. */
const TAG = /<\/?[A-Za-z][^<>\r\n]*>/g;

/** The fence a line opens (```` ``` ````, `~~~~`), or null; a backtick fence's info string has no backtick. */
function openingFence(line: string): string | null {
  const fence = FENCE.exec(line)?.[1];
  if (fence === undefined || (fence[0] === '`' && line.indexOf('`', line.indexOf(fence) + fence.length) !== -1)) return null;
  return fence;
}

function closesFence(line: string, fence: string): boolean {
  const closing = FENCE.exec(line)?.[1];
  return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing;
}

/**
 * `text` with every character that is not spoken replaced by a space (line
 * breaks kept, so lines stay lines): everything before `bodyStart` (the front
 * matter), fenced code with its fences, HTML comments, link targets and tags.
 */
export function spokenText(text: string, bodyStart: number): string {
  const blanks: [number, number][] = [[0, bodyStart]];
  let fence: string | null = null;
  let inComment = false;
  for (let start = bodyStart; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const opening: string | null = fence === null && !inComment ? openingFence(line) : null;
    if (fence !== null || opening !== null) {
      blanks.push([start, end]);
      fence = opening ?? (closesFence(line, fence!) ? null : fence);
    } else {
      inComment = blankInline(line, start, inComment, blanks);
    }
    start = end + 1;
  }
  return applyBlanks(text, blanks);
}

/**
 * Records the unspoken spans of a line that is not code, found at `offset`;
 * returns whether an HTML comment is still open at its end.
 */
function blankInline(line: string, offset: number, inComment: boolean, blanks: [number, number][]): boolean {
  let at = 0;
  while (at < line.length) {
    if (inComment) {
      const close = line.indexOf('-->', at);
      if (close === -1) {
        blanks.push([offset + at, offset + line.length]);
        return true;
      }
      blanks.push([offset + at, offset + close + 3]);
      at = close + 3;
      inComment = false;
      continue;
    }
    const open = line.indexOf('<!--', at);
    const spoken = line.slice(at, open === -1 ? line.length : open);
    if (spoken.includes('](')) blankMatches(spoken, offset + at, LINK_TARGET, 1, blanks);
    if (spoken.includes('<')) blankMatches(spoken, offset + at, TAG, 0, blanks);
    if (open === -1) break;
    at = open;
    inComment = true;
  }
  return inComment;
}

/** Blanks each match of `pattern` in `part` (found at `offset`), but its first `keep` characters. */
function blankMatches(part: string, offset: number, pattern: RegExp, keep: number, blanks: [number, number][]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(part); match !== null; match = pattern.exec(part)) {
    blanks.push([offset + match.index + keep, offset + match.index + match[0].length]);
  }
}

/** The text with the spans blanked; spans may come in any order and overlap. */
function applyBlanks(text: string, blanks: [number, number][]): string {
  blanks.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of blanks) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
