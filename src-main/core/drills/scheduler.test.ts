import { describe, expect, it } from 'vitest';
import { CoachError } from '../../contract/errors';
import { formatInterval } from './interval-label';
import { Scheduler, type Schedule } from './scheduler';

const T0 = Date.UTC(2025, 0, 6, 9); // a Monday morning
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('Scheduler', () => {
  const scheduler = new Scheduler({ fuzz: false });

  it('moves a new card through learning into review, with growing intervals on Good', () => {
    let schedule: Schedule | null = null;
    let now = T0;
    const intervals: number[] = [];
    const phases: string[] = [];
    for (let i = 0; i < 6; i++) {
      schedule = scheduler.next(schedule, 'good', now);
      intervals.push(schedule.due - now);
      phases.push(schedule.phase);
      expect(schedule.lastReview).toBe(now);
      expect(schedule.reps).toBe(i + 1);
      now = schedule.due;
    }
    expect(phases).toEqual(['learning', 'review', 'review', 'review', 'review', 'review']);
    expect(intervals[0]).toBe(10 * MINUTE); // the second learning step
    for (let i = 2; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)).toBeGreaterThan(30 * DAY);
  });

  it('sends a review card back to relearning on Again, counting a lapse and cutting stability', () => {
    let schedule: Schedule | null = null;
    let now = T0;
    for (let i = 0; i < 4; i++) {
      schedule = scheduler.next(schedule, 'good', now);
      now = schedule.due;
    }
    const before = schedule!;
    const after = scheduler.next(before, 'again', now);
    expect(after.phase).toBe('relearning');
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.stability).toBeLessThan(before.stability);
    expect(after.due - now).toBeLessThanOrEqual(10 * MINUTE);
  });

  it('previews exactly what each grade does, with intervals ordered Again < Hard < Good < Easy', () => {
    const preview = scheduler.preview(null, T0);
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      expect(preview[grade].schedule).toEqual(scheduler.next(null, grade, T0));
      expect(preview[grade].intervalMs).toBe(preview[grade].schedule.due - T0);
    }
    expect(preview.again.intervalMs).toBeLessThan(preview.hard.intervalMs);
    expect(preview.hard.intervalMs).toBeLessThan(preview.good.intervalMs);
    expect(preview.good.intervalMs).toBeLessThan(preview.easy.intervalMs);
    expect(preview.easy.schedule.phase).toBe('review');
  });

  it('keeps the schedule as plain JSON that survives a round trip', () => {
    const schedule = scheduler.next(scheduler.next(null, 'good', T0), 'good', T0 + 10 * MINUTE);
    const copy = JSON.parse(JSON.stringify(schedule)) as Schedule;
    expect(copy).toEqual(schedule);
    expect(scheduler.next(copy, 'hard', T0 + 5 * DAY)).toEqual(scheduler.next(schedule, 'hard', T0 + 5 * DAY));
  });

  it('schedules shorter intervals for a higher desired retention', () => {
    const card = scheduler.next(null, 'easy', T0);
    const at = (retention: number) => new Scheduler({ fuzz: false, desiredRetention: retention }).next(card, 'good', card.due).scheduledDays;
    expect(at(0.95)).toBeLessThan(at(0.9));
    expect(at(0.9)).toBeLessThan(at(0.8));
  });

  it('changes desired retention in place and refuses values outside 0.7 to 0.99', () => {
    const adjustable = new Scheduler({ fuzz: false });
    const card = adjustable.next(null, 'easy', T0);
    const normal = adjustable.next(card, 'good', card.due).scheduledDays;
    adjustable.desiredRetention = 0.97;
    expect(adjustable.next(card, 'good', card.due).scheduledDays).toBeLessThan(normal);
    expect(() => (adjustable.desiredRetention = 1.2)).toThrow(CoachError);
    expect(() => new Scheduler({ desiredRetention: 0.5 })).toThrow(/between 0.7 and 0.99/);
  });

  it('grades a card when the clock was set back before its last review, as if at that review', () => {
    const card = scheduler.next(scheduler.next(null, 'easy', T0), 'good', T0 + 20 * DAY);
    const earlier = T0 + 10 * DAY;
    expect(scheduler.next(card, 'good', earlier)).toEqual(scheduler.next(card, 'good', card.lastReview));
    expect(scheduler.preview(card, earlier).again.schedule).toEqual(scheduler.next(card, 'again', card.lastReview));
  });

  it('fuzzes review intervals only when asked to', () => {
    const card = new Scheduler({ fuzz: false }).next(null, 'easy', T0);
    const later = card.due + 30 * DAY;
    const plain = new Scheduler({ fuzz: false }).next(card, 'good', later).scheduledDays;
    const fuzzed = Array.from({ length: 20 }, (_, i) => new Scheduler({ fuzz: true }).next(card, 'good', later + i * MINUTE).scheduledDays);
    expect(new Set(fuzzed).size).toBeGreaterThan(1);
    for (const days of fuzzed) expect(Math.abs(days - plain)).toBeLessThanOrEqual(Math.ceil(plain * 0.15));
  });
});

describe('formatInterval', () => {
  it.each([
    [20_000, '<1 min'],
    [MINUTE, '1 min'],
    [10 * MINUTE, '10 min'],
    [3 * 60 * MINUTE, '3 h'],
    [DAY, '1 d'],
    [4 * DAY, '4 d'],
    [60 * DAY, '2 mo'],
    [75 * DAY, '2.5 mo'],
    [365 * DAY, '1 y'],
    [500 * DAY, '1.4 y'],
  ])('%d ms → %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
