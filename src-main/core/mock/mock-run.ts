/**
 * A mock session while it runs: its phases on the main-process timer.
 *
 *   thinking (countdown, skipped when thinkSeconds is 0)
 *     → answering (countdown, a soft cue 15 s before the end)
 *     → time up: the next question (autoAdvance), or overtime (a stopwatch counting how far over)
 *   `next` ends thinking, an answer or the overtime early; after the last question, finished.
 *
 * Time is counted here on the injected monotonic clock (a phase's time so
 * far is the stretches it ran, pauses left out), and the timer is driven to
 * show the same phase; its end cue is what ends a countdown phase, so the
 * header and the session can never disagree about when time was up.
 *
 * The timer is shared with the header. This run knows which timer run is its
 * own (TimerService.run): the user pausing or resuming that run from the
 * header pauses or resumes the session too; the user starting their own
 * countdown, resetting or setting up the timer takes it over, and the session
 * pauses, its phase time kept. Resuming the session then takes the timer back,
 * showing the phase's time as it was.
 *
 * The session object is changed in place; `changed` is called after every
 * transition (the owner saves it and tells the windows).
 */
import type { MockPhase, MockPlan, MockQuestion, MockSession, TimerCue, TimerSnapshot } from '../../contract';
import { CoachError } from '../../contract/errors';
import type { TimerService } from '../timer/timer-service';
import type { Clock, CoreListener } from '../types';

/** The soft cue before an answer's time is up. */
export const ANSWER_WARNING_MS = 15_000;

export type MockTimer = Pick<TimerService, 'start' | 'pause' | 'resume' | 'reset' | 'get' | 'run'>;

export interface MockRunOptions {
  clock: Clock;
  timer: MockTimer;
  changed: () => void;
}

/** A session about to begin: at its first question, thinking (or answering when there is no thinking time), nothing answered. */
export function newSession(fields: { id: string; title: string; plan: MockPlan; startedAt: number; questions: MockQuestion[] }): MockSession {
  return {
    ...fields,
    status: 'running',
    answers: fields.questions.map(() => ({ typed: '', recording: null, usedMs: 0, overtimeMs: 0, rating: null, notes: '' })),
    current: 0,
    phase: fields.plan.thinkSeconds > 0 ? 'thinking' : 'answering',
    reportPath: null,
  };
}

export class MockRun {
  /** Phase time counted before the stretch in progress. */
  private counted: number;
  /** Monotonic start of the stretch in progress; null while paused or done. */
  private since: number | null = null;
  /** The timer run this session started, while it has not been taken over. */
  private ownRun: number | null = null;
  /** Set while this run calls the timer: the events that causes are its own. */
  private driving = false;
  /** The countdown phase's length: the plan's, plus any minute the user added on the timer. */
  private targetMs: number | null;

  /**
   * @param session a new session (status running, at its first phase) or a
   * restored one (paused); `phaseElapsedMs` is the time its phase had counted.
   */
  constructor(
    readonly session: MockSession,
    phaseElapsedMs: number,
    private readonly options: MockRunOptions,
  ) {
    this.counted = phaseElapsedMs;
    this.targetMs = this.planTargetMs();
  }

  get active(): boolean {
    return this.session.status === 'running' || this.session.status === 'paused';
  }

  /** Time the phase in progress has counted so far. */
  phaseElapsedMs(): number {
    return this.counted + (this.since === null ? 0 : this.options.clock.monotonic() - this.since);
  }

  /** Starts a new session's first phase. */
  begin(): void {
    this.since = this.options.clock.monotonic();
    this.showPhase();
    this.options.changed();
  }

  /** Thinking → answering; an answer or its overtime → the next question (or the end). A paused session runs again. */
  next(): void {
    this.requireActive();
    const { current, phase } = this.session;
    this.settleTimer();
    // The phase's time ran out just as the user asked: it has ended, and ending the next one too would skip it.
    if (this.session.current !== current || this.session.phase !== phase) return;
    if (phase === 'thinking') this.enterPhase('answering');
    else this.endAnswer(this.phaseElapsedMs());
    this.options.changed();
  }

  pause(): void {
    this.requireActive();
    this.settleTimer();
    if (this.session.status !== 'running') return;
    this.stopCounting('paused');
    if (this.ownsTimer()) this.drive(() => this.options.timer.pause());
    this.options.changed();
  }

  resume(): void {
    this.requireActive();
    if (this.session.status !== 'paused') return;
    this.session.status = 'running';
    this.since = this.options.clock.monotonic();
    const target = this.targetMs;
    if (target !== null && this.phaseElapsedMs() >= target) {
      // Its time ran out before the pause took hold (or before a restart): up now.
      this.timeUp(target);
    } else if (this.ownsTimer() && this.options.timer.get().status === 'paused') {
      this.drive(() => this.options.timer.resume());
    } else {
      this.showPhase();
    }
    this.options.changed();
  }

  /**
   * Ends the session: `finished` when the user ended it (or answered the
   * last question), `partial` when it was left (another session started).
   * The answer in progress keeps the time it had.
   */
  finish(status: 'finished' | 'partial'): void {
    if (!this.active) return;
    this.settleTimer();
    if (!this.active) return; // the last answer's time ran out just now, and that ended it
    if (this.session.phase !== 'thinking') this.recordAnswer(this.phaseElapsedMs());
    this.end(status);
    this.options.changed();
  }

  /** Saved as paused, the timer let go: the vault is closing or the app quitting. */
  suspend(): void {
    if (!this.active) return;
    if (this.session.status === 'running') this.stopCounting('paused');
    this.releaseTimer();
  }

  /** Follows the timer's events (the core's, whoever caused them). */
  readonly onEvent: CoreListener = (name, payload) => {
    if (this.driving || this.ownRun === null || !this.active) return;
    if (name !== 'timer:changed' && name !== 'timer:cue') return;
    if (this.options.timer.run !== this.ownRun) {
      // The user started their own countdown, reset or set up the timer: it is theirs now.
      this.ownRun = null;
      if (this.session.status === 'running') {
        this.stopCounting('paused');
        this.options.changed();
      }
      return;
    }
    if (name === 'timer:cue') {
      const cue = payload as TimerCue;
      if (cue.kind === 'end' && this.session.status === 'running') {
        this.timeUp(cue.timer.durationMs);
        this.options.changed();
      }
      return;
    }
    // The user paused, resumed or added a minute to the session's own run from the header: the session follows.
    const { status, mode, durationMs } = payload as TimerSnapshot;
    if (mode === 'countdown') this.targetMs = durationMs;
    if (status === 'paused' && this.session.status === 'running') {
      this.stopCounting('paused');
      this.options.changed();
    } else if (status === 'running' && this.session.status === 'paused') {
      this.session.status = 'running';
      this.since = this.options.clock.monotonic();
      this.options.changed();
    }
  };

  /** A countdown phase's time is up (`usedMs`: its length, minutes the user added on the timer included). */
  private timeUp(usedMs: number): void {
    if (this.session.phase === 'thinking') this.enterPhase('answering');
    else if (this.session.plan.autoAdvance) this.endAnswer(usedMs);
    else {
      this.answer().usedMs = usedMs;
      this.enterPhase('overtime');
    }
  }

  /** Records the answer in progress and moves to the next question, or ends the session after the last. */
  private endAnswer(elapsedMs: number): void {
    this.recordAnswer(elapsedMs);
    const { session } = this;
    session.current++;
    if (session.current >= session.questions.length) this.end('finished');
    else this.enterPhase(session.plan.thinkSeconds > 0 ? 'thinking' : 'answering');
  }

  /** Answering time so far; in overtime, the answer's time (set when it ran out) and the overtime. */
  private recordAnswer(elapsedMs: number): void {
    const answer = this.answer();
    if (this.session.phase === 'overtime') {
      answer.overtimeMs = elapsedMs;
      answer.usedMs += elapsedMs;
    } else {
      answer.usedMs = elapsedMs;
      answer.overtimeMs = 0;
    }
  }

  private enterPhase(phase: MockPhase): void {
    this.session.phase = phase;
    this.session.status = 'running';
    this.targetMs = this.planTargetMs();
    this.counted = 0;
    this.since = this.options.clock.monotonic();
    this.showPhase();
  }

  private end(status: 'finished' | 'partial'): void {
    this.stopCounting(status);
    this.counted = 0;
    this.session.current = this.session.questions.length;
    this.session.phase = 'done';
    this.releaseTimer();
  }

  private stopCounting(status: MockSession['status']): void {
    this.counted = this.phaseElapsedMs();
    this.since = null;
    this.session.status = status;
  }

  /** Starts the timer for the phase in progress, counting on from the time it has. */
  private showPhase(): void {
    const { session } = this;
    const label = `Mock ${session.current + 1}/${session.questions.length}: ${PHASE_LABELS[session.phase]}`;
    const target = this.targetMs;
    const elapsedMs = this.phaseElapsedMs();
    this.drive(() =>
      target === null
        ? this.options.timer.start({ mode: 'stopwatch', label, elapsedMs })
        : this.options.timer.start({
            mode: 'countdown',
            durationMs: target,
            label,
            elapsedMs,
            warningBeforeEndMs: session.phase === 'answering' ? ANSWER_WARNING_MS : null,
          }),
    );
    this.ownRun = this.options.timer.run;
  }

  /** Lets the timer give a cue that is due by the clock now, so an action never lands on a phase already over. */
  private settleTimer(): void {
    if (this.ownsTimer()) this.options.timer.get();
  }

  private releaseTimer(): void {
    if (this.ownsTimer()) this.drive(() => this.options.timer.reset());
    this.ownRun = null;
  }

  private ownsTimer(): boolean {
    return this.ownRun !== null && this.options.timer.run === this.ownRun;
  }

  private drive(call: () => unknown): void {
    this.driving = true;
    try {
      call();
    } finally {
      this.driving = false;
    }
  }

  /** The phase's countdown length as planned; null for overtime, which counts up. */
  private planTargetMs(): number | null {
    const { plan, phase } = this.session;
    if (phase === 'thinking') return plan.thinkSeconds * 1000;
    if (phase === 'answering') return plan.answerSeconds * 1000;
    return null;
  }

  private answer() {
    return this.session.answers[this.session.current]!;
  }

  private requireActive(): void {
    if (!this.active) throw new CoachError('INVALID_ARGUMENT', `The session “${this.session.title}” has ended; start a new one.`);
  }
}

const PHASE_LABELS: Readonly<Record<MockPhase, string>> = {
  thinking: 'thinking',
  answering: 'answer',
  overtime: 'overtime',
  done: 'done',
};
