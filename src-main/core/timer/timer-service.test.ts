import { beforeEach, describe, expect, it } from 'vitest';
import type { TimerCue, TimerSnapshot } from '../../contract';
import { FakeClock } from '../testing/fake-clock';
import type { Clock } from '../types';
import { TimerService } from './timer-service';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

type Seen = { name: 'timer:changed'; payload: TimerSnapshot; at: number } | { name: 'timer:cue'; payload: TimerCue; at: number };

let clock: FakeClock;
let timer: TimerService;
let seen: Seen[];

/** A service on `timers` (the fake clock unless a test bends its timeouts), recording every event with the monotonic time it came. */
function serviceOn(timers: Clock = clock): TimerService {
  return new TimerService({
    clock: timers,
    emit: (name, payload) => seen.push({ name, payload, at: clock.monotonic() } as Seen),
  });
}

const cues = () => seen.flatMap((event) => (event.name === 'timer:cue' ? [{ kind: event.payload.kind, at: event.at }] : []));
const changes = () => seen.filter((event) => event.name === 'timer:changed');

beforeEach(() => {
  clock = new FakeClock();
  seen = [];
  timer = serviceOn();
});

describe('TimerService', () => {
  it('starts idle, set up for a one-minute countdown', () => {
    expect(timer.get()).toEqual({
      mode: 'countdown',
      status: 'idle',
      durationMs: MINUTE,
      elapsedMs: 0,
      remainingMs: MINUTE,
      label: null,
      at: clock.now(),
      version: 0,
    });
    expect(seen).toEqual([]);
  });

  it('counts a countdown down from the clock, with one change event per change and none per tick', () => {
    const started = timer.start({ mode: 'countdown', durationMs: 2 * MINUTE });
    expect(started).toMatchObject({ status: 'running', durationMs: 2 * MINUTE, elapsedMs: 0, remainingMs: 2 * MINUTE, version: 1 });
    clock.advance(45 * SECOND);
    expect(timer.get()).toMatchObject({ status: 'running', elapsedMs: 45 * SECOND, remainingMs: 75 * SECOND, at: clock.now() });
    expect(changes()).toHaveLength(1);
  });

  it('cues once at 30 s left and once at the end, at exactly those instants, then stays finished', () => {
    timer.start({ durationMs: 2 * MINUTE });
    clock.advance(10 * MINUTE);
    expect(cues()).toEqual([
      { kind: 'warning', at: 90 * SECOND },
      { kind: 'end', at: 2 * MINUTE },
    ]);
    expect(timer.get()).toMatchObject({ status: 'finished', elapsedMs: 2 * MINUTE, remainingMs: 0 });
    expect(changes().map((event) => event.payload.status)).toEqual(['running', 'finished']);
    const end = seen.find((event) => event.name === 'timer:cue' && event.payload.kind === 'end');
    expect(end?.payload).toMatchObject({ timer: { status: 'finished', remainingMs: 0 } });
  });

  it('gives no warning to a countdown of 30 s or less', () => {
    timer.start({ durationMs: 30 * SECOND });
    clock.advance(MINUTE);
    expect(cues()).toEqual([{ kind: 'end', at: 30 * SECOND }]);
  });

  it('leaves paused time out: the end moves by exactly the pause', () => {
    timer.start({ durationMs: MINUTE });
    clock.advance(10 * SECOND);
    const paused = timer.pause();
    expect(paused).toMatchObject({ status: 'paused', elapsedMs: 10 * SECOND, remainingMs: 50 * SECOND });
    clock.advance(5 * MINUTE);
    expect(timer.get()).toMatchObject({ status: 'paused', elapsedMs: 10 * SECOND });
    expect(cues()).toEqual([]);
    expect(timer.resume()).toMatchObject({ status: 'running', elapsedMs: 10 * SECOND });
    clock.advance(15 * SECOND);
    timer.pause();
    clock.advance(SECOND);
    timer.resume();
    clock.advance(MINUTE);
    // Running time: 10 + 15 + 35 s; paused: 5 min + 1 s.
    expect(cues()).toEqual([
      { kind: 'warning', at: 10 * SECOND + 5 * MINUTE + 20 * SECOND + SECOND },
      { kind: 'end', at: MINUTE + 5 * MINUTE + SECOND },
    ]);
  });

  it('takes a warning time of its own from a core caller, or none, and keeps it when a minute is added', () => {
    timer.start({ durationMs: 2 * MINUTE, warningBeforeEndMs: 15 * SECOND });
    clock.advance(2 * MINUTE);
    timer.addMinute();
    clock.advance(MINUTE);
    timer.start({ durationMs: MINUTE, warningBeforeEndMs: null });
    clock.advance(MINUTE);
    expect(cues()).toEqual([
      { kind: 'warning', at: 105 * SECOND },
      { kind: 'end', at: 2 * MINUTE },
      { kind: 'warning', at: 165 * SECOND },
      { kind: 'end', at: 3 * MINUTE },
      { kind: 'end', at: 4 * MINUTE },
    ]);
  });

  it('starts with time already counted, so an interrupted run goes on where it was', () => {
    expect(timer.start({ durationMs: 2 * MINUTE, elapsedMs: 100 * SECOND, warningBeforeEndMs: 15 * SECOND })).toMatchObject({ elapsedMs: 100 * SECOND, remainingMs: 20 * SECOND });
    clock.advance(20 * SECOND);
    expect(cues()).toEqual([
      { kind: 'warning', at: 5 * SECOND },
      { kind: 'end', at: 20 * SECOND },
    ]);
    expect(timer.start({ mode: 'stopwatch', elapsedMs: 12 * SECOND })).toMatchObject({ elapsedMs: 12 * SECOND });
  });

  it('counts runs: a start, a reset or a set-up begins another, a pause, resume or added minute does not', () => {
    const first = timer.run;
    timer.start({ durationMs: MINUTE });
    const started = timer.run;
    expect(started).toBe(first + 1);
    timer.pause();
    timer.resume();
    timer.addMinute();
    expect(timer.run).toBe(started);
    timer.reset();
    expect(timer.run).toBe(started + 1);
    timer.setPreset({ mode: 'stopwatch' });
    expect(timer.run).toBe(started + 2);
  });

  it('ignores pause and resume that do not apply', () => {
    expect(timer.pause()).toMatchObject({ status: 'idle', version: 0 });
    timer.start({});
    expect(timer.resume()).toMatchObject({ status: 'running', version: 1 });
    expect(changes()).toHaveLength(1);
  });

  it('runs a stopwatch with no end and no cues, pausing like a countdown', () => {
    timer.start({ mode: 'stopwatch', label: 'Mock: answer 1' });
    clock.advance(5 * MINUTE);
    timer.pause();
    clock.advance(MINUTE);
    timer.resume();
    clock.advance(7 * SECOND);
    expect(timer.get()).toMatchObject({
      mode: 'stopwatch',
      status: 'running',
      durationMs: 0,
      elapsedMs: 5 * MINUTE + 7 * SECOND,
      remainingMs: null,
      label: 'Mock: answer 1',
    });
    expect(cues()).toEqual([]);
    expect(timer.addMinute()).toMatchObject({ version: 3 });
  });

  describe('add a minute', () => {
    it('while running: a minute later end, and a new warning once back above 30 s', () => {
      timer.start({ durationMs: MINUTE });
      clock.advance(40 * SECOND);
      expect(timer.addMinute()).toMatchObject({ status: 'running', durationMs: 2 * MINUTE, remainingMs: 80 * SECOND });
      clock.advance(5 * MINUTE);
      expect(cues()).toEqual([
        { kind: 'warning', at: 30 * SECOND },
        { kind: 'warning', at: 90 * SECOND },
        { kind: 'end', at: 2 * MINUTE },
      ]);
    });

    it('while paused: stays paused, a minute more left', () => {
      timer.start({ durationMs: MINUTE });
      clock.advance(20 * SECOND);
      timer.pause();
      expect(timer.addMinute()).toMatchObject({ status: 'paused', elapsedMs: 20 * SECOND, remainingMs: 100 * SECOND });
      clock.advance(10 * MINUTE);
      expect(cues()).toEqual([]);
    });

    it('when finished: runs again for that minute, label kept, with its own warning and end', () => {
      timer.start({ durationMs: 20 * SECOND, label: 'Drill: thinking time' });
      clock.advance(25 * SECOND);
      expect(timer.addMinute()).toMatchObject({
        status: 'running',
        durationMs: 80 * SECOND,
        elapsedMs: 20 * SECOND,
        remainingMs: MINUTE,
        label: 'Drill: thinking time',
      });
      clock.advance(2 * MINUTE);
      expect(cues()).toEqual([
        { kind: 'end', at: 20 * SECOND },
        { kind: 'warning', at: 25 * SECOND + 30 * SECOND },
        { kind: 'end', at: 25 * SECOND + MINUTE },
      ]);
    });

    it('when idle: sets the countdown up a minute longer, which Start then uses', () => {
      expect(timer.addMinute()).toMatchObject({ status: 'idle', durationMs: 2 * MINUTE, remainingMs: 2 * MINUTE });
      expect(timer.start({})).toMatchObject({ durationMs: 2 * MINUTE });
    });

    it('never beyond four hours', () => {
      timer.start({ durationMs: 4 * 60 * MINUTE - 30 * SECOND });
      expect(timer.addMinute()).toMatchObject({ durationMs: 4 * 60 * MINUTE });
      const version = timer.get().version;
      expect(timer.addMinute()).toMatchObject({ durationMs: 4 * 60 * MINUTE, version });
    });
  });

  it('resets to the set-up duration, idle, with no cue left to come', () => {
    timer.start({ durationMs: 2 * MINUTE, label: 'Drill: answer' });
    clock.advance(50 * SECOND);
    timer.addMinute();
    expect(timer.reset()).toMatchObject({ status: 'idle', durationMs: 2 * MINUTE, elapsedMs: 0, remainingMs: 2 * MINUTE, label: null });
    clock.advance(10 * MINUTE);
    expect(cues()).toEqual([]);
    const version = timer.get().version;
    expect(timer.reset()).toMatchObject({ version });
  });

  it('a restart replaces the run: the old end never comes, the new one comes once', () => {
    timer.start({ durationMs: MINUTE });
    clock.advance(50 * SECOND);
    timer.start({ durationMs: 20 * SECOND });
    clock.advance(5 * MINUTE);
    expect(cues()).toEqual([
      { kind: 'warning', at: 30 * SECOND },
      { kind: 'end', at: 70 * SECOND },
    ]);
  });

  it('Start without arguments uses the set-up preset; a drill names its own', () => {
    timer.setPreset({ mode: 'stopwatch' });
    expect(timer.start({})).toMatchObject({ mode: 'stopwatch', status: 'running' });
    timer.setPreset({ mode: 'countdown', durationMs: 3 * MINUTE });
    expect(timer.get()).toMatchObject({ mode: 'countdown', status: 'idle', durationMs: 3 * MINUTE });
    expect(timer.start({})).toMatchObject({ mode: 'countdown', durationMs: 3 * MINUTE, label: null });
    expect(timer.start({ durationMs: 90 * SECOND, label: 'Drill: thinking time' })).toMatchObject({
      mode: 'countdown',
      durationMs: 90 * SECOND,
      label: 'Drill: thinking time',
    });
  });

  it('choosing a preset stops a run', () => {
    timer.start({ durationMs: MINUTE });
    clock.advance(10 * SECOND);
    expect(timer.setPreset({ mode: 'countdown', durationMs: 5 * MINUTE })).toMatchObject({ status: 'idle', elapsedMs: 0, durationMs: 5 * MINUTE });
    clock.advance(10 * MINUTE);
    expect(cues()).toEqual([]);
  });

  it('a timeout that fires early is set again for the rest: the end is never early', () => {
    timer = serviceOn(earlyTimeouts(clock));
    timer.start({ durationMs: 10 * SECOND });
    clock.advance(MINUTE);
    const [end, ...more] = cues();
    expect(more).toEqual([]);
    expect(end?.kind).toBe('end');
    // Timeouts are set in whole milliseconds: at most one late.
    expect(end!.at - 10 * SECOND).toBeGreaterThanOrEqual(0);
    expect(end!.at - 10 * SECOND).toBeLessThan(1);
  });

  it('a timeout that fires late finishes at once, the time counted by the clock, not the callback', () => {
    timer = serviceOn(bentTimeouts(clock, 40));
    timer.start({ durationMs: 40 * SECOND });
    clock.advance(MINUTE);
    expect(cues()).toEqual([
      { kind: 'warning', at: 10 * SECOND + 40 },
      { kind: 'end', at: 40 * SECOND + 40 },
    ]);
    expect(timer.get()).toMatchObject({ status: 'finished', elapsedMs: 40 * SECOND, remainingMs: 0 });
  });

  it('when the timeout has not run yet (a blocked loop), asking settles it from the clock, and the end still comes once', () => {
    timer = serviceOn(bentTimeouts(clock, 5 * SECOND));
    timer.start({ durationMs: 10 * SECOND });
    clock.advance(10 * SECOND);
    // The warning was due but a 10 s countdown has none; the end is due now.
    expect(timer.get()).toMatchObject({ status: 'finished', remainingMs: 0 });
    clock.advance(MINUTE);
    expect(cues()).toEqual([{ kind: 'end', at: 10 * SECOND }]);
  });

  it('every change has a higher version and the wall time it was taken at', () => {
    const versions = [timer.start({}), timer.pause(), timer.resume(), timer.addMinute(), timer.reset()].map((s) => s.version);
    expect(versions).toEqual([1, 2, 3, 4, 5]);
    expect(changes().map((event) => event.payload.version)).toEqual(versions);
    expect(changes().every((event) => event.payload.at === clock.now())).toBe(true);
  });

  it('stop() drops the pending cue', () => {
    timer.start({ durationMs: MINUTE });
    timer.stop();
    clock.advance(10 * MINUTE);
    expect(cues()).toEqual([]);
  });
});

/** The fake clock, with every timeout `by` ms late, as a busy event loop has them. */
function bentTimeouts(base: FakeClock, by: number): Clock {
  return { ...timeoutsOf(base), setTimeout: (fn, ms) => base.setTimeout(fn, ms + by) };
}

/** The fake clock, with every timeout firing when only 90% of its time has passed. */
function earlyTimeouts(base: FakeClock): Clock {
  return { ...timeoutsOf(base), setTimeout: (fn, ms) => base.setTimeout(fn, ms * 0.9) };
}

function timeoutsOf(base: FakeClock): Clock {
  return { now: base.now, monotonic: base.monotonic, setTimeout: base.setTimeout, clearTimeout: base.clearTimeout };
}
