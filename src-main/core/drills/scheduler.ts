/**
 * FSRS scheduling through `ts-fsrs`. This wrapper only translates: a card's
 * schedule is kept as plain JSON (epoch milliseconds, string phase) so it can
 * go into the review log and the snapshot as it is, and is turned into a
 * ts-fsrs `Card` just for the computation.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { CoachError } from '../../contract/errors';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** A card that was never graded has no schedule: it is "new". */
export type Phase = 'learning' | 'review' | 'relearning';

export interface Schedule {
  /** Epoch ms when the card is next due. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: Phase;
  /** Epoch ms of the last grade. */
  lastReview: number;
}

export interface GradePreview {
  schedule: Schedule;
  /** Time from `now` until the card would be due again. */
  intervalMs: number;
}

export const DEFAULT_DESIRED_RETENTION = 0.9;
/** Anki's bounds for desired retention: outside them FSRS intervals stop making sense. */
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.99;

export interface SchedulerOptions {
  desiredRetention?: number;
  /**
   * Spreads intervals by a few percent so cards learnt together do not stay
   * due together (Anki does the same). Tests turn it off for exact intervals.
   */
  fuzz?: boolean;
}

const RATING: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const PHASE_TO_STATE: Record<Phase, State> = { learning: State.Learning, review: State.Review, relearning: State.Relearning };

export class Scheduler {
  private engine: FSRS;
  private readonly fuzz: boolean;

  constructor(options: SchedulerOptions = {}) {
    this.fuzz = options.fuzz ?? true;
    this.engine = this.createEngine(options.desiredRetention ?? DEFAULT_DESIRED_RETENTION);
  }

  set desiredRetention(value: number) {
    this.engine = this.createEngine(value);
  }

  /** The schedule after grading a card (`null`: never graded) at `now`. */
  next(schedule: Schedule | null, grade: Grade, now: number): Schedule {
    const at = notBefore(schedule, now);
    return fromFsrs(this.engine.next(toFsrs(schedule, at), at, RATING[grade]).card);
  }

  /** What each grade would do, for the buttons' interval labels. */
  preview(schedule: Schedule | null, now: number): Record<Grade, GradePreview> {
    const at = notBefore(schedule, now);
    const outcomes = this.engine.repeat(toFsrs(schedule, at), at);
    const result = {} as Record<Grade, GradePreview>;
    for (const grade of GRADES) {
      const next = fromFsrs(outcomes[RATING[grade]].card);
      result[grade] = { schedule: next, intervalMs: next.due - now };
    }
    return result;
  }

  private createEngine(desiredRetention: number): FSRS {
    if (!(desiredRetention >= MIN_DESIRED_RETENTION && desiredRetention <= MAX_DESIRED_RETENTION)) {
      throw new CoachError(
        'INVALID_ARGUMENT',
        `Desired retention must be between ${MIN_DESIRED_RETENTION} and ${MAX_DESIRED_RETENTION}; got ${desiredRetention}.`,
      );
    }
    return fsrs({ request_retention: desiredRetention, enable_fuzz: this.fuzz });
  }
}

/**
 * ts-fsrs throws when a card is graded before its last review. That happens
 * when the system clock is set back; the grade then counts as given at the
 * last review instead of failing.
 */
function notBefore(schedule: Schedule | null, now: number): number {
  return schedule ? Math.max(now, schedule.lastReview) : now;
}

function toFsrs(schedule: Schedule | null, now: number): Card {
  if (!schedule) return createEmptyCard(now);
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs and recomputed from last_review on every grade
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: PHASE_TO_STATE[schedule.phase],
    last_review: new Date(schedule.lastReview),
  };
}

function fromFsrs(card: Card): Schedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: toPhase(card.state),
    lastReview: card.last_review!.getTime(), // always set once a card has been graded
  };
}

function toPhase(state: State): Phase {
  switch (state) {
    case State.Review:
      return 'review';
    case State.Relearning:
      return 'relearning';
    default:
      // A graded card is never New again; Learning is the safe reading of anything else.
      return 'learning';
  }
}
