/**
 * The drills, as the rest of the core uses them: queue and counts for the
 * cards the catalog found, the four grade buttons with their intervals,
 * grading, undo, suspend and bury, and the summary of a session. The
 * schedule lives in the data dir, never in the notes.
 */
import { CoachError } from '../../contract/errors';
import type { AtomicWriter } from '../fs/atomic-write';
import type { Clock, Logger } from '../types';
import type { AppendFs } from './append-file';
import type { CardState } from './card-state';
import { deckCounts, type DeckCounts } from './deck-counts';
import { formatInterval } from './interval-label';
import type { GradeEntry, LogEntry, UndoEntry } from './log-entry';
import { buildQueue, DEFAULT_NEW_CARDS_PER_DAY, type DrillQueue } from './queue';
import { ScheduleStore, type StoreStartResult } from './schedule-store';
import { DEFAULT_DESIRED_RETENTION, GRADES, Scheduler, type Grade } from './scheduler';
import { summarizeSession, type SessionSummary } from './session-summary';
import type { DrillCard, DrillSelection } from './types';

export interface DrillSettings {
  /** The probability of recall FSRS schedules for, 0.7 to 0.99. */
  desiredRetention: number;
  /** New cards introduced a day, over all decks. */
  newCardsPerDay: number;
}

export const MAX_NEW_CARDS_PER_DAY = 9999;

export interface DrillServiceOptions {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  settings?: Partial<DrillSettings>;
  writer?: AtomicWriter;
  appendFs?: AppendFs;
  /** Interval fuzz (on by default); tests turn it off for exact intervals. */
  fuzz?: boolean;
}

export interface GradeButton {
  grade: Grade;
  intervalMs: number;
  /** "<1 min", "10 min", "4 d", "2.5 mo". */
  label: string;
}

export class DrillService {
  private readonly clock: Clock;
  private readonly scheduler: Scheduler;
  private readonly store: ScheduleStore;
  private current: DrillSettings;
  /** Grades after this log entry belong to the current session. */
  private sessionStart = 0;

  constructor(options: DrillServiceOptions) {
    this.clock = options.clock;
    this.current = validSettings({ desiredRetention: DEFAULT_DESIRED_RETENTION, newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY, ...options.settings });
    this.scheduler = new Scheduler({ desiredRetention: this.current.desiredRetention, fuzz: options.fuzz });
    this.store = new ScheduleStore({
      dataDir: options.dataDir,
      clock: options.clock,
      logger: options.logger,
      scheduler: this.scheduler,
      writer: options.writer,
      appendFs: options.appendFs,
    });
  }

  /** Loads the schedule; the notices are for the user (a damaged review log was repaired). */
  start(): Promise<StoreStartResult> {
    return this.store.start();
  }

  stop(): Promise<void> {
    return this.store.stop();
  }

  get settings(): DrillSettings {
    return { ...this.current };
  }

  updateSettings(patch: Partial<DrillSettings>): DrillSettings {
    const next = validSettings({ ...this.current, ...patch });
    this.scheduler.desiredRetention = next.desiredRetention;
    this.current = next;
    return this.settings;
  }

  queue<C extends DrillCard>(cards: readonly C[], selection: DrillSelection): DrillQueue<C> {
    return buildQueue(cards, this.store, selection, this.clock.now(), { newCardsPerDay: this.current.newCardsPerDay });
  }

  counts(cards: readonly DrillCard[]): DeckCounts {
    return deckCounts(cards, this.store, this.clock.now(), this.current.newCardsPerDay);
  }

  /** The review log's entries, for the Stats screen. */
  reviewEntries(): Promise<LogEntry[]> {
    return this.store.logEntries();
  }

  /** The card's schedule and flags; undefined for a card never graded, suspended or buried. */
  state(cardId: string): Readonly<CardState> | undefined {
    return this.store.get(cardId);
  }

  /** The four grades with the interval each would give the card now. */
  buttons(cardId: string): GradeButton[] {
    const preview = this.scheduler.preview(this.store.get(cardId)?.schedule ?? null, this.clock.now());
    return GRADES.map((grade) => ({ grade, intervalMs: preview[grade].intervalMs, label: formatInterval(preview[grade].intervalMs) }));
  }

  /** Resolves once the grade is on disk; a failure (disk full, read-only) changes nothing. */
  grade(cardId: string, grade: Grade, elapsedMs: number): Promise<GradeEntry> {
    return this.store.grade(cardId, grade, this.clock.now(), elapsedMs);
  }

  /** Reverts the last grade of this run; null when there is nothing to undo. */
  undo(): Promise<UndoEntry | null> {
    return this.store.undoLast(this.clock.now());
  }

  suspend(cardId: string): Promise<void> {
    return this.store.suspend(cardId, this.clock.now());
  }

  unsuspend(cardId: string): Promise<void> {
    return this.store.unsuspend(cardId, this.clock.now());
  }

  /** Hides the card until the next study day. */
  bury(cardId: string): Promise<void> {
    return this.store.bury(cardId, this.clock.now());
  }

  beginSession(): void {
    this.sessionStart = this.store.seq;
  }

  /** Cards, time and grades since `beginSession`, undone grades left out. */
  sessionSummary(): SessionSummary {
    return summarizeSession(this.store.sessionGrades.filter((entry) => entry.seq > this.sessionStart));
  }
}

function validSettings(settings: DrillSettings): DrillSettings {
  const { newCardsPerDay } = settings;
  if (!Number.isInteger(newCardsPerDay) || newCardsPerDay < 0 || newCardsPerDay > MAX_NEW_CARDS_PER_DAY) {
    throw new CoachError('INVALID_ARGUMENT', `New cards per day must be a whole number from 0 to ${MAX_NEW_CARDS_PER_DAY}; got ${newCardsPerDay}.`);
  }
  // Desired retention is checked by the scheduler, which owns its bounds.
  return settings;
}
