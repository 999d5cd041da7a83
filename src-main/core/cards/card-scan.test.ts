import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NoteToScan, SCAN_BATCH_NOTES, scanCards, type ScannedNote } from './card-scan';
import { scanHere, scanInWorker } from './start-card-scan';

let dir: string;
let notes: NoteToScan[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'card-scan-'));
  notes = [];
  for (let i = 0; i < SCAN_BATCH_NOTES + 10; i++) {
    const file = join(dir, `note-${i}.md`);
    await writeFile(file, `# Note ${i}\n\n- What is left open?\n\n## Why does cache ${i} expire?\n\nBecause ${i}.\n`);
    notes.push([`note-${i}.md`, file]);
  }
  await writeFile(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0, 1, 2]));
  notes.push(['binary.md', join(dir, 'binary.md')], ['gone.md', join(dir, 'gone.md')]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function scanAll(scan: typeof scanHere, signal = new AbortController().signal): Promise<ScannedNote[][]> {
  const batches: ScannedNote[][] = [];
  await scan(notes, (batch) => batches.push(batch), signal);
  return batches;
}

describe('card scanners', () => {
  it('find each note’s cards without answers, a batch at a time, and skip notes that are not text', async () => {
    const batches = await scanAll(scanHere);
    expect(batches).toHaveLength(2);
    const scanned = batches.flat();
    expect(scanned.map(([path]) => path)).not.toContain('binary.md');
    expect(scanned.map(([path]) => path)).not.toContain('gone.md');
    expect(scanned).toHaveLength(SCAN_BATCH_NOTES + 10);
    expect(scanned[3]![1]).toEqual([
      { question: 'What is left open?', kind: 'technical', line: 3, endLine: 3, tags: [], format: 'list', answered: false },
      { question: 'Why does cache 3 expire?', kind: 'technical', line: 5, endLine: 7, tags: [], format: 'heading', answered: true },
    ]);
  });

  it('give the same cards in a worker thread as on this one', async () => {
    expect((await scanAll(scanInWorker)).flat()).toEqual((await scanAll(scanHere)).flat());
  });

  it('stop when told to', async () => {
    const stop = new AbortController();
    stop.abort();
    expect(await scanAll(scanHere, stop.signal)).toEqual([]);
    await expect(scanAll(scanInWorker, stop.signal)).resolves.toBeDefined();
  });

  it('keep no slice of the note in a question', () => {
    const [card] = scanCards(`## ${'Why is this question long enough to be sliced'}?\n\nYes.\n`, 'n.md');
    expect(card!.question).toBe('Why is this question long enough to be sliced?');
  });
});
