/**
 * The Stats part of the contract: practice over time, computed in the core
 * (core/stats/compute-stats.ts) from the drills' review log and schedules
 * and the mock interviews. Free of Node and DOM APIs.
 */
import type { MockSession } from './mock';

export interface StatsDay {
  /** The study day's local date, 'YYYY-MM-DD'. */
  date: string;
  /** Grades not undone. */
  reviews: number;
  /** Answering time of mock sessions started that day, in minutes (one decimal). */
  mockMinutes: number;
}

export interface Streak {
  /** Practice days in the run that reaches today. */
  current: number;
  longest: number;
  practisedToday: boolean;
}

export interface RetentionFigure {
  /** Grades of cards in review. */
  reviews: number;
  /** Of those, graded other than "again". */
  passed: number;
  /** passed / reviews; null without reviews. */
  rate: number | null;
}

export interface Retention {
  /** Today and the 29 days before it. */
  last30Days: RetentionFigure;
  allTime: RetentionFigure;
}

export interface ForecastDay {
  date: string;
  /** Cards due that day; day 0 (today) includes every overdue card. */
  due: number;
}

export interface MockSessionTrend {
  id: string;
  title: string;
  startedAt: number;
  status: MockSession['status'];
  /** Answers with answering time. */
  answers: number;
  /** Mean overtime per answer, ms; null without answers. */
  avgOvertimeMs: number | null;
  /** Share of answers over the target time, 0–1; null without answers. */
  overTargetShare: number | null;
}

export interface MockTrends {
  /** The last 50 sessions, oldest first (a chart's x axis). */
  sessions: MockSessionTrend[];
  /** Over all answers of those sessions. */
  answers: number;
  avgOvertimeMs: number | null;
  overTargetShare: number | null;
}

export interface PracticeStats {
  /** The last 365 study days, oldest first, today last. */
  days: StatsDay[];
  streak: Streak;
  retention: Retention;
  /** The next 30 study days, today first. */
  forecast: ForecastDay[];
  mock: MockTrends;
}
