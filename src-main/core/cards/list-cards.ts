/**
 * `- What is a closure?` (or `3. …`): the answer is the item's nested lines.
 * When most nested lines are questions themselves, they are follow-up
 * questions, each its own card, and this one has no answer; otherwise they
 * are the answer, follow-up questions and all.
 */
import { BLANK, LIST, QUESTION } from './lines';
import { questionText } from './question-shape';
import { sourceText, type Detector } from './scan';

export const listCard: Detector = (lines, i, add) => {
  const { kind, flags, indent } = lines;
  if (kind[i] !== LIST || !((flags[i] as number) & QUESTION)) return -1;
  const question = questionText(lines.text.slice(lines.content[i], lines.end[i]));
  const own = indent[i] as number;
  let last = i;
  let nested = 0;
  let questions = 0;
  for (let j = i + 1; j < lines.count; j++) {
    if (kind[j] === BLANK) continue;
    if ((indent[j] as number) <= own) break;
    nested++;
    if (kind[j] === LIST && (flags[j] as number) & QUESTION) questions++;
    last = j;
  }
  if (questions * 2 > nested) {
    add({ question, answer: '', line: i, endLine: i, format: 'list' });
    return i + 1;
  }
  add({ question, answer: sourceText(lines, i + 1, last), line: i, endLine: last, format: 'list' });
  return last + 1;
};
