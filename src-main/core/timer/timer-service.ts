/**
 * The one timer, countdown or stopwatch, that the header, drills and mock
 * interviews all drive. It lives in the core so that it keeps running when a
 * window reloads or its renderer crashes.
 *
 * Its state is a few instants on the monotonic clock (when the run started,
 * how long it has been paused), never a count of ticks: the time is computed
 * from the clock whenever it is asked for, so a late callback or a busy event
 * loop cannot make it drift. The only timeout is the one for the next cue, set
 * for exactly the time left; when it fires, early or late, the state is
 * recomputed from the clock and the next one set. There is no polling.
 */
import { TIMER_MAX_MS, type TimerCue, type TimerMode, type TimerSnapshot, type TimerStatus } from '../../contract';
import type { Emit } from '../events';
import type { Clock } from '../types';

/** The warning cue comes this long before the end, for countdowns longer than this (unless the run sets its own). */
const WARNING_BEFORE_END_MS = 30_000;
const MINUTE_MS = 60_000;
/** What the header offers before anyone chose a preset. */
const DEFAULT_COUNTDOWN_MS = 60_000;

export interface StartOptions {
  mode?: TimerMode;
  durationMs?: number;
  label?: string;
  /**
   * Core callers only (the contract's `timer:start` cannot set these): when
   * the warning cue comes, or null for none (a mock interview's answer wants
   * one at 15 s, its thinking time none)…
   */
  warningBeforeEndMs?: number | null;
  /** …and time already counted, so a run interrupted (a restart, the timer taken over) goes on where it was. */
  elapsedMs?: number;
}

export type TimerSetup = { mode: 'countdown'; durationMs: number } | { mode: 'stopwatch' };

interface TimerState {
  mode: TimerMode;
  status: TimerStatus;
  /** The countdown length as set up: what Start uses and Reset goes back to. */
  setupMs: number;
  /** This run's countdown length, added minutes included. */
  durationMs: number;
  label: string | null;
  /** Monotonic instant the run started. */
  startedAt: number;
  /** Time paused in this run, the pause in progress not included. */
  pausedTotal: number;
  /** Monotonic instant the pause in progress began. */
  pausedAt: number;
  /** How long before the end this run's warning comes; null for none. */
  warningMs: number | null;
  /** The warning cue was given, or there is none to give in this run. */
  warned: boolean;
}

export interface TimerServiceOptions {
  clock: Clock;
  emit: Emit;
}

export class TimerService {
  private readonly clock: Clock;
  private readonly emit: Emit;
  private state: TimerState = {
    mode: 'countdown',
    status: 'idle',
    setupMs: DEFAULT_COUNTDOWN_MS,
    durationMs: DEFAULT_COUNTDOWN_MS,
    label: null,
    startedAt: 0,
    pausedTotal: 0,
    pausedAt: 0,
    warningMs: WARNING_BEFORE_END_MS,
    warned: false,
  };
  private version = 0;
  private runs = 0;
  private pending: unknown = null;

  constructor(options: TimerServiceOptions) {
    this.clock = options.clock;
    this.emit = options.emit;
  }

  get(): TimerSnapshot {
    this.settle();
    return this.snapshot();
  }

  /**
   * Counts runs: a start, a reset or a new set-up begins another (a pause,
   * a resume or an added minute do not). A core caller that started a run
   * compares it to know whether the user has since taken the timer over.
   */
  get run(): number {
    return this.runs;
  }

  /** Starts afresh, replacing any run; what is not given comes from the set-up. */
  start(options: StartOptions = {}): TimerSnapshot {
    const mode = options.mode ?? (options.durationMs !== undefined ? 'countdown' : this.state.mode);
    const setupMs = options.durationMs ?? this.state.setupMs;
    const warningMs = options.warningBeforeEndMs === undefined ? WARNING_BEFORE_END_MS : options.warningBeforeEndMs;
    this.state = {
      mode,
      status: 'running',
      setupMs,
      durationMs: setupMs,
      label: options.label ?? null,
      startedAt: this.clock.monotonic() - (options.elapsedMs ?? 0),
      pausedTotal: 0,
      pausedAt: 0,
      warningMs,
      warned: true,
    };
    this.state.warned = !this.warningAhead();
    this.runs++;
    return this.changed();
  }

  pause(): TimerSnapshot {
    this.settle();
    if (this.state.status !== 'running') return this.snapshot();
    this.state.status = 'paused';
    this.state.pausedAt = this.clock.monotonic();
    return this.changed();
  }

  resume(): TimerSnapshot {
    if (this.state.status !== 'paused') return this.get();
    this.state.status = 'running';
    this.state.pausedTotal += this.clock.monotonic() - this.state.pausedAt;
    return this.changed();
  }

  /** Back to the set-up duration, idle; the label goes with the run it named. */
  reset(): TimerSnapshot {
    if (this.state.status === 'idle') return this.snapshot();
    this.state = { ...this.state, status: 'idle', durationMs: this.state.setupMs, label: null };
    this.runs++;
    return this.changed();
  }

  /**
   * One more minute on a countdown, whatever its status: an idle one is set up
   * a minute longer, a finished one runs again for that minute. Time left above
   * the warning time again means a warning again.
   */
  addMinute(): TimerSnapshot {
    this.settle();
    const state = this.state;
    const durationMs = Math.min(TIMER_MAX_MS, state.durationMs + MINUTE_MS);
    if (state.mode === 'stopwatch' || durationMs === state.durationMs) return this.snapshot();
    if (state.status === 'idle') {
      this.state = { ...state, setupMs: durationMs, durationMs };
      return this.changed();
    }
    if (state.status === 'finished') {
      // Continue from the end: the time counted so far stays, and so does the label.
      state.status = 'running';
      state.startedAt = this.clock.monotonic() - state.durationMs;
      state.pausedTotal = 0;
    }
    state.durationMs = durationMs;
    if (this.warningAhead()) state.warned = false;
    return this.changed();
  }

  /** Sets the timer up for its next start (the header's preset choice): idle, any run stopped. */
  setPreset(setup: TimerSetup): TimerSnapshot {
    const setupMs = setup.mode === 'countdown' ? setup.durationMs : this.state.setupMs;
    this.state = { ...this.state, mode: setup.mode, status: 'idle', setupMs, durationMs: setupMs, label: null };
    this.runs++;
    return this.changed();
  }

  /** Drops the pending cue timeout, so a stopping host has nothing left to wait for. */
  stop(): void {
    this.cancel();
  }

  private elapsedMs(): number {
    const { status, mode, durationMs, startedAt, pausedTotal, pausedAt } = this.state;
    if (status === 'idle') return 0;
    if (status === 'finished') return durationMs;
    const counted = (status === 'paused' ? pausedAt : this.clock.monotonic()) - startedAt - pausedTotal;
    return mode === 'countdown' ? Math.min(counted, durationMs) : counted;
  }

  private remainingMs(): number {
    return this.state.durationMs - this.elapsedMs();
  }

  /** A countdown with more time left than its warning time: the warning is still to come. */
  private warningAhead(): boolean {
    const { mode, warningMs } = this.state;
    return mode === 'countdown' && warningMs !== null && this.remainingMs() > warningMs;
  }

  private snapshot(): TimerSnapshot {
    const { mode, status, durationMs, label } = this.state;
    const countdown = mode === 'countdown';
    return {
      mode,
      status,
      durationMs: countdown ? durationMs : 0,
      elapsedMs: this.elapsedMs(),
      remainingMs: countdown ? this.remainingMs() : null,
      label,
      at: this.clock.now(),
      version: this.version,
    };
  }

  /** Tells every window, and sets the timeout for the next cue of the new state. */
  private changed(): TimerSnapshot {
    this.version++;
    const snapshot = this.snapshot();
    this.schedule();
    this.emit('timer:changed', snapshot);
    return snapshot;
  }

  /** Gives the cues that are due by the clock now: the warning, or the end (which makes a warning moot). */
  private settle(): void {
    const state = this.state;
    if (state.status !== 'running' || state.mode !== 'countdown') return;
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      state.status = 'finished';
      state.warned = true;
      const snapshot = this.changed();
      this.cue({ kind: 'end', timer: snapshot });
    } else if (!state.warned && remaining <= (state.warningMs ?? 0)) {
      state.warned = true;
      this.cue({ kind: 'warning', timer: this.snapshot() });
    }
  }

  private cue(cue: TimerCue): void {
    this.emit('timer:cue', cue);
  }

  private schedule(): void {
    this.cancel();
    const state = this.state;
    if (state.status !== 'running' || state.mode !== 'countdown') return;
    const remaining = this.remainingMs();
    const untilNextCue = state.warned ? remaining : remaining - (state.warningMs ?? 0);
    // Rounded up: the platform's timers count whole milliseconds, and firing early costs a second round.
    this.pending = this.clock.setTimeout(() => this.onDue(), Math.max(0, Math.ceil(untilNextCue)));
  }

  private onDue(): void {
    this.pending = null;
    this.settle();
    // Early (nothing was due yet), or the warning given: set the timeout for what comes next.
    this.schedule();
  }

  private cancel(): void {
    if (this.pending === null) return;
    this.clock.clearTimeout(this.pending);
    this.pending = null;
  }
}
