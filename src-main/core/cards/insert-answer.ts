/**
 * Writing an answer into a note under its question, for a card that had
 * none: the answer's lines go in right after the question, shaped so that
 * the detector reads them as that card's answer (indented under a list
 * question, after `A:` for a `Q:`), and every other byte of the note stays
 * as it was. The caller checks the result with the detector before writing.
 */
import type { Card } from './types';

const LINE = /[^\r\n]*(?:\r\n|\r|\n)?/g;
/** The part of a list item's first line before its text: indentation, marker, spaces. */
const LIST_PREFIX = /^([ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)/;

export function insertAnswer(content: string, card: Pick<Card, 'format' | 'line' | 'endLine'>, answer: string): string {
  const eol = /\r\n|\n|\r/.exec(content)?.[0] ?? '\n';
  const lines = content.match(LINE)!.filter((line, i, all) => line !== '' || i < all.length - 1);
  const index = card.format === 'qa' ? card.endLine : card.line; // 1-based line after which the answer goes
  const before = lines.slice(0, index);
  const after = lines.slice(index);
  const answerLines = answer.replace(/\r\n|\r/g, '\n').trim().split('\n');

  const questionLine = lines[card.line - 1] ?? '';
  let block: string[];
  if (card.format === 'list' || card.format === 'numbered-heading') {
    const indent = ' '.repeat((LIST_PREFIX.exec(questionLine)?.[1] ?? '').replace(/\t/g, '    ').length);
    block = ['', ...answerLines.map((line) => (line === '' ? '' : indent + line))];
  } else if (card.format === 'qa') {
    block = [`A: ${answerLines[0]}`, ...answerLines.slice(1)];
  } else {
    block = ['', ...answerLines];
  }
  // The line before the answer must end, and a blank line must part the answer from what follows.
  if (before.length > 0 && !/[\r\n]$/.test(before[before.length - 1]!)) before[before.length - 1] += eol;
  const next = after[0];
  if (next !== undefined && next.trim() !== '') block.push('');
  return before.join('') + block.map((line) => line + eol).join('') + after.join('');
}
