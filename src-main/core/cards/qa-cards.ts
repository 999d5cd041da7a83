/**
 * `Q: …` then `A: …` (also `**Q:**`, `**Q**:`, `Question:`, in a list item or
 * not). The question runs to the `A:` line or a blank line, so code shown with
 * it ("Question: What does this print?" and a code block) is part of it; the
 * answer runs from there to the next `Q:` line or heading.
 */
import { BLANK, HEADING, LIST, TEXT, type NoteLines } from './lines';
import { lastContentLine, type Detector } from './scan';

const marker = (word: string) => new RegExp(`(?:\\*\\*|__)?${word}(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?[ \\t]*`, 'y');
const Q_MARKER = marker('(?:Q|Question)');
const A_MARKER = marker('(?:A|Answer)');

/** Offset of the text after `pattern` at the start of line `i`'s text, or -1. */
function after(pattern: RegExp, lines: NoteLines, i: number): number {
  const kind = lines.kind[i];
  if (kind !== TEXT && kind !== LIST) return -1;
  pattern.lastIndex = lines.content[i] as number;
  return pattern.test(lines.text) ? pattern.lastIndex : -1;
}

export const qaCard: Detector = (lines, i, add) => {
  const questionStart = after(Q_MARKER, lines, i);
  if (questionStart === -1) return -1;
  const { text, kind, end } = lines;
  let answerLine = i + 1;
  while (answerLine < lines.count && kind[answerLine] !== BLANK && kind[answerLine] !== HEADING && after(A_MARKER, lines, answerLine) === -1 && after(Q_MARKER, lines, answerLine) === -1) {
    answerLine++;
  }
  let next = answerLine;
  while (next < lines.count && kind[next] !== HEADING && after(Q_MARKER, lines, next) === -1) next++;
  const last = lastContentLine(lines, answerLine, next);
  const answerStart = answerLine < lines.count ? after(A_MARKER, lines, answerLine) : -1;
  add({
    question: text.slice(questionStart, end[answerLine - 1]).trim(),
    answer: last < answerLine ? '' : text.slice(answerStart === -1 ? lines.start[answerLine] : answerStart, end[last]).trim(),
    line: i,
    endLine: Math.max(answerLine - 1, last),
    format: 'qa',
  });
  return next;
};
