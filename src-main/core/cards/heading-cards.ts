/**
 * `## Why is a goroutine cheaper than a thread?` and `1. ### Question`: the
 * answer runs to the next heading of the same or a higher level, or to the
 * next question heading. Deeper headings that are not questions
 * ("#### References") stay inside the answer.
 */
import { HEADING, NUMBERED, QUESTION } from './lines';
import { questionText } from './question-shape';
import { lastContentLine, sourceText, type Detector } from './scan';

export const headingCard: Detector = (lines, i, add) => {
  const { kind, flags, level } = lines;
  if (kind[i] !== HEADING || !((flags[i] as number) & QUESTION)) return -1;
  const own = level[i] as number;
  let next = i + 1;
  while (next < lines.count && !(kind[next] === HEADING && ((level[next] as number) <= own || (flags[next] as number) & QUESTION))) next++;
  const last = lastContentLine(lines, i + 1, next);
  add({
    question: questionText(lines.headings.get(i) ?? ''),
    answer: sourceText(lines, i + 1, last),
    line: i,
    endLine: Math.max(i, last),
    format: (flags[i] as number) & NUMBERED ? 'numbered-heading' : 'heading',
  });
  return next;
};
