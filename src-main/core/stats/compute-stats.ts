/**
 * The Stats screen's figures (issue 5, "Progress"), computed from the review
 * log, the mock sessions and the cards' current schedules. Pure: no I/O, no
 * clock (the caller passes `now`), so it runs in the core, in a worker or in
 * a test alike. One pass over each input; 100,000 reviews take a few ms.
 *
 * Days are study days, as in the drills (`../drills/day.ts`): a day starts at
 * 4 a.m. local time, so a review at 1 a.m. counts for the evening before.
 * "Local" is the process's time zone, or a fixed offset when
 * `timeZoneOffsetMinutes` is given (the renderer's zone, tests).
 *
 * Approximations, all chosen so as not to break a streak wrongly:
 * - A day "had cards due" when the inputs prove a card was due and not yet
 *   reviewed that day:
 *   1. from the log: every grade that was not undone and whose card was not
 *      new carries `before.due`; the card was due on every day from the day of
 *      `before.due` up to the day before that grade (the grade's own day is a
 *      practice day anyway);
 *   2. from `schedules` (the current schedules; pass only cards that still
 *      exist and are not suspended): a card whose `due` is at or before `now`
 *      was due on every day from its due day through today.
 *   A card whose last grade's `after.due` has passed but which is not in
 *   `schedules` (deleted, suspended) counts for nothing. Suspensions and
 *   buries between two grades are not subtracted (the log's suspend/bury
 *   entries are ignored), so such a gap can count as due.
 * - A practice day is one with at least one review that was not undone, or a
 *   mock session started that day with some answering time.
 * - Streak: a past day with practice extends it; a past day with no practice
 *   breaks it only if it had cards due; a day with neither is skipped
 *   (neither breaks nor counts). Today never breaks it (the day is not over)
 *   and counts once practised. Lengths count practice days.
 * - Retention: grades of cards whose `before.phase` was `review` (not new, not
 *   learning or relearning), passed when the grade is not `again`. Exact from
 *   the log's fields; undone grades are left out.
 * - Mock: answers with `usedMs > 0` (unanswered questions are left out);
 *   over target when `overtimeMs > 0` or `usedMs` exceeds the plan's answer
 *   time. The averages are over all answers of the last 50 sessions
 *   (answer-weighted, not the mean of session means).
 */
import type { ForecastDay, MockSessionTrend, MockTrends, PracticeStats, Retention, RetentionFigure, StatsDay, Streak } from '../../contract';
import { DAY_STARTS_AT_HOUR, nextStudyDayStart, studyDayStart } from '../drills/day';
import type { LogEntry } from '../drills/log-entry';
import type { MockAnswer, MockPlan, MockSession } from '../../contract/mock';

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const RETENTION_RECENT_DAYS = 30;
export const MOCK_TREND_SESSIONS = 50;

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** What the stats read of a mock session; a `MockSession` is one. */
export type StatsSession = Pick<MockSession, 'id' | 'title' | 'startedAt' | 'status'> & {
  plan: Pick<MockPlan, 'answerSeconds'>;
  answers: readonly Pick<MockAnswer, 'usedMs' | 'overtimeMs'>[];
};

/** What the stats read of a card's current schedule (`Schedule` is one). */
export interface StatsSchedule {
  /** Epoch ms. */
  due: number;
}

export interface StatsInput {
  /** The review log's entries, any order (grades, undos; others are ignored). */
  reviews: readonly LogEntry[];
  sessions: readonly StatsSession[];
  /** Current schedules of the cards that exist and are not suspended; new cards have none. */
  schedules: readonly StatsSchedule[];
}

export interface StatsOptions {
  /** Epoch ms. */
  now: number;
  /**
   * Minutes the user's zone is ahead of UTC (+120 for CEST, −300 for EST;
   * the opposite sign of `Date#getTimezoneOffset`). Omitted: the process's
   * local zone, daylight-saving changes included, as the drills use.
   */
  timeZoneOffsetMinutes?: number;
}

/** How study days fall: their starts and names. */
interface Calendar {
  /** Epoch ms when the study day containing `ms` began. */
  startOf(ms: number): number;
  /** Epoch ms when the study day beginning at `start` ends. */
  next(start: number): number;
  /** 'YYYY-MM-DD' of the study day beginning at `start`. */
  name(start: number): string;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

const localCalendar: Calendar = {
  startOf: studyDayStart,
  next: nextStudyDayStart,
  name(start) {
    const date = new Date(start);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  },
};

function fixedOffsetCalendar(offsetMinutes: number): Calendar {
  // A study day starts at DAY_STARTS_AT_HOUR local, i.e. at this many ms past a UTC midnight.
  const shift = DAY_STARTS_AT_HOUR * 60 * MINUTE_MS - offsetMinutes * MINUTE_MS;
  return {
    startOf: (ms) => Math.floor((ms - shift) / DAY_MS) * DAY_MS + shift,
    next: (start) => start + DAY_MS,
    name: (start) => new Date(start - shift).toISOString().slice(0, 10),
  };
}

/** Consecutive study days from the first one needed to the end of the forecast, and which day a time falls on. */
class DayIndex {
  /** starts[i] is day i's start; starts[length - 1] ends the last day. */
  readonly starts: Float64Array;
  readonly count: number;

  constructor(
    readonly calendar: Calendar,
    first: number,
    lastDayStart: number,
  ) {
    const starts: number[] = [];
    let start = calendar.startOf(first);
    for (; start <= lastDayStart; start = calendar.next(start)) starts.push(start);
    starts.push(start);
    this.starts = Float64Array.from(starts);
    this.count = starts.length - 1;
  }

  /** The day `ms` falls on: -1 before the first, `count` after the last. */
  of(ms: number): number {
    const starts = this.starts;
    if (ms < starts[0]!) return -1;
    if (ms >= starts[this.count]!) return this.count;
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= ms) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  name(day: number): string {
    return this.calendar.name(this.starts[day]!);
  }
}

const figure = (reviews: number, passed: number): RetentionFigure => ({ reviews, passed, rate: reviews > 0 ? passed / reviews : null });

export function computeStats(input: StatsInput, options: StatsOptions): PracticeStats {
  const { now } = options;
  const calendar = options.timeZoneOffsetMinutes === undefined ? localCalendar : fixedOffsetCalendar(options.timeZoneOffsetMinutes);

  // The days to index: from the earliest practice (for the longest streak) or a year back, to the forecast's end.
  let earliest = now - HEATMAP_DAYS * DAY_MS;
  const undone = new Set<number>();
  for (const entry of input.reviews) {
    if (entry.type === 'undo') undone.add(entry.undoes);
    else if (entry.type === 'grade' && entry.at < earliest) earliest = entry.at;
  }
  for (const session of input.sessions) if (session.startedAt < earliest) earliest = session.startedAt;
  let lastDayStart = calendar.startOf(now);
  for (let i = 0; i < FORECAST_DAYS - 1; i++) lastDayStart = calendar.next(lastDayStart);
  const index = new DayIndex(calendar, earliest, lastDayStart);
  const today = index.of(now);
  const dayCount = index.count;

  const reviews = new Uint32Array(dayCount);
  const mockMs = new Float64Array(dayCount);
  /** Difference array: dueDelta[a]++, dueDelta[b + 1]-- marks days a..b as having cards due. */
  const dueDelta = new Int32Array(dayCount + 1);
  const markDue = (from: number, to: number) => {
    const a = Math.max(0, from);
    const b = Math.min(to, today);
    if (a > b) return;
    dueDelta[a]!++;
    dueDelta[b + 1]!--;
  };

  const recentStart = index.starts[Math.max(0, today - (RETENTION_RECENT_DAYS - 1))]!;
  let allReviews = 0;
  let allPassed = 0;
  let recentReviews = 0;
  let recentPassed = 0;
  for (const entry of input.reviews) {
    if (entry.type !== 'grade' || undone.has(entry.seq)) continue;
    const day = index.of(entry.at);
    if (day >= 0 && day < dayCount) reviews[day]!++;
    const before = entry.before;
    if (before === null) continue;
    markDue(index.of(before.due), day - 1);
    if (before.phase !== 'review') continue;
    const passed = entry.grade !== 'again' ? 1 : 0;
    allReviews++;
    allPassed += passed;
    if (entry.at >= recentStart && entry.at <= now) {
      recentReviews++;
      recentPassed += passed;
    }
  }

  const forecastCounts = new Uint32Array(FORECAST_DAYS);
  for (const schedule of input.schedules) {
    const day = index.of(schedule.due);
    if (schedule.due <= now) markDue(day, today);
    const ahead = Math.max(0, day - today);
    if (ahead < FORECAST_DAYS) forecastCounts[ahead]!++;
  }

  const sorted = [...input.sessions].sort((a, b) => a.startedAt - b.startedAt);
  for (const session of sorted) {
    const day = index.of(session.startedAt);
    if (day < 0 || day >= dayCount) continue;
    let used = 0;
    for (const answer of session.answers) if (answer.usedMs > 0) used += answer.usedMs;
    mockMs[day] = mockMs[day]! + used;
  }

  // Streak, over every indexed day up to today.
  let run = 0;
  let longest = 0;
  let due = 0;
  for (let day = 0; day <= today; day++) {
    due += dueDelta[day]!;
    if (reviews[day]! > 0 || mockMs[day]! > 0) {
      run++;
      if (run > longest) longest = run;
    } else if (due > 0 && day < today) run = 0;
  }
  const practisedToday = reviews[today]! > 0 || mockMs[today]! > 0;

  const days: StatsDay[] = [];
  for (let day = Math.max(0, today - (HEATMAP_DAYS - 1)); day <= today; day++) {
    days.push({ date: index.name(day), reviews: reviews[day]!, mockMinutes: Math.round(mockMs[day]! / 6000) / 10 });
  }

  const forecast: ForecastDay[] = [];
  for (let ahead = 0; ahead < FORECAST_DAYS; ahead++) forecast.push({ date: index.name(today + ahead), due: forecastCounts[ahead]! });

  return {
    days,
    streak: { current: run, longest, practisedToday },
    retention: { last30Days: figure(recentReviews, recentPassed), allTime: figure(allReviews, allPassed) },
    forecast,
    mock: mockTrends(sorted.slice(-MOCK_TREND_SESSIONS)),
  };
}

function mockTrends(sessions: readonly StatsSession[]): MockTrends {
  let answers = 0;
  let overtime = 0;
  let over = 0;
  const trends = sessions.map((session): MockSessionTrend => {
    const targetMs = session.plan.answerSeconds * 1000;
    let count = 0;
    let sessionOvertime = 0;
    let sessionOver = 0;
    for (const answer of session.answers) {
      if (!(answer.usedMs > 0)) continue;
      count++;
      sessionOvertime += Math.max(0, answer.overtimeMs);
      if (answer.overtimeMs > 0 || answer.usedMs > targetMs) sessionOver++;
    }
    answers += count;
    overtime += sessionOvertime;
    over += sessionOver;
    return {
      id: session.id,
      title: session.title,
      startedAt: session.startedAt,
      status: session.status,
      answers: count,
      avgOvertimeMs: count > 0 ? sessionOvertime / count : null,
      overTargetShare: count > 0 ? sessionOver / count : null,
    };
  });
  return { sessions: trends, answers, avgOvertimeMs: answers > 0 ? overtime / answers : null, overTargetShare: answers > 0 ? over / answers : null };
}
