import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import type { Logger } from '../types';
import { failAppendsWhen, nodeAppendFs, type AppendFs } from './append-file';
import { nextStudyDayStart } from './day';
import { formatEntry } from './log-entry';
import { REVIEW_LOG_FILE } from './review-log';
import { SNAPSHOT_DELAY_MS, ScheduleStore } from './schedule-store';
import { Scheduler } from './scheduler';
import { SNAPSHOT_FILE } from './snapshot';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let dataDir: string;
let clock: FakeClock;
const logger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const stores: ScheduleStore[] = [];

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'schedule-store-'));
  clock = new FakeClock();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.stop()));
  await fsp.rm(dataDir, { recursive: true, force: true });
});

async function open(appendFs?: AppendFs) {
  const store = new ScheduleStore({ dataDir, clock, logger, scheduler: new Scheduler({ fuzz: false }), appendFs });
  stores.push(store);
  const { notices } = await store.start();
  return { store, notices };
}

/** Stops a store as the app does at quit, and starts a new one on the same data dir. */
async function restart(store: ScheduleStore, options: { snapshot: boolean } = { snapshot: true }) {
  stores.splice(stores.indexOf(store), 1);
  await store.stop();
  if (!options.snapshot) await fsp.rm(path.join(dataDir, SNAPSHOT_FILE), { force: true });
  return open();
}

const snapshotOf = (store: ScheduleStore) => JSON.parse(JSON.stringify(Object.fromEntries(store.all)));

describe('ScheduleStore', () => {
  it('grades a card: the schedule advances and the grade is in the log', async () => {
    const { store } = await open();
    const now = clock.now();
    const entry = await store.grade('a', 'good', now, 4_000);
    expect(entry).toMatchObject({ seq: 1, type: 'grade', cardId: 'a', grade: 'good', at: now, before: null, elapsedMs: 4_000 });
    expect(store.get('a')).toEqual({ schedule: entry.after, introducedAt: now, suspended: false, buriedUntil: 0 });
    expect(entry.after.due).toBe(now + 10 * MINUTE);
    const second = await store.grade('a', 'good', now + 10 * MINUTE, 3_000);
    expect(second.before).toEqual(entry.after);
    expect(store.get('a')!.introducedAt).toBe(now); // introduced by the first grade only
    const log = await fsp.readFile(path.join(dataDir, REVIEW_LOG_FILE), 'utf8');
    expect(log).toBe(formatEntry(entry) + formatEntry(second));
  });

  it('undo restores exactly the state before the grade, in this run and after a restart', async () => {
    const { store } = await open();
    const now = clock.now();
    await store.grade('a', 'good', now, 1);
    await store.grade('b', 'easy', now, 1);
    const beforeA = structuredClone(store.get('a'));
    await store.grade('a', 'again', now + 10 * MINUTE, 1);
    expect(store.get('a')!.schedule!.lapses).toBe(0);
    expect(store.get('a')).not.toEqual(beforeA);

    const undone = await store.undoLast(now + 11 * MINUTE);
    expect(undone).toMatchObject({ type: 'undo', cardId: 'a', undoes: 3, restore: beforeA!.schedule });
    expect(store.get('a')).toEqual(beforeA);
    expect(store.sessionGrades.map((g) => g.cardId)).toEqual(['a', 'b']);

    // Undoing a card's first grade makes it new again, no longer counted as introduced today.
    await store.undoLast(now);
    await store.undoLast(now);
    const fresh = { schedule: null, introducedAt: 0, suspended: false, buriedUntil: 0 };
    expect(store.get('a')).toEqual(fresh);
    expect(store.get('b')).toEqual(fresh);
    expect(store.introducedOn(now)).toBe(0);
    expect(await store.undoLast(now)).toBeNull();

    const { store: reopened } = await restart(store, { snapshot: false });
    expect(snapshotOf(reopened)).toEqual({ a: fresh, b: fresh });
    expect(reopened.sessionGrades).toEqual([]); // undo reaches back to the start of the run only
  });

  it('rebuilds after a restart the same state it had in memory: from the log alone, and from snapshot plus log', async () => {
    const { store } = await open();
    let now = clock.now();
    const grades = ['good', 'good', 'again', 'hard', 'easy', 'good'] as const;
    for (let i = 0; i < 30; i++) {
      await store.grade(`card-${i % 7}`, grades[i % grades.length]!, now, 1000 + i);
      now += 3 * DAY;
      if (i === 12) await store.undoLast(now);
    }
    await store.suspend('card-1', now);
    await store.bury('card-2', now);
    await store.suspend('never-graded', now);
    const expected = snapshotOf(store);

    const fromLog = await restart(store, { snapshot: false });
    expect(snapshotOf(fromLog.store)).toEqual(expected);
    expect(fromLog.store.seq).toBe(store.seq);

    const fromSnapshot = await restart(fromLog.store);
    expect(snapshotOf(fromSnapshot.store)).toEqual(expected);

    // A crash after more changes: the snapshot lags behind the log, and the tail after it is replayed.
    const snapshotSeq = fromSnapshot.store.seq;
    await fromSnapshot.store.grade('card-3', 'good', now, 1);
    await fromSnapshot.store.unsuspend('card-1', now);
    const later = snapshotOf(fromSnapshot.store);
    const crashed = await open(); // the first store is still running: it never wrote its last snapshot
    expect(JSON.parse(await fsp.readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8')).seq).toBe(snapshotSeq);
    expect(snapshotOf(crashed.store)).toEqual(later);
  });

  it('writes the snapshot a while after a change, not on every grade, and on stop', async () => {
    const { store } = await open();
    const snapshot = path.join(dataDir, SNAPSHOT_FILE);
    await store.grade('a', 'good', clock.now(), 1);
    await store.grade('b', 'good', clock.now(), 1);
    await expect(fsp.access(snapshot)).rejects.toThrow();
    clock.advance(SNAPSHOT_DELAY_MS);
    await store.grade('c', 'good', clock.now(), 1); // runs after the snapshot write was queued
    await expect.poll(async () => JSON.parse(await fsp.readFile(snapshot, 'utf8')).seq).toBe(2);
    stores.splice(stores.indexOf(store), 1);
    await store.stop();
    expect(JSON.parse(await fsp.readFile(snapshot, 'utf8')).seq).toBe(3);
  });

  it('renews a snapshot whose log position no longer holds, so the next start reads only the tail again', async () => {
    const { store } = await open();
    await store.grade('a', 'good', clock.now(), 1);
    const { store: second } = await restart(store);
    const logFile = path.join(dataDir, REVIEW_LOG_FILE);
    // The log rewritten with the same entries and an extra line break: the snapshot's byte position is off by one.
    await fsp.writeFile(logFile, `\n${await fsp.readFile(logFile, 'utf8')}`);
    const { store: third } = await restart(second);
    const snapshot = JSON.parse(await fsp.readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8'));
    await third.stop();
    const renewed = JSON.parse(await fsp.readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8'));
    expect(renewed.logBytes).toBe(snapshot.logBytes + 1);
    expect(renewed.seq).toBe(1);
  });

  it('falls back to the log when the snapshot is unreadable', async () => {
    const { store } = await open();
    await store.grade('a', 'good', clock.now(), 1);
    const expected = snapshotOf(store);
    stores.splice(stores.indexOf(store), 1);
    await store.stop();
    await fsp.writeFile(path.join(dataDir, SNAPSHOT_FILE), '{"version":1,"seq":1,"ids":["a"],"due":[');
    const { store: reopened, notices } = await open();
    expect(snapshotOf(reopened)).toEqual(expected);
    expect(notices).toEqual([]);
  });

  it('keeps the good entries of a log with a torn last line and says so', async () => {
    const { store } = await open();
    await store.grade('a', 'good', clock.now(), 1);
    await store.grade('b', 'good', clock.now(), 1);
    const expected = snapshotOf(store);
    stores.splice(stores.indexOf(store), 1);
    await store.stop();
    await fsp.rm(path.join(dataDir, SNAPSHOT_FILE));
    await fsp.appendFile(path.join(dataDir, REVIEW_LOG_FILE), '{"seq":3,"type":"grade","cardId":"c","at":17');
    const { store: reopened, notices } = await open();
    expect(snapshotOf(reopened)).toEqual(expected);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^1 damaged line in the review log \(line 3\) was skipped; a copy of the file was kept at /);
    const entry = await reopened.grade('c', 'easy', clock.now(), 1);
    expect(entry.seq).toBe(3);
  });

  it('leaves the state unchanged when the disk is full, and works again once there is room', async () => {
    let full = false;
    const { store } = await open(failAppendsWhen(() => full, nodeAppendFs));
    const now = clock.now();
    await store.grade('a', 'good', now, 1);
    const before = snapshotOf(store);
    full = true;
    await expect(store.grade('a', 'good', now + 10 * MINUTE, 1)).rejects.toMatchObject({ code: 'DISK_FULL' });
    await expect(store.grade('b', 'good', now, 1)).rejects.toMatchObject({ code: 'DISK_FULL' });
    await expect(store.suspend('a', now)).rejects.toMatchObject({ code: 'DISK_FULL' });
    await expect(store.undoLast(now)).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(snapshotOf(store)).toEqual(before);
    expect(store.seq).toBe(1);
    expect(store.sessionGrades).toHaveLength(1);
    full = false;
    const retried = await store.grade('a', 'good', now + 10 * MINUTE, 1);
    expect(retried.seq).toBe(2);
    const { store: reopened } = await restart(store, { snapshot: false });
    expect(snapshotOf(reopened)).toEqual(snapshotOf(store));
  });

  it('suspends, unsuspends and buries until the next study day, logging only real changes', async () => {
    const { store } = await open();
    const now = clock.now();
    await store.suspend('a', now);
    await store.suspend('a', now);
    expect(store.get('a')).toEqual({ schedule: null, introducedAt: 0, suspended: true, buriedUntil: 0 });
    await store.unsuspend('a', now);
    await store.unsuspend('a', now);
    expect(store.get('a')).toEqual({ schedule: null, introducedAt: 0, suspended: false, buriedUntil: 0 });
    await store.bury('b', now);
    expect(store.get('b')!.buriedUntil).toBe(nextStudyDayStart(now));
    expect(store.seq).toBe(3);
  });

  it('looks the states of a card list up once, and again only for cards without one after new states appear', async () => {
    const { store } = await open();
    const now = clock.now();
    await store.grade('a', 'good', now, 1);
    const cards = ['a', 'b', 'c'].map((id) => ({ id, notePath: 'n.md', question: '?', answered: false, kind: 'technical' as const, tags: [], folder: '' }));
    const first = store.statesOf(cards);
    expect(first).toEqual([store.get('a'), undefined, undefined]);
    await store.grade('a', 'good', now + 10 * 60_000, 1); // changes a's state in place
    expect(store.statesOf(cards)).toBe(first);
    expect(first[0]!.schedule!.phase).toBe('review');
    await store.bury('c', now);
    await store.undoLast(now);
    await store.undoLast(now);
    expect(store.statesOf(cards)).toEqual([{ schedule: null, introducedAt: 0, suspended: false, buriedUntil: 0 }, undefined, store.get('c')]);
    await store.grade('a', 'easy', now, 1);
    expect(store.statesOf(cards)[0]).toBe(store.get('a'));
    expect(store.statesOf([...cards])).toEqual(store.statesOf(cards));
  });

  it('runs operations in call order, each grade computed from the one before', async () => {
    const { store } = await open();
    const now = clock.now();
    const [first, second, third] = await Promise.all([
      store.grade('a', 'good', now, 1),
      store.grade('a', 'good', now + 10 * MINUTE, 1),
      store.grade('a', 'good', now + 2 * DAY, 1),
    ]);
    expect(second.before).toEqual(first.after);
    expect(third.before).toEqual(second.after);
    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
  });
});
