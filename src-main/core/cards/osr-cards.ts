/**
 * The Obsidian spaced-repetition plugin's cards: `front::back` and
 * `front:::back` on one line, and multi-line cards whose front and back are
 * separated by a line `?` (or `??`), ending at a blank line. The reversed
 * forms (`:::`, `??`) give a second card, back to front.
 */
import { BLANK, DOUBLE_COLON, HEADING, LIST, TEXT, type NoteLines } from './lines';
import { lastContentLine, sourceText, type Detector } from './scan';

const COLON = 58;
const BACKTICK = 96;
const QUESTION_MARK = 63;

const isBlank = (code: number) => code === 32 || code === 9;

/** Offset of the first `::` in `text[from, to)` outside inline code, or -1. */
function separatorOffset(text: string, from: number, to: number): number {
  for (let at = from; at < to - 1; at++) {
    const code = text.charCodeAt(at);
    if (code === BACKTICK) {
      let run = 1;
      while (text.charCodeAt(at + run) === BACKTICK) run++;
      const close = closingRun(text, at + run, to, run);
      at = close === -1 ? at + run - 1 : close + run - 1;
    } else if (code === COLON && text.charCodeAt(at + 1) === COLON) {
      return at;
    }
  }
  return -1;
}

/** Offset of a run of exactly `length` backticks in `text[from, to)`, or -1. */
function closingRun(text: string, from: number, to: number, length: number): number {
  for (let at = text.indexOf('`', from); at !== -1 && at < to; at = text.indexOf('`', at + 1)) {
    let run = 1;
    while (text.charCodeAt(at + run) === BACKTICK) run++;
    if (run === length) return at;
    at += run - 1;
  }
  return -1;
}

export const inlineCard: Detector = (lines: NoteLines, i, add) => {
  const kind = lines.kind[i];
  if ((kind !== TEXT && kind !== LIST) || !((lines.flags[i] as number) & DOUBLE_COLON)) return -1;
  const { text } = lines;
  const from = lines.content[i] as number;
  const to = lines.end[i] as number;
  const at = separatorOffset(text, from, to);
  if (at === -1) return -1;
  const length = text.charCodeAt(at + 2) === COLON ? 3 : 2;
  if (text.charCodeAt(at + length) === COLON) return -1; // `::::` is no separator
  // Spaces on one side only are something else: a Dataview field `key:: value`, CSS ` ::before`.
  if (isBlank(text.charCodeAt(at - 1)) !== isBlank(text.charCodeAt(at + length))) return -1;
  const front = text.slice(from, at).trim();
  const back = text.slice(at + length, to).trim();
  if (!front || !back) return -1;
  if (length === 2) {
    add({ question: front, answer: back, line: i, endLine: i, format: 'inline' });
  } else {
    add({ question: front, answer: back, line: i, endLine: i, format: 'inline-reversed' });
    add({ question: back, answer: front, line: i, endLine: i, format: 'inline-reversed' });
  }
  return i + 1;
};

export const multilineCard: Detector = (lines, i, add) => {
  const separator = lines.separators.get(i);
  if (separator === undefined) return -1;
  let next = separator + 1;
  while (next < lines.count && lines.kind[next] !== BLANK && lines.kind[next] !== HEADING) next++;
  const front = sourceText(lines, i, separator - 1);
  const last = lastContentLine(lines, separator + 1, next);
  const back = sourceText(lines, separator + 1, last);
  const reversed = lines.text.charCodeAt((lines.content[separator] as number) + 1) === QUESTION_MARK; // `??`
  add({ question: front, answer: back, line: i, endLine: Math.max(separator, last), format: reversed ? 'multiline-reversed' : 'multiline' });
  if (reversed && back) {
    add({ question: back, answer: front, line: separator + 1, endLine: last, format: 'multiline-reversed', tagLines: [i, last] });
  }
  return next;
};
