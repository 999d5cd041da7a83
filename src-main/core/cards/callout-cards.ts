/**
 * Obsidian callouts: `> [!question] Title` with the answer in its body, or in
 * a `> [!answer]` / `> [!success]` callout right after it (the question then
 * being the title, or the body when the title is empty).
 */
import { BLANK, QUOTE, type NoteLines } from './lines';
import { type Detector } from './scan';
import { alternation, ANSWER_CALLOUTS, QUESTION_CALLOUTS } from './words';

const CALLOUT = /\[!([^\]\s]+)\][+-]?[ \t]*/y;
const QUESTION_TYPE = new RegExp(`^(?:${alternation(QUESTION_CALLOUTS)})$`, 'i');
const ANSWER_TYPE = new RegExp(`^(?:${alternation(ANSWER_CALLOUTS)})$`, 'i');

interface Callout {
  readonly type: string;
  readonly title: string;
  readonly body: string;
  /** The line after the callout. */
  readonly next: number;
}

/** The callout opening at line `i`, or null. */
function calloutAt(lines: NoteLines, i: number): Callout | null {
  if (lines.kind[i] !== QUOTE) return null;
  CALLOUT.lastIndex = lines.content[i] as number;
  const header = CALLOUT.exec(lines.text);
  if (!header) return null;
  const title = lines.text.slice(CALLOUT.lastIndex, lines.end[i]).trim();
  const body: string[] = [];
  let next = i + 1;
  for (; next < lines.count && lines.kind[next] === QUOTE; next++) {
    CALLOUT.lastIndex = lines.content[next] as number;
    if (CALLOUT.test(lines.text)) break; // the next callout
    body.push(lines.text.slice(lines.content[next], lines.end[next]));
  }
  return { type: header[1] as string, title, body: body.join('\n').trim(), next };
}

export const calloutCard: Detector = (lines, i, add) => {
  const callout = calloutAt(lines, i);
  if (!callout || !QUESTION_TYPE.test(callout.type)) return -1;
  let after = callout.next;
  while (after < lines.count && lines.kind[after] === BLANK) after++;
  const answer = calloutAt(lines, after);
  if (answer && ANSWER_TYPE.test(answer.type)) {
    add({ question: callout.title || callout.body, answer: answer.body || answer.title, line: i, endLine: answer.next - 1, format: 'callout' });
    return answer.next;
  }
  add({ question: callout.title || callout.body, answer: callout.title ? callout.body : '', line: i, endLine: callout.next - 1, format: 'callout' });
  return callout.next;
};
