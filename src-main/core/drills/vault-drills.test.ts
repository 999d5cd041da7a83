import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

const NOTE = ['# Go', '', '## What is a goroutine?', '', 'A lightweight thread.', '', '## Why are channels useful?', '', 'They pass ownership.', '', '## What is a select?', ''].join('\n');

async function ready(core: TestCore) {
  await expect.poll(async () => (await core.call('drills:overview', {})).ready, { timeout: 10_000 }).toBe(true);
  return core.call('drills:overview', {});
}

describe('drills over a vault', () => {
  it('finds the cards of the notes, with counts per deck, folder and tag', async () => {
    t = await createTestCore({ files: { 'Tech/go.md': NOTE, 'empty.md': '# Nothing to ask\n' } });
    const overview = await ready(t);
    expect(overview.decks).toEqual([{ notePath: 'Tech/go.md', title: 'go', folder: 'Tech', counts: { new: 3, due: 0, total: 3 } }]);
    expect(overview.folders.find((f) => f.folder === 'Tech')?.counts.total).toBe(3);
    expect(overview.unanswered).toBe(1);
  });

  it('grades a card, undoes the grade, and keeps the schedule across a restart of the core', async () => {
    t = await createTestCore({ files: { 'go.md': NOTE } });
    await ready(t);
    const queue = await t.call('drills:queue', { selection: { kind: 'deck', notePath: 'go.md' } });
    expect(queue.cards.map((c) => c.question)).toEqual(['What is a goroutine?', 'Why are channels useful?', 'What is a select?']);
    const first = queue.cards[0]!;
    const buttons = await t.call('drills:buttons', { cardId: first.id });
    expect(buttons.map((b) => b.grade)).toEqual(['again', 'hard', 'good', 'easy']);
    expect((await t.call('drills:grade', { cardId: first.id, grade: 'good', elapsedMs: 4000 })).phase).not.toBe('new');
    expect((await t.call('drills:undo', {}))?.id).toBe(first.id);
    expect((await t.call('drills:card', { cardId: first.id })).phase).toBe('new');
    await t.call('drills:grade', { cardId: first.id, grade: 'easy', elapsedMs: 3000 });
    expect(await t.call('drills:summary', {})).toMatchObject({ cards: 1, grades: { easy: 1, good: 0 } });

    await t.core.stop();
    const restarted = await createTestCore({ dataDir: t.dataDir, vaultDir: t.vaultDir });
    try {
      await ready(restarted);
      expect((await restarted.call('drills:card', { cardId: first.id })).phase).not.toBe('new');
    } finally {
      await restarted.cleanup();
    }
  });

  it('keeps a card’s id when its note is renamed and its question lightly edited', async () => {
    t = await createTestCore({ files: { 'go.md': NOTE } });
    await ready(t);
    const [card] = (await t.call('drills:queue', { selection: { kind: 'deck', notePath: 'go.md' } })).cards;
    await t.call('drills:grade', { cardId: card!.id, grade: 'good', elapsedMs: 1000 });
    await t.call('notes:rename', { from: 'go.md', to: 'golang.md' });
    const renamed = await t.call('notes:read', { path: 'golang.md' });
    await t.call('notes:write', { path: 'golang.md', content: renamed.content.replace('What is a goroutine?', 'What is a goroutine, really?'), expectedHash: renamed.hash });
    await expect
      .poll(async () => (await t.call('drills:overview', {})).decks.map((d) => d.notePath))
      .toEqual(['golang.md']);
    const moved = await t.call('drills:card', { cardId: card!.id });
    expect(moved).toMatchObject({ notePath: 'golang.md', question: 'What is a goroutine, really?' });
    expect(moved.phase).not.toBe('new');
  });

  it('writes an answer under an unanswered question, leaving every other byte as it was', async () => {
    t = await createTestCore({ files: { 'go.md': NOTE } });
    await ready(t);
    const card = (await t.call('drills:queue', { selection: { kind: 'unanswered' } })).cards[0]!;
    expect(card.question).toBe('What is a select?');
    const written = await t.call('drills:writeAnswer', { cardId: card.id, answer: 'It waits on several channels.' });
    expect(written.answer).toBe('It waits on several channels.');
    expect(await fsp.readFile(path.join(t.vaultDir, 'go.md'), 'utf8')).toBe(`${NOTE}\nIt waits on several channels.\n`);
  });

  it('exports a deck for Anki and imports a TSV as a new note, reporting the rows it could not read', async () => {
    t = await createTestCore({ files: { 'go.md': NOTE } });
    await ready(t);
    const exported = await t.call('drills:export', { selection: { kind: 'deck', notePath: 'go.md' } });
    expect(exported).toMatchObject({ fileName: 'go.txt', cards: 3 });
    expect(exported.content).toContain('#separator:tab');
    const tsv = 'What is TCP?\tA <b>reliable</b> stream.\tnet\nbroken row without tabs\nWhat is UDP?\tDatagrams.\tnet\n';
    const report = await t.call('drills:import', { fileName: 'Network.tsv', base64: Buffer.from(tsv).toString('base64'), folder: '' });
    expect(report).toMatchObject({ notePath: 'Network.md', imported: 2 });
    expect(report.skipped.map((row) => row.line)).toEqual([2]);
    const note = await fsp.readFile(path.join(t.vaultDir, 'Network.md'), 'utf8');
    expect(note).toContain('## What is TCP?');
    expect(note).toContain('**reliable**');
    await expect.poll(async () => (await t.call('drills:overview', {})).decks.map((d) => d.notePath)).toContain('Network.md');
    // The same file again: a second note, never over the first.
    const again = await t.call('drills:import', { fileName: 'Network.tsv', base64: Buffer.from(tsv).toString('base64'), folder: '' });
    expect(again.notePath).toBe('Network 2.md');
  });
});
