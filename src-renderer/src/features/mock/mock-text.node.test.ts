import { describe, expect, it } from 'vitest';
import type { MockPlan } from '../../../../src-main/contract';
import { formatMs, planSummary, timeUsedText } from './mock-text';

const plan: MockPlan = {
  kind: 'behavioral',
  questionCount: 5,
  thinkSeconds: 30,
  answerSeconds: 120,
  autoAdvance: false,
  shuffle: true,
  notePaths: [],
  tags: [],
  competencies: [],
  linkedToStories: false,
};

describe('mock text', () => {
  it('formats times as m:ss, rounding down', () => {
    expect(formatMs(0)).toBe('0:00');
    expect(formatMs(59_999)).toBe('0:59');
    expect(formatMs(125_000)).toBe('2:05');
    expect(formatMs(-5)).toBe('0:00');
  });

  it('sums a set-up up', () => {
    expect(planSummary(plan)).toBe('5 questions · think 0:30 · answer 2:00 · overtime counts on');
    expect(planSummary({ ...plan, questionCount: 1, thinkSeconds: 0, autoAdvance: true })).toBe('1 question · answer 2:00 · moves on when time is up');
  });

  it('says how the time used compares with the target', () => {
    expect(timeUsedText(102_000, 120_000, 0)).toBe('1:42 of 2:00');
    expect(timeUsedText(151_000, 120_000, 31_000)).toBe('2:31 — 0:31 over 2:00');
  });
});
