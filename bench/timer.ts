/**
 * How late the timer's end event comes when the event loop is busy: 40
 * countdowns of 200–400 ms, one after another, on the real clock, while the
 * loop runs 30 ms blocks of synchronous work back to back. No timer can fire
 * before the block in progress ends, so up to ~30 ms is the loop's; anything
 * beyond that would be the timer's own (polling, counting ticks).
 */
import type { TimerCue } from '../src-main/contract';
import { systemClock } from '../src-main/core/clock';
import { TimerService } from '../src-main/core/timer/timer-service';
import { percentile, round } from './stats';

const COUNTDOWNS = 40;
const BLOCK_MS = 30;

export async function measure(): Promise<Record<string, number>> {
  let busy = true;
  const block = () => {
    if (!busy) return;
    const until = performance.now() + BLOCK_MS;
    while (performance.now() < until) {
      // Busy on purpose: the event loop gets nothing done for 30 ms.
    }
    setImmediate(block);
  };
  let ended: (() => void) | undefined;
  const timer = new TimerService({
    clock: systemClock,
    emit: (name, payload) => {
      if (name === 'timer:cue' && (payload as TimerCue).kind === 'end') ended?.();
    },
  });

  setImmediate(block);
  const late: number[] = [];
  try {
    for (let i = 0; i < COUNTDOWNS; i++) {
      // Lengths spread over 200–400 ms, so the ends fall at every point of a block.
      const durationMs = 200 + ((i * 37) % 200);
      const end = new Promise<number>((resolve) => (ended = () => resolve(performance.now())));
      const intendedEnd = performance.now() + durationMs;
      timer.start({ mode: 'countdown', durationMs });
      late.push((await end) - intendedEnd);
    }
  } finally {
    busy = false;
    timer.stop();
  }
  return { timer_late_p95_ms: round(percentile(late, 95)) };
}
