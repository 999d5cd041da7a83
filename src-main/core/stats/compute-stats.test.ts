import { describe, expect, it } from 'vitest';
import type { GradeEntry, LogEntry, UndoEntry } from '../drills/log-entry';
import type { Grade, Phase, Schedule } from '../drills/scheduler';
import { computeStats, type StatsInput, type StatsSession } from './compute-stats';

/** UTC+5:30: half-hour offset, so an off-by-timezone bug cannot hide in whole hours. */
const OFFSET = 330;
/** Epoch ms of a local wall-clock time in that zone. */
const local = (month: number, day: number, hour = 12, minute = 0) => Date.UTC(2026, month - 1, day, hour, minute) - OFFSET * 60_000;
const NOW = local(3, 15, 18); // 15 March 2026, 18:00 local
const opts = { now: NOW, timeZoneOffsetMinutes: OFFSET };

let seq = 0;
const schedule = (due: number, phase: Phase = 'review'): Schedule => ({
  due,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  phase,
  lastReview: due - 10 * 86_400_000,
});
function grade(at: number, options: { card?: string; grade?: Grade; before?: Schedule | null; nextDue?: number } = {}): GradeEntry {
  return {
    seq: ++seq,
    type: 'grade',
    cardId: options.card ?? 'c1',
    at,
    grade: options.grade ?? 'good',
    before: options.before === undefined ? schedule(at) : options.before,
    after: schedule(options.nextDue ?? at + 5 * 86_400_000),
    elapsedMs: 5000,
  };
}
const undo = (entry: GradeEntry, at: number): UndoEntry => ({ seq: ++seq, type: 'undo', cardId: entry.cardId, at, undoes: entry.seq, restore: entry.before });

function session(startedAt: number, answers: [usedMs: number, overtimeMs: number][], answerSeconds = 120, id = `s${startedAt}`): StatsSession {
  return { id, title: id, startedAt, status: 'finished', plan: { answerSeconds }, answers: answers.map(([usedMs, overtimeMs]) => ({ usedMs, overtimeMs })) };
}
const input = (part: Partial<StatsInput>): StatsInput => ({ reviews: [], sessions: [], schedules: [], ...part });
const dayOf = (stats: ReturnType<typeof computeStats>, date: string) => stats.days.find((d) => d.date === date)!;

describe('computeStats', () => {
  it('gives a full, empty shape for empty inputs', () => {
    const stats = computeStats(input({}), opts);
    expect(stats.days).toHaveLength(365);
    expect(stats.days.at(-1)).toEqual({ date: '2026-03-15', reviews: 0, mockMinutes: 0 });
    expect(stats.days[0]!.date).toBe('2025-03-16');
    expect(stats.days.every((d) => d.reviews === 0 && d.mockMinutes === 0)).toBe(true);
    expect(stats.streak).toEqual({ current: 0, longest: 0, practisedToday: false });
    expect(stats.retention.allTime).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(stats.retention.last30Days.rate).toBeNull();
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast[0]).toEqual({ date: '2026-03-15', due: 0 });
    expect(stats.forecast[29]!.date).toBe('2026-04-13');
    expect(stats.mock).toEqual({ sessions: [], answers: 0, avgOvertimeMs: null, overTargetShare: null });
  });

  it('puts reviews on local study days in a non-UTC zone (4 a.m. rollover)', () => {
    const reviews = [
      grade(local(3, 14, 0, 10)), // 00:10 local on the 14th (still 13th 18:40 UTC): study day of the 13th
      grade(local(3, 14, 3, 59)), // 03:59: still the 13th
      grade(local(3, 14, 4, 0)), // 04:00: the 14th
      grade(local(3, 14, 23, 50)), // 23:50 local, already the 15th in UTC: the 14th
    ];
    const stats = computeStats(input({ reviews }), opts);
    expect(dayOf(stats, '2026-03-13').reviews).toBe(2);
    expect(dayOf(stats, '2026-03-14').reviews).toBe(2);
    expect(dayOf(stats, '2026-03-15').reviews).toBe(0);
    // The same instants in UTC fall on other days.
    const utc = computeStats(input({ reviews }), { now: NOW, timeZoneOffsetMinutes: 0 });
    expect(utc.days.find((d) => d.date === '2026-03-13')!.reviews).toBe(3);
  });

  it('uses the process zone when no offset is given, as the drills do', () => {
    const now = new Date(2026, 2, 15, 18).getTime();
    const stats = computeStats(input({ reviews: [grade(new Date(2026, 2, 15, 2).getTime()), grade(new Date(2026, 2, 15, 5).getTime())] }), { now });
    expect(stats.days.at(-1)).toMatchObject({ date: '2026-03-15', reviews: 1 });
    expect(stats.days.at(-2)).toMatchObject({ date: '2026-03-14', reviews: 1 });
  });

  it('leaves undone grades out', () => {
    const kept = grade(local(3, 15, 9));
    const undoneGrade = grade(local(3, 15, 10), { grade: 'again' });
    const stats = computeStats(input({ reviews: [kept, undoneGrade, undo(undoneGrade, local(3, 15, 10, 1))] }), opts);
    expect(stats.days.at(-1)!.reviews).toBe(1);
    expect(stats.retention.allTime).toEqual({ reviews: 1, passed: 1, rate: 1 });
  });

  it('sums mock minutes per day from the answers of sessions started that day', () => {
    const stats = computeStats(input({ sessions: [session(local(3, 14, 23), [[90_000, 0], [150_000, 30_000], [0, 0]]), session(local(3, 15, 2), [[60_000, 0]])] }), opts);
    expect(dayOf(stats, '2026-03-14').mockMinutes).toBe(5); // 23:00 and 02:00 next night are the same study day
    expect(stats.streak.practisedToday).toBe(false);
  });

  describe('streak', () => {
    it('does not break on days with nothing due, and counts practice days', () => {
      // Practice on the 10th, 12th and 15th; the card graded on the 10th is next due on the 20th: nothing due in between.
      const reviews = [grade(local(3, 10), { nextDue: local(3, 20) }), grade(local(3, 12), { card: 'c2', nextDue: local(3, 25) }), grade(local(3, 15), { card: 'c3', nextDue: local(3, 25) })];
      const stats = computeStats(input({ reviews, schedules: [{ due: local(3, 20) }, { due: local(3, 25) }, { due: local(3, 25) }] }), opts);
      expect(stats.streak).toEqual({ current: 3, longest: 3, practisedToday: true });
    });

    it('breaks on a day with cards due and no practice (known from the log)', () => {
      // c1 was due on the 11th but only reviewed on the 13th: the 11th and 12th had it due.
      const reviews = [grade(local(3, 10), { nextDue: local(3, 11, 9) }), grade(local(3, 13), { before: schedule(local(3, 11, 9)) }), grade(local(3, 14), { card: 'c2' })];
      const stats = computeStats(input({ reviews }), opts);
      expect(stats.streak.current).toBe(2); // 13th, 14th
      expect(stats.streak.longest).toBe(2);
      expect(stats.streak.practisedToday).toBe(false); // today not practised yet, but not over: no break
    });

    it('breaks on a day with cards due and no practice (known from the current schedules)', () => {
      const reviews = [grade(local(3, 10)), grade(local(3, 11)), grade(local(3, 12)), grade(local(3, 15))];
      const overdue = computeStats(input({ reviews, schedules: [{ due: local(3, 13, 9) }] }), opts);
      expect(overdue.streak).toEqual({ current: 1, longest: 3, practisedToday: true });
      // The same practice with nothing due since: the gap keeps the streak.
      const nothingDue = computeStats(input({ reviews, schedules: [{ due: local(3, 30) }] }), opts);
      expect(nothingDue.streak).toEqual({ current: 4, longest: 4, practisedToday: true });
    });

    it('counts mock sessions as practice', () => {
      const reviews = [grade(local(3, 12), { nextDue: local(3, 13, 5) }), grade(local(3, 14), { before: schedule(local(3, 13, 5)) })];
      const broken = computeStats(input({ reviews }), opts);
      expect(broken.streak.current).toBe(1);
      const kept = computeStats(input({ reviews, sessions: [session(local(3, 13, 20), [[60_000, 0]])] }), opts);
      expect(kept.streak.current).toBe(3);
    });

    it('does not let today break it', () => {
      const stats = computeStats(input({ reviews: [grade(local(3, 14))], schedules: [{ due: local(3, 15, 5) }] }), opts);
      expect(stats.streak).toEqual({ current: 1, longest: 1, practisedToday: false });
    });
  });

  it('measures retention on cards in review only, recent and all time', () => {
    const reviews: LogEntry[] = [
      grade(local(3, 14), { grade: 'good' }),
      grade(local(3, 14), { grade: 'again' }),
      grade(local(3, 14), { grade: 'hard' }),
      grade(local(3, 14), { grade: 'again', before: null }), // new card
      grade(local(3, 14), { grade: 'again', before: schedule(local(3, 14), 'learning') }),
      grade(local(3, 14), { grade: 'again', before: schedule(local(3, 14), 'relearning') }),
      grade(local(1, 10), { grade: 'again' }), // more than 30 days ago
      grade(local(1, 10), { grade: 'easy' }),
      grade(local(2, 14, 4, 30), { grade: 'again' }), // 2026-02-14: the first of the 30 days ending on the 15th of March
      grade(local(2, 14, 3, 30), { grade: 'good' }), // study day of the 13th: outside
    ];
    const stats = computeStats(input({ reviews }), opts);
    expect(stats.retention.last30Days).toEqual({ reviews: 4, passed: 2, rate: 0.5 });
    expect(stats.retention.allTime).toEqual({ reviews: 7, passed: 4, rate: 4 / 7 });
  });

  it('forecasts due cards per day, overdue on day 0, nothing past 30 days', () => {
    const schedules = [
      { due: local(1, 1) }, // long overdue
      { due: local(3, 15, 2) }, // 2 a.m. today: the study day of the 14th, overdue
      { due: local(3, 15, 20) }, // later today
      { due: local(3, 16, 3) }, // 3 a.m. tomorrow: still today's study day
      { due: local(3, 16, 4) }, // tomorrow
      { due: local(4, 13, 12) }, // day 29
      { due: local(4, 14, 12) }, // day 30: outside
    ];
    const stats = computeStats(input({ schedules }), opts);
    expect(stats.forecast[0]).toEqual({ date: '2026-03-15', due: 4 });
    expect(stats.forecast[1]).toEqual({ date: '2026-03-16', due: 1 });
    expect(stats.forecast[29]).toEqual({ date: '2026-04-13', due: 1 });
    expect(stats.forecast.reduce((sum, d) => sum + d.due, 0)).toBe(6);
  });

  it('gives mock trends per session, oldest first, the last 50, and answer-weighted averages', () => {
    const sessions = [
      session(local(3, 14, 10), [[120_000, 0], [150_000, 30_000], [0, 0]], 120, 'b'), // unanswered left out
      session(local(3, 13, 10), [[130_000, 10_000], [140_000, 20_000]], 120, 'a'),
      session(local(3, 15, 10), [[100_000, 0]], 60, 'c'), // over a 60 s target though no overtime was counted (auto-advance off, say)
      session(local(3, 15, 11), [[0, 0]], 60, 'd'),
    ];
    const { mock } = computeStats(input({ sessions }), opts);
    expect(mock.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(mock.sessions[0]).toMatchObject({ answers: 2, avgOvertimeMs: 15_000, overTargetShare: 1 });
    expect(mock.sessions[1]).toMatchObject({ answers: 2, avgOvertimeMs: 15_000, overTargetShare: 0.5 });
    expect(mock.sessions[2]).toMatchObject({ answers: 1, avgOvertimeMs: 0, overTargetShare: 1 });
    expect(mock.sessions[3]).toMatchObject({ answers: 0, avgOvertimeMs: null, overTargetShare: null });
    expect(mock.answers).toBe(5);
    expect(mock.avgOvertimeMs).toBe(12_000);
    expect(mock.overTargetShare).toBe(0.8);

    const many = Array.from({ length: 60 }, (_, i) => session(local(1, 1) + i * 3_600_000, [[60_000, 0]], 120, `m${i}`));
    const trends = computeStats(input({ sessions: many }), opts).mock;
    expect(trends.sessions).toHaveLength(50);
    expect(trends.sessions[0]!.id).toBe('m10');
    expect(trends.sessions.at(-1)!.id).toBe('m59');
  });

  it('counts practice older than the heatmap towards the longest streak', () => {
    const reviews = Array.from({ length: 10 }, (_, i) => grade(Date.UTC(2024, 0, 1 + i, 12), { card: `old${i}` }));
    const stats = computeStats(input({ reviews }), opts);
    expect(stats.streak).toEqual({ current: 10, longest: 10, practisedToday: false });
    expect(stats.days.every((d) => d.reviews === 0)).toBe(true);
  });
});
