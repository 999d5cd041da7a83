import { describe, expect, it } from 'vitest';
import type { CardState } from './card-state';
import { deckCounts } from './deck-counts';
import { LEARN_AHEAD_MS } from './due';
import { buildQueue, type CardStateSource } from './queue';
import type { Phase, Schedule } from './scheduler';
import type { DrillCard } from './types';

const NOW = new Date(2025, 0, 6, 12).getTime(); // local noon: the study day ends at 4 a.m. tomorrow
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function card(id: string, overrides: Partial<DrillCard> = {}): DrillCard {
  return { id, notePath: 'go/basics.md', question: `${id}?`, answered: true, kind: 'technical', tags: [], folder: 'go', ...overrides };
}

function schedule(due: number, phase: Phase = 'review'): Schedule {
  return { due, stability: 5, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 3, lapses: 0, phase, lastReview: due - 3 * DAY };
}

function source(states: Record<string, Partial<CardState>>, introducedToday = 0): CardStateSource {
  const map = new Map(Object.entries(states).map(([id, s]) => [id, { schedule: null, introducedAt: 0, suspended: false, buriedUntil: 0, ...s }]));
  return { statesOf: (cards) => cards.map((c) => map.get(c.id)), introducedOn: () => introducedToday };
}

const ids = (cards: DrillCard[]) => cards.map((c) => c.id);

describe('buildQueue', () => {
  it('puts due cards first, most overdue first, then new cards in note order', () => {
    const cards = ['new1', 'late', 'later', 'new2', 'today', 'tomorrow', 'learning'].map((id) => card(id));
    const store = source({
      late: { schedule: schedule(NOW - DAY) },
      later: { schedule: schedule(NOW - 5 * DAY) },
      today: { schedule: schedule(NOW + 10 * HOUR) }, // due tonight: still today's
      tomorrow: { schedule: schedule(NOW + DAY) },
      learning: { schedule: schedule(NOW + LEARN_AHEAD_MS, 'learning') },
    });
    const queue = buildQueue(cards, store, { kind: 'folder', folder: '' }, NOW);
    expect(ids(queue.cards)).toEqual(['later', 'late', 'learning', 'today', 'new1', 'new2']);
    expect([queue.dueCount, queue.newCount]).toEqual([4, 2]);
  });

  it('does not bring learning cards forward by more than the learn-ahead time', () => {
    const store = source({ step: { schedule: schedule(NOW + LEARN_AHEAD_MS + 1, 'relearning') } });
    expect(buildQueue([card('step')], store, { kind: 'due' }, NOW).cards).toEqual([]);
  });

  it('leaves out suspended cards and cards buried until later, but not those whose burial is over', () => {
    const cards = ['suspended', 'buried', 'unburied', 'suspendedNew', 'buriedNew'].map((id) => card(id));
    const store = source({
      suspended: { schedule: schedule(NOW - DAY), suspended: true },
      buried: { schedule: schedule(NOW - DAY), buriedUntil: NOW + HOUR },
      unburied: { schedule: schedule(NOW - DAY), buriedUntil: NOW - HOUR },
      suspendedNew: { suspended: true },
      buriedNew: { buriedUntil: NOW + HOUR },
    });
    expect(ids(buildQueue(cards, store, { kind: 'folder', folder: '' }, NOW).cards)).toEqual(['unburied']);
  });

  it('limits new cards to what is left of the day, counting cards introduced today', () => {
    const cards = Array.from({ length: 30 }, (_, i) => card(`n${i}`));
    expect(buildQueue(cards, source({}), { kind: 'folder', folder: '' }, NOW).newCount).toBe(20);
    expect(buildQueue(cards, source({}, 15), { kind: 'folder', folder: '' }, NOW).newCount).toBe(5);
    expect(buildQueue(cards, source({}, 25), { kind: 'folder', folder: '' }, NOW).newCount).toBe(0);
    expect(ids(buildQueue(cards, source({}), { kind: 'folder', folder: '' }, NOW, { newCardsPerDay: 3 }).cards)).toEqual(['n0', 'n1', 'n2']);
  });

  it('studies one deck, a folder with its subfolders, a tag with its nested tags, all due cards, or the unanswered questions', () => {
    const cards = [
      card('a', { notePath: 'go/a.md', folder: 'go', tags: ['Concurrency'] }),
      card('b', { notePath: 'go/deep/b.md', folder: 'go/deep', tags: ['concurrency/channels'] }),
      card('c', { notePath: 'gopher/c.md', folder: 'gopher', tags: ['concurrency-x'], answered: false }),
      card('d', { notePath: 'd.md', folder: '', tags: [], answered: false }),
    ];
    const store = source({ d: { schedule: schedule(NOW - DAY) } });
    const select = (selection: Parameters<typeof buildQueue>[2]) => ids(buildQueue(cards, store, selection, NOW).cards);
    expect(select({ kind: 'deck', notePath: 'go/deep/b.md' })).toEqual(['b']);
    expect(select({ kind: 'folder', folder: 'go' })).toEqual(['a', 'b']);
    expect(select({ kind: 'folder', folder: '' })).toEqual(['d', 'a', 'b', 'c']);
    expect(select({ kind: 'tag', tag: '#concurrency' })).toEqual(['a', 'b']);
    expect(select({ kind: 'tag', tag: 'Concurrency/Channels' })).toEqual(['b']);
    expect(select({ kind: 'due' })).toEqual(['d']);
    expect(select({ kind: 'unanswered' })).toEqual(['d', 'c']);
  });
});

describe('deckCounts', () => {
  it('counts new, due and total per note, per folder (with subfolders) and per tag (with nested tags, any case)', () => {
    const cards = [
      card('a', { notePath: 'go/a.md', folder: 'go', tags: ['Go', 'go/channels'] }),
      card('b', { notePath: 'go/a.md', folder: 'go', tags: ['go'] }),
      card('c', { notePath: 'go/deep/c.md', folder: 'go/deep', tags: ['GO/Channels'] }),
      card('d', { notePath: 'd.md', folder: '', tags: [] }),
      card('e', { notePath: 'd.md', folder: '', tags: [] }),
    ];
    const store = source(
      {
        a: { schedule: schedule(NOW - DAY) },
        b: { schedule: schedule(NOW + 3 * DAY) },
        d: { schedule: schedule(NOW - DAY), suspended: true },
        e: { buriedUntil: NOW + HOUR },
      },
      4,
    );
    const counts = deckCounts(cards, store, NOW, 20);
    expect(counts.notes).toEqual({
      'go/a.md': { new: 0, due: 1, total: 2 },
      'go/deep/c.md': { new: 1, due: 0, total: 1 },
      'd.md': { new: 0, due: 0, total: 2 },
    });
    expect(counts.folders).toEqual({
      '': { new: 1, due: 1, total: 5 },
      go: { new: 1, due: 1, total: 3 },
      'go/deep': { new: 1, due: 0, total: 1 },
    });
    expect(counts.tags).toEqual({
      Go: { new: 1, due: 1, total: 3 }, // card a counts once although it has go and go/channels
      'go/channels': { new: 1, due: 1, total: 2 },
    });
    expect(counts.newLeftToday).toBe(16);
  });
});
