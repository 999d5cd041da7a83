import { describe, expect, it } from 'vitest';
import { summarizeSession } from './session-summary';

describe('summarizeSession', () => {
  it('counts distinct cards, reviews, time and each grade', () => {
    const summary = summarizeSession([
      { cardId: 'a', grade: 'again', elapsedMs: 20_000 },
      { cardId: 'b', grade: 'good', elapsedMs: 5_000 },
      { cardId: 'a', grade: 'hard', elapsedMs: 8_000 },
      { cardId: 'c', grade: 'easy', elapsedMs: 1_000 },
    ]);
    expect(summary).toEqual({ cards: 3, reviews: 4, timeMs: 34_000, grades: { again: 1, hard: 1, good: 1, easy: 1 } });
  });

  it('summarises an empty session as zeros', () => {
    expect(summarizeSession([])).toEqual({ cards: 0, reviews: 0, timeMs: 0, grades: { again: 0, hard: 0, good: 0, easy: 0 } });
  });
});
