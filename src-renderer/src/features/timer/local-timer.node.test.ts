import { describe, expect, it } from 'vitest';
import type { TimerSnapshot } from '../../../../src-main/contract';
import { anchor, clockText, cueLevel, msUntilNextChange, shownMs, type LocalTimer } from './local-timer';

const WALL = 1_700_000_000_000;

function snapshot(patch: Partial<TimerSnapshot>): TimerSnapshot {
  return { mode: 'countdown', status: 'running', durationMs: 60_000, elapsedMs: 0, remainingMs: 60_000, label: null, at: WALL, version: 1, ...patch };
}

/** A snapshot that arrived at the page's performance.now() of 1000. */
const arrived = (patch: Partial<TimerSnapshot>, trip = 0): LocalTimer => anchor(snapshot(patch), 1000, WALL + trip);

describe('the page’s local timer', () => {
  it('counts a running countdown down from the snapshot with the page’s clock', () => {
    const timer = arrived({ elapsedMs: 20_000 });
    expect(clockText(timer, 1000)).toBe('0:40');
    expect(clockText(timer, 1000 + 999)).toBe('0:40');
    expect(clockText(timer, 1000 + 1000)).toBe('0:39');
    expect(shownMs(timer, 1000 + 120_000)).toBe(0);
  });

  it('allows for the snapshot’s trip from the core, but not for a disagreeing clock', () => {
    expect(shownMs(arrived({ elapsedMs: 20_000 }, 40), 1000)).toBe(39_960);
    expect(shownMs(arrived({ elapsedMs: 20_000 }, 60_000), 1000)).toBe(39_000);
    expect(shownMs(arrived({ elapsedMs: 20_000 }, -5000), 1000)).toBe(40_000);
  });

  it('holds still when paused, idle or finished', () => {
    for (const status of ['paused', 'idle', 'finished'] as const) {
      const timer = arrived({ status, elapsedMs: 15_000 });
      expect(shownMs(timer, 1000 + 60_000), status).toBe(45_000);
      expect(msUntilNextChange(timer, 1000), status).toBeNull();
    }
  });

  it('counts a stopwatch up', () => {
    const timer = arrived({ mode: 'stopwatch', durationMs: 0, remainingMs: null, elapsedMs: 61_500 });
    expect(clockText(timer, 1000)).toBe('1:01');
    expect(msUntilNextChange(timer, 1000)).toBe(500);
    expect(clockText(timer, 1000 + 500)).toBe('1:02');
    expect(cueLevel(timer, 1000 + 3_600_000)).toBe('none');
  });

  it('repaints exactly when the shown second changes', () => {
    const timer = arrived({ elapsedMs: 20_250 });
    expect(clockText(timer, 1000)).toBe('0:40');
    expect(msUntilNextChange(timer, 1000)).toBe(750);
    expect(clockText(timer, 1000 + 750)).toBe('0:39');
    expect(msUntilNextChange(timer, 1000 + 750)).toBe(1000);
    expect(msUntilNextChange(timer, 1000 + 40_000)).toBeNull();
  });

  it('turns to the warning colour in the last 30 s of a longer countdown, and to the end colour at 0:00', () => {
    const timer = arrived({ elapsedMs: 29_000 });
    expect(cueLevel(timer, 1000)).toBe('none');
    expect(cueLevel(timer, 1000 + 999)).toBe('none');
    expect(cueLevel(timer, 1000 + 1000)).toBe('warning');
    expect(cueLevel(timer, 1000 + 31_000)).toBe('end');
    expect(cueLevel(arrived({ status: 'paused', elapsedMs: 45_000 }), 1000)).toBe('warning');
    expect(cueLevel(arrived({ status: 'finished', elapsedMs: 60_000 }), 1000)).toBe('end');
    expect(cueLevel(arrived({ status: 'idle' }), 1000)).toBe('none');
    expect(cueLevel(arrived({ durationMs: 30_000, elapsedMs: 10_000 }), 1000)).toBe('none');
  });
});
