/** What every card format's detector shares: how it reports a card and reads source text. */
import { BLANK, type NoteLines } from './lines';
import type { CardFormat } from './types';

/** A card as a detector reports it; lines are 0-based indices into `NoteLines`. */
export interface FoundCard {
  readonly question: string;
  readonly answer: string;
  readonly line: number;
  readonly endLine: number;
  readonly format: CardFormat;
  /** Lines whose inline tags the card gets; by default `line`–`endLine`. */
  readonly tagLines?: readonly [from: number, to: number];
}

export type AddCard = (card: FoundCard) => void;

/**
 * Looks at line `i` (not owned by an earlier card). When a card of its format
 * starts there, reports it and returns the index of the first line the card
 * does not own (lines it owns are never read as other cards); otherwise -1.
 */
export type Detector = (lines: NoteLines, i: number, add: AddCard) => number;

/** The last non-blank line in `[from, to)`, or `from - 1` when there is none. */
export function lastContentLine(lines: NoteLines, from: number, to: number): number {
  let last = to - 1;
  while (last >= from && lines.kind[last] === BLANK) last--;
  return last;
}

/** The source text of lines `[from, to]`, trimmed ('' when `to < from`). */
export function sourceText(lines: NoteLines, from: number, to: number): string {
  if (to < from) return '';
  return lines.text.slice(lines.start[from], lines.end[to]).trim();
}

/** Index of the line holding `offset`. */
export function lineAt(lines: NoteLines, offset: number): number {
  let low = 0;
  let high = lines.count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines.start[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
