/**
 * Stats screen figure (issue 5): `stats_1y_ms`, computing the Stats screen
 * from a generated year of daily practice: 100,000 reviews (with some undos)
 * over 20,000 cards, 300 mock sessions of 5 answers, and the 20,000 cards'
 * current schedules. Median of the runs after warm-up.
 *
 * (The file is not `bench/stats.ts`: that name holds the benchmarks' shared
 * sample statistics helpers.)
 */
import type { LogEntry } from '../src-main/core/drills/log-entry';
import type { Grade, Schedule } from '../src-main/core/drills/scheduler';
import { computeStats, type StatsInput, type StatsSession } from '../src-main/core/stats/compute-stats';
import { median, round, time } from './stats';

const DAY_MS = 86_400_000;
const REVIEWS = 100_000;
const CARDS = 20_000;
const SESSIONS = 300;
const RUNS = 20;
const WARM_UP = 5;

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateYear(now: number): StatsInput {
  const rand = random(42);
  const start = now - 365 * DAY_MS;
  const schedules = new Map<string, Schedule>();
  const reviews: LogEntry[] = [];
  const grades: Grade[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];
  let seq = 0;
  for (let i = 0; i < REVIEWS; i++) {
    const at = start + Math.floor((i / REVIEWS) * 365 * DAY_MS) + Math.floor(rand() * 3_600_000);
    const cardId = `card-${Math.floor(rand() * CARDS)}`;
    const before = schedules.get(cardId) ?? null;
    const grade = grades[Math.floor(rand() * grades.length)]!;
    const days = grade === 'again' ? 1 : 1 + Math.floor(rand() * 30);
    const after: Schedule = {
      due: at + days * DAY_MS,
      stability: days,
      difficulty: 5,
      scheduledDays: days,
      learningSteps: 0,
      reps: (before?.reps ?? 0) + 1,
      lapses: (before?.lapses ?? 0) + (grade === 'again' ? 1 : 0),
      phase: before === null ? 'learning' : grade === 'again' ? 'relearning' : 'review',
      lastReview: at,
    };
    seq++;
    reviews.push({ seq, type: 'grade', cardId, at, grade, before, after, elapsedMs: 4000 });
    schedules.set(cardId, after);
    if (rand() < 0.01) {
      // An undo right after, then the grade again (as the user does).
      seq++;
      reviews.push({ seq, type: 'undo', cardId, at: at + 1000, undoes: seq - 1, restore: before });
      if (before === null) schedules.delete(cardId);
      else schedules.set(cardId, before);
    }
  }
  const sessions: StatsSession[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const answers = Array.from({ length: 5 }, () => {
      const usedMs = 60_000 + Math.floor(rand() * 120_000);
      return { usedMs, overtimeMs: Math.max(0, usedMs - 120_000) };
    });
    sessions.push({ id: `s${i}`, title: `Session ${i}`, startedAt: start + Math.floor((i / SESSIONS) * 365 * DAY_MS), status: 'finished', plan: { answerSeconds: 120 }, answers });
  }
  return { reviews, sessions, schedules: [...schedules.values()] };
}

export async function measure(): Promise<Record<string, number>> {
  const now = Date.UTC(2026, 10, 26, 12);
  const input = generateYear(now);
  const samples: number[] = [];
  let sink = 0;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const ms = await time(() => {
      sink += computeStats(input, { now }).days.length;
    });
    if (run >= WARM_UP) samples.push(ms);
  }
  if (sink === 0) throw new Error('stats computed nothing');
  return { stats_1y_ms: round(median(samples), 2) };
}
