/**
 * `<details><summary>Question</summary> answer </details>`, on one line or
 * many. A `<details>` whose summary is a reveal label ("Answer", "Show
 * solution") or missing is no card, but what it hides is still never read as
 * questions: it is an answer to something.
 */
import { TEXT } from './lines';
import { lineAt, type Detector } from './scan';
import { REVEAL_LABELS } from './words';

const DETAILS_OPEN = /<details[\s>]/iy;
const DETAILS_TAG = /<(\/?)details[\s>]/gi;
const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary\s*>/i;
const TAG = /<[^>]*>/g;
const REVEAL = new Set(REVEAL_LABELS);

/** Where the `</details>` closing the one opening at `from` starts and ends; the text's end when it is missing. */
function closingTag(text: string, from: number): { start: number; end: number } {
  DETAILS_TAG.lastIndex = from;
  let depth = 0;
  for (let tag = DETAILS_TAG.exec(text); tag; tag = DETAILS_TAG.exec(text)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { start: tag.index, end: text.indexOf('>', tag.index) + 1 || text.length };
  }
  return { start: text.length, end: text.length };
}

export const detailsCard: Detector = (lines, i, add) => {
  if (lines.kind[i] !== TEXT) return -1;
  const { text } = lines;
  const open = lines.content[i] as number;
  DETAILS_OPEN.lastIndex = open;
  if (!DETAILS_OPEN.test(text)) return -1;
  const close = closingTag(text, open);
  const next = lineAt(lines, close.end - 1) + 1;
  // Searched in the block only, so that many summary-less blocks stay linear.
  const block = text.slice(open, close.start);
  const summary = SUMMARY.exec(block);
  const question = summary ? (summary[1] as string).replace(TAG, '').trim() : '';
  if (summary && question && !REVEAL.has(question.toLowerCase())) {
    add({
      question,
      answer: block.slice(summary.index + summary[0].length).trim(),
      line: lineAt(lines, open + summary.index),
      endLine: next - 1,
      format: 'details',
    });
  }
  return next;
};
