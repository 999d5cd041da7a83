import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import type { Logger } from '../types';
import { DrillService } from './drill-service';
import type { DrillCard } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const logger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

let dataDir: string;
let clock: FakeClock;
beforeEach(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'drills-'));
  clock = new FakeClock();
});
afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});

const cards: DrillCard[] = ['a', 'b', 'c'].map((id) => ({
  id,
  notePath: 'go.md',
  question: `${id}?`,
  answered: id !== 'c',
  kind: 'technical',
  tags: ['go'],
  folder: '',
}));

async function start(settings = {}) {
  const service = new DrillService({ dataDir, clock, logger, settings, fuzz: false });
  await service.start();
  return service;
}

describe('DrillService', () => {
  it('labels the four grade buttons with their next intervals', async () => {
    const service = await start();
    expect(service.buttons('a').map((b) => `${b.grade} ${b.label}`)).toEqual(['again 1 min', 'hard 6 min', 'good 10 min', 'easy 8 d']);
    await service.grade('a', 'good', 5_000);
    clock.advance(10 * MINUTE);
    expect(service.buttons('a').map((b) => b.label)).toEqual(['1 min', '6 min', '2 d', '4 d']);
    await service.stop();
  });

  it('studies a session: queue, grades, undo, bury, and the summary', async () => {
    const service = await start({ newCardsPerDay: 3 });
    service.beginSession();
    expect(service.queue(cards, { kind: 'folder', folder: '' }).cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    await service.grade('a', 'again', 30_000);
    await service.grade('b', 'easy', 4_000);
    await service.grade('a', 'good', 12_000);
    await service.undo();
    await service.bury('c');
    expect(service.sessionSummary()).toEqual({ cards: 2, reviews: 2, timeMs: 34_000, grades: { again: 1, hard: 0, good: 0, easy: 1 } });
    // a is due again in a minute (within the learn-ahead), b in days, c is buried.
    expect(service.queue(cards, { kind: 'folder', folder: '' }).cards.map((c) => c.id)).toEqual(['a']);
    expect(service.counts(cards).notes['go.md']).toEqual({ new: 0, due: 1, total: 3 });
    expect(service.counts(cards).newLeftToday).toBe(1);
    expect(service.queue(cards, { kind: 'unanswered' }).cards).toEqual([]);

    clock.advance(DAY);
    expect(service.queue(cards, { kind: 'folder', folder: '' }).cards.map((c) => c.id)).toEqual(['a', 'c']);
    expect(service.queue(cards, { kind: 'unanswered' }).cards.map((c) => c.id)).toEqual(['c']);
    service.beginSession();
    expect(service.sessionSummary().reviews).toBe(0);
    await service.stop();
  });

  it('keeps the schedule across a restart, in the data dir', async () => {
    const service = await start();
    await service.grade('a', 'easy', 1);
    await service.suspend('b');
    await service.stop();
    const restarted = await start();
    expect(restarted.queue(cards, { kind: 'folder', folder: '' }).cards.map((c) => c.id)).toEqual(['c']);
    clock.advance(30 * DAY);
    await restarted.unsuspend('b');
    expect(restarted.queue(cards, { kind: 'due' }).cards.map((c) => c.id)).toEqual(['a']);
    expect((await fsp.readdir(dataDir)).sort()).toEqual(['reviews.jsonl', 'schedule.json']);
    await restarted.stop();
  });

  it('validates and applies settings', async () => {
    const service = await start();
    expect(service.settings).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });
    const easyBefore = service.buttons('a')[3]!.intervalMs;
    expect(service.updateSettings({ desiredRetention: 0.97 })).toEqual({ desiredRetention: 0.97, newCardsPerDay: 20 });
    expect(service.buttons('a')[3]!.intervalMs).toBeLessThan(easyBefore);
    expect(() => service.updateSettings({ newCardsPerDay: -1 })).toThrow(/New cards per day/);
    expect(() => service.updateSettings({ newCardsPerDay: 5, desiredRetention: 2 })).toThrow(/Desired retention/);
    expect(service.settings).toEqual({ desiredRetention: 0.97, newCardsPerDay: 20 });
    expect(() => new DrillService({ dataDir, clock, logger, settings: { newCardsPerDay: 1.5 } })).toThrow();
    await service.stop();
  });
});
