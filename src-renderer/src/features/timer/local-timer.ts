/**
 * The page's view of the core's timer between two snapshots. The core sends
 * a snapshot only when the state changes; the page counts on from it with its
 * own monotonic clock (`performance.now()`), so the display needs no message
 * per second and cannot drift from the core by more than the snapshot's trip.
 */
import type { TimerSnapshot } from '../../../../src-main/contract';
import { formatClock } from './clock-text';

/** The warning colour comes this long before a countdown's end, as the core's cue does. */
const WARNING_BEFORE_END_MS = 30_000;
/** A snapshot older than this on arrival means the clocks disagree, not a slow trip: trust it as new. */
const MAX_TRIP_MS = 1000;

export interface LocalTimer {
  snapshot: TimerSnapshot;
  /** The page's `performance.now()` at the snapshot's instant. */
  base: number;
}

export type CueLevel = 'none' | 'warning' | 'end';

/** Anchors a snapshot that arrived at `perfNow` / `wallNow`, allowing for its trip from the core. */
export function anchor(snapshot: TimerSnapshot, perfNow: number, wallNow: number): LocalTimer {
  const trip = Math.min(MAX_TRIP_MS, Math.max(0, wallNow - snapshot.at));
  return { snapshot, base: perfNow - trip };
}

export function elapsedAt({ snapshot, base }: LocalTimer, perfNow: number): number {
  if (snapshot.status !== 'running') return snapshot.elapsedMs;
  const elapsed = snapshot.elapsedMs + (perfNow - base);
  return snapshot.mode === 'countdown' ? Math.min(elapsed, snapshot.durationMs) : elapsed;
}

/** What the header shows: the time left of a countdown, the time counted by a stopwatch. */
export function shownMs(timer: LocalTimer, perfNow: number): number {
  const elapsed = elapsedAt(timer, perfNow);
  return timer.snapshot.mode === 'countdown' ? timer.snapshot.durationMs - elapsed : elapsed;
}

export function clockText(timer: LocalTimer, perfNow: number): string {
  return formatClock(shownMs(timer, perfNow), timer.snapshot.mode);
}

/** The colour of the time: the warning in a countdown's last 30 s (if it was longer), then the end. */
export function cueLevel(timer: LocalTimer, perfNow: number): CueLevel {
  const { mode, status, durationMs } = timer.snapshot;
  if (mode !== 'countdown' || status === 'idle') return 'none';
  const left = shownMs(timer, perfNow);
  if (status === 'finished' || left <= 0) return 'end';
  return durationMs > WARNING_BEFORE_END_MS && left <= WARNING_BEFORE_END_MS ? 'warning' : 'none';
}

/**
 * How long until the shown time changes (the next whole second), or null
 * when it will not change by itself: the page repaints then, and only then.
 */
export function msUntilNextChange(timer: LocalTimer, perfNow: number): number | null {
  if (timer.snapshot.status !== 'running') return null;
  const shown = shownMs(timer, perfNow);
  if (timer.snapshot.mode === 'stopwatch') return 1000 - (shown % 1000);
  if (shown <= 0) return null;
  return shown - (Math.ceil(shown / 1000) - 1) * 1000;
}
