/**
 * The card detector's first pass: one walk over a note's lines that records,
 * in typed arrays, what each line is (heading, list item, code, …), where its
 * text starts and whether it can hold a card. The card pass then looks lines
 * up by index without touching the text again, which keeps the detector a
 * single linear scan with no allocation for ordinary lines (parsing to an
 * mdast is ~100 times slower).
 */
import { splitFrontMatter } from '../search/note-fields';
import { headingText, isQuestionHeading, isQuestionListItem, questionText } from './question-shape';

// Line kinds.
export const BLANK = 0;
export const TEXT = 1;
export const HEADING = 2;
export const LIST = 3;
export const QUOTE = 4;
/** Inside fenced or indented code, fences included. */
export const CODE = 5;
export const FRONT_MATTER = 6;

// Line flags.
/** A heading or a list item that reads as a question. */
export const QUESTION = 1;
/** A heading written inside a list item, `1. ### Question`. */
export const NUMBERED = 2;
/** Contains `::` after its markers (maybe in inline code: the card pass checks). */
export const DOUBLE_COLON = 4;
/** Contains `#` after its markers: may hold inline tags. */
export const HASH = 8;
/** Contains a backtick after its markers: may hold a code span. */
export const BACKTICKS = 16;

export interface NoteLines {
  readonly text: string;
  readonly count: number;
  /** Offset of the line's first character. */
  readonly start: Int32Array;
  /** Offset just after the line's last character, before any `\r\n`. */
  readonly end: Int32Array;
  /** Offset of the line's text after its indentation and list, heading or quote markers. */
  readonly content: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  /** Column of the first non-blank character (tabs to multiples of 4); for code, that of its fence. */
  readonly indent: Uint16Array;
  /** Heading level, 1–6. */
  readonly level: Uint8Array;
  /** The shown text of each heading, by line. */
  readonly headings: ReadonlyMap<number, string>;
  /** The YAML between the front matter fences, or null. */
  readonly frontMatter: string | null;
  /** Offset where the body starts, after the front matter. */
  readonly bodyStart: number;
  /**
   * Spaced-repetition multi-line cards: first line of the paragraph holding a
   * line `?` or `??` → that separator line.
   */
  readonly separators: ReadonlyMap<number, number>;
}

const SPACE = 32;
const TAB = 9;
const RETURN = 13;
const HASH_MARK = 35;
const BACKTICK = 96;
const TILDE = 126;
const QUESTION_MARK = 63;
const GREATER_THAN = 62;
const BOM = 0xfeff;

const isBlankCode = (code: number) => code === SPACE || code === TAB;
const isDigit = (code: number) => code >= 48 && code <= 57;

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Offset after the blanks from `at`, not beyond `end`. */
function skipBlanks(text: string, at: number, end: number): number {
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  return at;
}

/** Length of the run of `code` characters at `at`. */
function runLength(text: string, at: number, end: number, code: number): number {
  let to = at;
  while (to < end && text.charCodeAt(to) === code) to++;
  return to - at;
}

/** Offset of a list item's text after its marker (`- `, `12. `, `- [ ] `), or -1 when the line is no list item. */
function listItemText(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  let after: number;
  if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) {
    after = at + 1;
  } else {
    const digits = runDigits(text, at, end);
    if (digits === 0 || digits > 9) return -1;
    const delimiter = text.charCodeAt(at + digits);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) return -1;
    after = at + digits + 1;
  }
  if (after < end && !isBlankCode(text.charCodeAt(after))) return -1;
  let item = skipBlanks(text, after, end);
  // A task box: `- [ ] …`, `- [x] …`.
  if (text.charCodeAt(item) === 91 /* [ */ && text.charCodeAt(item + 2) === 93 /* ] */ && (item + 3 === end || isBlankCode(text.charCodeAt(item + 3)))) {
    item = skipBlanks(text, item + 3, end);
  }
  return item;
}

function runDigits(text: string, at: number, end: number): number {
  let to = at;
  while (to < end && isDigit(text.charCodeAt(to))) to++;
  return to - at;
}

/** Level of an ATX heading marker at `at` (`## `), or 0. */
function headingLevel(text: string, at: number, end: number): number {
  const level = runLength(text, at, end, HASH_MARK);
  if (level === 0 || level > 6) return 0;
  return at + level === end || isBlankCode(text.charCodeAt(at + level)) ? level : 0;
}

export function scanLines(text: string): NoteLines {
  const count = countLines(text);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const content = new Int32Array(count);
  const kind = new Uint8Array(count);
  const flags = new Uint8Array(count);
  const indent = new Uint16Array(count);
  const level = new Uint8Array(count);
  const headings = new Map<number, string>();
  const separators = new Map<number, number>();
  const { yaml, bodyStart } = splitFrontMatter(text);

  let fenceCode = 0; // the fence character while inside fenced code, else 0
  let fenceLength = 0;
  let fenceIndent = 0;
  let inIndentedCode = false;
  let inList = false;
  let afterParagraph = false; // an indented line right after text continues it; it is not code
  let paragraphStart = -1; // first line of the current paragraph, for `?` separators
  let separatorSeen = false;
  let nextColons = -1;
  let nextHash = -1;
  let nextBacktick = -1;

  let lineStart = text.charCodeAt(0) === BOM ? 1 : 0;
  for (let i = 0; i < count; i++) {
    let newline = text.indexOf('\n', lineStart);
    if (newline === -1) newline = text.length;
    let lineEnd = newline;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === RETURN) lineEnd--;
    start[i] = lineStart;
    end[i] = lineEnd;
    const s = lineStart;
    lineStart = newline + 1;

    if (s < bodyStart) {
      kind[i] = FRONT_MATTER;
      content[i] = s;
      continue;
    }

    let p = s;
    let column = 0;
    for (; p < lineEnd; p++) {
      const code = text.charCodeAt(p);
      if (code === SPACE) column++;
      else if (code === TAB) column += 4 - (column & 3);
      else break;
    }
    content[i] = p;
    indent[i] = column;

    if (fenceCode !== 0) {
      kind[i] = CODE;
      indent[i] = fenceIndent;
      const run = runLength(text, p, lineEnd, fenceCode);
      if (run >= fenceLength && skipBlanks(text, p + run, lineEnd) === lineEnd) fenceCode = 0;
      continue;
    }
    if (p === lineEnd) {
      kind[i] = BLANK;
      afterParagraph = false;
      paragraphStart = -1;
      continue;
    }
    if (inIndentedCode && column >= 4) {
      kind[i] = CODE;
      continue;
    }
    inIndentedCode = false;
    if (column >= 4 && !inList && !afterParagraph) {
      inIndentedCode = true;
      kind[i] = CODE;
      continue;
    }

    const first = text.charCodeAt(p);
    if (first === BACKTICK || first === TILDE) {
      const run = runLength(text, p, lineEnd, first);
      // A backtick fence's info string cannot hold a backtick: "```a```" is inline code.
      if (run >= 3 && (first === TILDE || indexOrEnd(text, '`', p + run) >= lineEnd)) {
        kind[i] = CODE;
        fenceCode = first;
        fenceLength = run;
        fenceIndent = column;
        afterParagraph = false;
        continue;
      }
    }

    let textStart = p;
    let lineFlags = 0;
    const heading = column <= 3 ? headingLevel(text, p, lineEnd) : 0;
    const item = heading === 0 ? listItemText(text, p, lineEnd) : -1;
    const numberedHeading = item === -1 ? 0 : headingLevel(text, item, lineEnd);
    if (heading !== 0 || numberedHeading !== 0) {
      const marks = heading !== 0 ? p : item;
      const headingLevelHere = heading || numberedHeading;
      textStart = skipBlanks(text, marks + headingLevelHere, lineEnd);
      const shown = headingText(text.slice(textStart, lineEnd));
      kind[i] = HEADING;
      level[i] = headingLevelHere;
      headings.set(i, shown);
      if (isQuestionHeading(questionText(shown))) lineFlags |= QUESTION;
      if (numberedHeading !== 0) lineFlags |= NUMBERED;
      inList = numberedHeading !== 0;
      afterParagraph = false;
      paragraphStart = -1;
    } else if (item !== -1) {
      textStart = item;
      kind[i] = LIST;
      if (isQuestionListItem(text, item, lineEnd)) lineFlags |= QUESTION;
      inList = true;
      afterParagraph = true;
    } else {
      if (first === GREATER_THAN) {
        kind[i] = QUOTE;
        textStart = p + 1;
        if (textStart < lineEnd && isBlankCode(text.charCodeAt(textStart))) textStart++;
      } else {
        kind[i] = TEXT;
        if (first === QUESTION_MARK && paragraphStart !== -1 && !separatorSeen) {
          const trimmedEnd = skipBlanksBack(text, lineEnd, p);
          const marks = runLength(text, p, trimmedEnd, QUESTION_MARK);
          if (marks === trimmedEnd - p && marks <= 2) {
            separators.set(paragraphStart, i);
            separatorSeen = true;
          }
        }
      }
      if (column < 2) inList = false;
      afterParagraph = true;
    }
    content[i] = textStart;
    if (paragraphStart === -1 && kind[i] !== HEADING) {
      paragraphStart = i;
      separatorSeen = false;
    }

    // Where the next `::`, `#` and backtick are, found once for the whole text rather than per line.
    if (nextColons < textStart) nextColons = indexOrEnd(text, '::', textStart);
    if (nextColons < lineEnd) lineFlags |= DOUBLE_COLON;
    if (nextHash < textStart) nextHash = indexOrEnd(text, '#', textStart);
    if (nextHash < lineEnd) lineFlags |= HASH;
    if (nextBacktick < textStart) nextBacktick = indexOrEnd(text, '`', textStart);
    if (nextBacktick < lineEnd) lineFlags |= BACKTICKS;
    flags[i] = lineFlags;
  }

  return { text, count, start, end, content, kind, flags, indent, level, headings, frontMatter: yaml, bodyStart, separators };
}

/** Offset of `search` in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** Offset after the last non-blank character before `end`, not before `from`. */
function skipBlanksBack(text: string, end: number, from: number): number {
  while (end > from && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end;
}
