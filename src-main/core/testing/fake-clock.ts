/** A clock that only moves when a test says so. */
import type { Clock } from '../types';

export class FakeClock implements Clock {
  private time = 1_700_000_000_000;
  private elapsed = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  now = () => this.time;
  monotonic = () => this.elapsed;

  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.elapsed + Math.max(0, ms), fn });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** Moves time forward, running due timers in order. */
  advance(ms: number): void {
    const until = this.elapsed + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time += due[1].at - this.elapsed;
      this.elapsed = due[1].at;
      due[1].fn();
    }
    this.time += until - this.elapsed;
    this.elapsed = until;
  }
}
