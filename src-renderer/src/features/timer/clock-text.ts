/** The timer's time as people read and type it: `m:ss`. */
import type { TimerMode } from '../../../../src-main/contract';

const SECOND = 1000;
/** The contract's bounds for a countdown (checked again in the core). */
const MIN_MS = SECOND;
const MAX_MS = 4 * 60 * 60 * SECOND;

/**
 * `m:ss`, minutes unbounded (`75:00`). A countdown rounds up, so it shows
 * 1:00 for its whole first second and reaches 0:00 only at the end; a
 * stopwatch rounds down, so it shows 0:00 for its first.
 */
export function formatClock(ms: number, mode: TimerMode): string {
  const seconds = Math.max(0, mode === 'countdown' ? Math.ceil(ms / SECOND) : Math.floor(ms / SECOND));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A custom countdown as typed: minutes (`7`, `1.5`) or `m:ss` (`2:30`, `0:45`); null when not a valid length. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)(?::([0-5]\d))?\s*$/.exec(text);
  if (!match) return null;
  const [, minutes, seconds] = match;
  if (seconds !== undefined && minutes!.includes('.')) return null;
  const ms = Math.round(Number(minutes) * 60 * SECOND) + Number(seconds ?? 0) * SECOND;
  return ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}
