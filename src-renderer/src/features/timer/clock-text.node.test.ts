import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from './clock-text';

describe('formatClock', () => {
  it('shows m:ss, with a countdown rounding up and a stopwatch rounding down', () => {
    expect(formatClock(5000, 'countdown')).toBe('0:05');
    expect(formatClock(4001, 'countdown')).toBe('0:05');
    expect(formatClock(4001, 'stopwatch')).toBe('0:04');
    expect(formatClock(60_000, 'countdown')).toBe('1:00');
    expect(formatClock(59_999, 'stopwatch')).toBe('0:59');
    expect(formatClock(12 * 60_000, 'countdown')).toBe('12:00');
    expect(formatClock(75 * 60_000 + 3000, 'stopwatch')).toBe('75:03');
    expect(formatClock(4 * 3_600_000, 'countdown')).toBe('240:00');
  });

  it('reaches 0:00 only at the end, and never goes below it', () => {
    expect(formatClock(1, 'countdown')).toBe('0:01');
    expect(formatClock(0, 'countdown')).toBe('0:00');
    expect(formatClock(-250, 'countdown')).toBe('0:00');
    expect(formatClock(0, 'stopwatch')).toBe('0:00');
  });
});

describe('parseClock', () => {
  it('reads minutes or m:ss', () => {
    expect(parseClock('7')).toBe(7 * 60_000);
    expect(parseClock(' 1.5 ')).toBe(90_000);
    expect(parseClock('2:30')).toBe(150_000);
    expect(parseClock('0:45')).toBe(45_000);
    expect(parseClock('240')).toBe(4 * 3_600_000);
  });

  it('refuses what is not a countdown length between 1 s and 4 h', () => {
    for (const text of ['', 'abc', '0', '0:00', '0.001', '1:60', '1:5', '-1', '241', '240:01', '1.5:30', '1e3', '2 min']) {
      expect(parseClock(text), text).toBeNull();
    }
  });
});
