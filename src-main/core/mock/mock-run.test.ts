import { beforeEach, describe, expect, it } from 'vitest';
import type { MockPlan, MockSession, TimerCue, TimerSnapshot } from '../../contract';
import { FakeClock } from '../testing/fake-clock';
import { TimerService } from '../timer/timer-service';
import type { Clock } from '../types';
import { MOCK_FORMATS } from './formats';
import { MockRun, newSession } from './mock-run';

const SECOND = 1000;

let clock: FakeClock;
let timer: TimerService;
let run: MockRun;
/** Timer cues as "kind label @seconds". */
let cues: string[];
let changes: number;

function session(patch: Partial<MockPlan> = {}, questionCount = 2): MockSession {
  const plan: MockPlan = { ...MOCK_FORMATS[0]!.plan, thinkSeconds: 30, answerSeconds: 120, autoAdvance: false, ...patch, questionCount };
  const questions = Array.from({ length: questionCount }, (_, i) => ({ text: `Tell me about time ${i + 1}.`, kind: 'behavioral' as const, cardId: null, notePath: null, line: null }));
  return newSession({ id: 'test', title: 'Behavioral · test', plan, startedAt: clock.now(), questions });
}

function started(patch: Partial<MockPlan> = {}, questionCount = 2): MockRun {
  run = new MockRun(session(patch, questionCount), 0, { clock, timer, changed: () => changes++ });
  run.begin();
  return run;
}

const state = () => ({ status: run.session.status, current: run.session.current, phase: run.session.phase });
const answers = () => run.session.answers.map(({ usedMs, overtimeMs }) => ({ usedMs, overtimeMs }));
const seconds = (s: number) => clock.advance(s * SECOND);

beforeEach(() => {
  clock = new FakeClock();
  cues = [];
  changes = 0;
  timer = new TimerService({
    clock,
    emit: (name, payload) => {
      if (name === 'timer:cue') {
        const cue = payload as TimerCue;
        cues.push(`${cue.kind} ${cue.timer.label} @${clock.monotonic() / SECOND}`);
      }
      run?.onEvent(name, payload);
    },
  });
});

describe('a mock session on the timer', () => {
  it('thinks, answers with a soft cue 15 s before the end, then counts overtime on a stopwatch', () => {
    started();
    expect(state()).toEqual({ status: 'running', current: 0, phase: 'thinking' });
    expect(timer.get()).toMatchObject({ mode: 'countdown', status: 'running', durationMs: 30 * SECOND, label: 'Mock 1/2: thinking' });
    seconds(30);
    expect(state()).toMatchObject({ phase: 'answering' });
    expect(timer.get()).toMatchObject({ mode: 'countdown', durationMs: 120 * SECOND, remainingMs: 120 * SECOND, label: 'Mock 1/2: answer' });
    seconds(120);
    expect(state()).toEqual({ status: 'running', current: 0, phase: 'overtime' });
    expect(timer.get()).toMatchObject({ mode: 'stopwatch', status: 'running', elapsedMs: 0, label: 'Mock 1/2: overtime' });
    // Thinking has no warning; the answer's comes at 15 s left, not the header's 30 s.
    expect(cues).toEqual(['end Mock 1/2: thinking @30', 'warning Mock 1/2: answer @135', 'end Mock 1/2: answer @150']);
    seconds(12);
    expect(timer.get()).toMatchObject({ elapsedMs: 12 * SECOND });
    run.next();
    expect(answers()[0]).toEqual({ usedMs: 132 * SECOND, overtimeMs: 12 * SECOND });
    expect(state()).toEqual({ status: 'running', current: 1, phase: 'thinking' });
    expect(timer.get()).toMatchObject({ label: 'Mock 2/2: thinking', remainingMs: 30 * SECOND });
  });

  it('ends thinking and answers early on "next", and finishes after the last question with the timer let go', () => {
    started();
    seconds(5);
    run.next();
    expect(state()).toMatchObject({ phase: 'answering' });
    seconds(40);
    run.next();
    seconds(1);
    run.next();
    seconds(50);
    run.next();
    expect(answers()).toEqual([
      { usedMs: 40 * SECOND, overtimeMs: 0 },
      { usedMs: 50 * SECOND, overtimeMs: 0 },
    ]);
    expect(state()).toEqual({ status: 'finished', current: 2, phase: 'done' });
    expect(timer.get()).toMatchObject({ status: 'idle', label: null });
    expect(() => run.next()).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    seconds(600);
    expect(state()).toMatchObject({ status: 'finished' });
  });

  it('moves on by itself when time is up with auto-advance, and skips thinking when it is 0', () => {
    started({ thinkSeconds: 0, autoAdvance: true, answerSeconds: 60 });
    expect(state()).toMatchObject({ phase: 'answering' });
    seconds(60);
    expect(state()).toEqual({ status: 'running', current: 1, phase: 'answering' });
    expect(timer.get()).toMatchObject({ label: 'Mock 2/2: answer', remainingMs: 60 * SECOND });
    seconds(60);
    expect(state()).toEqual({ status: 'finished', current: 2, phase: 'done' });
    expect(answers()).toEqual([
      { usedMs: 60 * SECOND, overtimeMs: 0 },
      { usedMs: 60 * SECOND, overtimeMs: 0 },
    ]);
  });

  it('pauses and resumes the whole session and the timer; paused time does not count', () => {
    started({ thinkSeconds: 0 });
    seconds(20);
    run.pause();
    expect(state()).toMatchObject({ status: 'paused', phase: 'answering' });
    expect(timer.get()).toMatchObject({ status: 'paused', remainingMs: 100 * SECOND });
    seconds(300);
    expect(state()).toMatchObject({ status: 'paused', phase: 'answering' });
    run.resume();
    expect(timer.get()).toMatchObject({ status: 'running', remainingMs: 100 * SECOND });
    seconds(99);
    expect(state()).toMatchObject({ phase: 'answering' });
    seconds(1);
    expect(state()).toMatchObject({ phase: 'overtime' });
    expect(answers()[0]).toEqual({ usedMs: 120 * SECOND, overtimeMs: 0 });
  });

  it('follows a pause, a resume and an added minute made from the header on its own run', () => {
    started({ thinkSeconds: 0 });
    seconds(10);
    timer.pause();
    expect(state()).toMatchObject({ status: 'paused' });
    seconds(50);
    timer.resume();
    expect(state()).toMatchObject({ status: 'running' });
    timer.addMinute();
    seconds(170);
    expect(state()).toMatchObject({ phase: 'overtime' });
    expect(answers()[0]).toEqual({ usedMs: 180 * SECOND, overtimeMs: 0 });
  });

  it('pauses, keeping its time, when the user takes the timer over; resuming takes it back where it was', () => {
    started({ thinkSeconds: 0 });
    seconds(30);
    const before = changes;
    timer.start({ durationMs: 60 * SECOND });
    expect(state()).toMatchObject({ status: 'paused', phase: 'answering' });
    expect(changes).toBe(before + 1);
    // The user's own countdown ends: nothing of the session's.
    seconds(60);
    expect(state()).toMatchObject({ status: 'paused', phase: 'answering' });
    run.resume();
    expect(timer.get()).toMatchObject({ status: 'running', label: 'Mock 1/2: answer', durationMs: 120 * SECOND, remainingMs: 90 * SECOND });
    seconds(90);
    expect(state()).toMatchObject({ phase: 'overtime' });
    // A reset from the header is a take-over too.
    timer.reset();
    expect(state()).toMatchObject({ status: 'paused', phase: 'overtime' });
  });

  it('ends on "finish" with the answer in progress counted, as partial when left', () => {
    started({ thinkSeconds: 0 }, 3);
    seconds(20);
    run.next();
    seconds(15);
    run.finish('partial');
    expect(state()).toEqual({ status: 'partial', current: 3, phase: 'done' });
    expect(answers()).toEqual([
      { usedMs: 20 * SECOND, overtimeMs: 0 },
      { usedMs: 15 * SECOND, overtimeMs: 0 },
      { usedMs: 0, overtimeMs: 0 },
    ]);
    expect(timer.get().status).toBe('idle');
  });

  it('is restored after a restart as paused, and resumes with the time its phase had left', () => {
    started({ thinkSeconds: 0 });
    seconds(45);
    run.next();
    seconds(70);
    // What the session file holds: the session, and the time its phase had counted.
    const saved = structuredClone(run.session);
    const elapsed = run.phaseElapsedMs();
    saved.status = 'paused';

    clock = new FakeClock();
    timer = new TimerService({ clock, emit: (name, payload) => run.onEvent(name, payload) });
    run = new MockRun(saved, elapsed, { clock, timer, changed: () => changes++ });
    expect(state()).toEqual({ status: 'paused', current: 1, phase: 'answering' });
    expect(timer.get().status).toBe('idle');
    run.resume();
    expect(timer.get()).toMatchObject({ status: 'running', label: 'Mock 2/2: answer', durationMs: 120 * SECOND, remainingMs: 50 * SECOND });
    seconds(50);
    expect(state()).toMatchObject({ phase: 'overtime', current: 1 });
    run.next();
    expect(answers()).toEqual([
      { usedMs: 45 * SECOND, overtimeMs: 0 },
      { usedMs: 120 * SECOND, overtimeMs: 0 },
    ]);
    expect(state()).toMatchObject({ status: 'finished' });
  });

  it('a restored phase whose time had run out is up as soon as it resumes', () => {
    const saved = session({ thinkSeconds: 30 });
    saved.status = 'paused';
    run = new MockRun(saved, 31 * SECOND, { clock, timer, changed: () => changes++ });
    run.resume();
    expect(state()).toEqual({ status: 'running', current: 0, phase: 'answering' });
    expect(timer.get()).toMatchObject({ remainingMs: 120 * SECOND });
  });

  it('"next" just as the time runs out ends one phase, not two', () => {
    // The timer's timeouts never fire by themselves here: a busy event loop has not run the end yet.
    const late: Clock = { ...clock, setTimeout: () => 0, clearTimeout: () => undefined };
    timer = new TimerService({ clock: late, emit: (name, payload) => run.onEvent(name, payload) });
    started({ thinkSeconds: 0, autoAdvance: true }, 3);
    seconds(121);
    expect(state()).toMatchObject({ current: 0, phase: 'answering' });
    run.next();
    expect(state()).toMatchObject({ current: 1, phase: 'answering' });
    expect(answers()[0]).toEqual({ usedMs: 120 * SECOND, overtimeMs: 0 });
  });

  it('tells its owner of every transition', () => {
    started();
    const at = changes;
    seconds(30); // thinking ends
    seconds(120); // overtime begins
    run.pause();
    run.pause(); // nothing to do
    run.resume();
    run.next();
    expect(changes - at).toBe(5);
    const snapshot: TimerSnapshot = timer.get();
    expect(snapshot.label).toBe('Mock 2/2: thinking');
  });
});
