/**
 * What a vault's card list keeps of each card, and finding those in notes:
 * the card without its answer and heading path (most of a vault's text, read
 * again from the note for the few cards a drill shows).
 *
 * A whole vault is scanned in a worker thread of its own (card-scan.worker.ts,
 * started by start-card-scan.ts): the notes are read a second time after the
 * search index has them, and doing that on the main thread would both block
 * it for seconds and leave its heap grown by the garbage of reading 50 MB of
 * text, which V8 rarely gives back. A worker's heap goes with the worker.
 */
import { readNoteTextSync } from '../fs/text-file';
import { detach } from '../util/detach';
import { detectCards } from './detect';
import type { Card } from './types';

export interface ScannedCard extends Omit<Card, 'answer' | 'headingPath'> {
  /** False for a question with nothing under it yet. */
  readonly answered: boolean;
}

/** A note's cards: its vault-relative path and what was found in it. */
export type ScannedNote = [notePath: string, cards: ScannedCard[]];

/** A note to scan: its vault-relative path and its absolute file. */
export type NoteToScan = [notePath: string, file: string];

/** Scans notes, handing over their cards a batch at a time; resolves once every note was scanned, or `stop` aborts. */
export type CardScanner = (notes: readonly NoteToScan[], onBatch: (batch: ScannedNote[]) => void, stop: AbortSignal) => Promise<void>;

export function scanCards(content: string, notePath: string): ScannedCard[] {
  return detectCards(content, notePath).map(({ question, kind, line, endLine, tags, format, answer }) => ({
    // A copy, not a slice of the note: a slice would keep the whole note's text in memory.
    question: detach(question),
    kind,
    line,
    endLine,
    tags,
    format,
    answered: answer !== '',
  }));
}

/**
 * Reads `notes[start, end)` and finds their cards. Notes that cannot be read
 * as text (binary, too large, gone) have none: opening one tells the user why.
 */
export function scanNotesSync(notes: readonly NoteToScan[], start: number, end: number): ScannedNote[] {
  const scanned: ScannedNote[] = [];
  for (let i = start; i < end; i++) {
    const [notePath, file] = notes[i] as NoteToScan;
    let content: string;
    try {
      content = readNoteTextSync(file, notePath);
    } catch {
      continue;
    }
    scanned.push([notePath, scanCards(content, notePath)]);
  }
  return scanned;
}

/** Notes handed over at a time: often enough for the deck counts to grow while a vault loads. */
export const SCAN_BATCH_NOTES = 256;
