/** The end-of-session summary: how many cards, how long, which grades. */
import type { GradeEntry } from './log-entry';
import { GRADES, type Grade } from './scheduler';

export interface SessionSummary {
  /** Distinct cards graded. */
  cards: number;
  /** Grades given (a card seen again after "Again" counts twice). */
  reviews: number;
  /** Time spent answering, summed over the grades. */
  timeMs: number;
  grades: Record<Grade, number>;
}

export function summarizeSession(grades: readonly Pick<GradeEntry, 'cardId' | 'grade' | 'elapsedMs'>[]): SessionSummary {
  const counts = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<Grade, number>;
  const cards = new Set<string>();
  let timeMs = 0;
  for (const entry of grades) {
    cards.add(entry.cardId);
    counts[entry.grade]++;
    timeMs += entry.elapsedMs;
  }
  return { cards: cards.size, reviews: grades.length, timeMs, grades: counts };
}
