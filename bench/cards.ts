/**
 * Card detection figures: one generated note of 500 questions, and (with the
 * vault section, which has the 10,000-note vault and its plain-read
 * baseline) reading every note and detecting its cards as the app does when
 * a vault opens.
 */
import { detectCards } from '../src-main/core/cards';
import type { NoteToScan } from '../src-main/core/cards/card-scan';
import { scanInWorker } from '../src-main/core/cards/start-card-scan';
import { median, round, time } from './stats';

const RUNS = 30;

export async function measure(): Promise<Record<string, number>> {
  const note = questionNote(500);
  if (detectCards(note, 'bench.md').length !== 500) throw new Error('The 500-question note did not give 500 cards');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await time(() => detectCards(note, 'bench.md')));
  return { cards_500q_ms: round(median(samples.slice(5))) }; // the first runs warm up
}

/** Reads `files` and detects their cards as opening a vault does (a worker, started here too); returns the number of cards. */
export async function scanVaultCards(files: readonly string[]): Promise<number> {
  let cards = 0;
  const notes = files.map((file): NoteToScan => [file, file]);
  await scanInWorker(notes, (batch) => batch.forEach(([, found]) => (cards += found.length)), new AbortController().signal);
  return cards;
}

/** Question headings with answers of a few lines, lists and code, as interview notes have them. */
function questionNote(questions: number): string {
  const parts = ['---', 'tags: [bench]', '---', '# Questions', ''];
  for (let i = 0; i < questions; i++) {
    parts.push(`## ${i + 1}. Why does component ${i} need a cache?`, '', `Because reads of ${i} are hot. #perf`, '', '- lower latency', '- fewer queries', '');
    if (i % 10 === 0) parts.push('```ts', `const cache${i} = new Map<string, number>(); // not a question?`, '```', '');
  }
  return parts.join('\n');
}
