/**
 * Every card's drill state, in memory, backed by the review log (the truth)
 * and a snapshot of it (a cache for fast starts). A change is appended to the
 * log first and applied in memory only once it is on disk: a failed write
 * throws and leaves everything as it was.
 *
 * Operations run one at a time, in call order, so each grade is computed from
 * the state the previous one left and log order is application order.
 */
import { createAtomicWriter, type AtomicWriter } from '../fs/atomic-write';
import type { Clock, Logger } from '../types';
import type { AppendFs } from './append-file';
import { applyEntry, type CardState, type CardStates } from './card-state';
import { nextStudyDayStart, studyDayStart } from './day';
import type { GradeEntry, LogEntry, UndoEntry } from './log-entry';
import { ReviewLog } from './review-log';
import type { Grade, Scheduler } from './scheduler';
import { encodeSnapshot, readSnapshot, SNAPSHOT_FILE, snapshotPath } from './snapshot';
import type { DrillCard } from './types';

/**
 * Unsaved changes wait at most this long for the snapshot. Not a debounce
 * that restarts with every grade: during a long session it still writes, so
 * a crash leaves only a short log tail to replay.
 */
export const SNAPSHOT_DELAY_MS = 30_000;

export interface ScheduleStoreOptions {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  scheduler: Scheduler;
  writer?: AtomicWriter;
  appendFs?: AppendFs;
  snapshotDelayMs?: number;
}

interface ResolvedStates {
  states: (CardState | undefined)[];
  /** How many states the store had when they were looked up: it only grows. */
  known: number;
}

export interface StoreStartResult {
  /** Things the user should be told (a damaged review log). */
  notices: string[];
}

export class ScheduleStore {
  private readonly options: ScheduleStoreOptions;
  private readonly writer: AtomicWriter;
  private readonly log: ReviewLog;
  private states: CardStates = new Map();
  private lastSeq = 0;
  /** The log entry the snapshot on disk reflects. */
  private savedSeq = 0;
  /** This run's grades that were not undone, oldest first: the undo stack. */
  private readonly grades: GradeEntry[] = [];
  private operations: Promise<unknown> = Promise.resolve();
  /** Per card list, each card's state: see `statesOf`. */
  private resolved = new WeakMap<readonly DrillCard[], ResolvedStates>();
  private snapshotTimer: unknown = null;
  private snapshotWrites: Promise<void> = Promise.resolve();

  constructor(options: ScheduleStoreOptions) {
    this.options = options;
    this.writer = options.writer ?? createAtomicWriter();
    this.log = new ReviewLog({
      dataDir: options.dataDir,
      writer: this.writer,
      logger: options.logger,
      now: () => options.clock.now(),
      appendFs: options.appendFs,
    });
  }

  async start(): Promise<StoreStartResult> {
    const snapshot = await readSnapshot(this.options.dataDir);
    const contents = await this.log.read(snapshot?.position ?? null);
    this.states = snapshot?.states ?? new Map();
    this.resolved = new WeakMap();
    for (const entry of contents.entries) applyEntry(this.states, entry);
    this.savedSeq = snapshot?.position.seq ?? 0;
    this.lastSeq = Math.max(this.savedSeq, contents.lastSeq);
    if (this.savedSeq > contents.lastSeq) {
      this.options.logger.warn('The schedule snapshot is ahead of the review log; keeping the snapshot', {
        snapshot: this.savedSeq,
        log: contents.lastSeq,
      });
    }
    // Renewed when entries follow it, or when its log position no longer holds (the log had to be read whole).
    if (contents.entries.length > 0 || (snapshot && !contents.fromPosition)) this.scheduleSnapshot();
    return { notices: contents.notice ? [contents.notice] : [] };
  }

  /** Waits for running operations, writes the snapshot if it is behind or due, closes the log. */
  async stop(): Promise<void> {
    await this.operations.catch(() => undefined);
    const pending = this.snapshotTimer !== null;
    if (pending) this.options.clock.clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    if (pending || this.lastSeq > this.savedSeq) this.saveSnapshot();
    await this.snapshotWrites;
    await this.log.close();
  }

  /** The last log entry applied. */
  get seq(): number {
    return this.lastSeq;
  }

  get(cardId: string): Readonly<CardState> | undefined {
    return this.states.get(cardId);
  }

  /** Every card that was ever graded, suspended or buried; the rest are new. */
  get all(): ReadonlyMap<string, Readonly<CardState>> {
    return this.states;
  }

  /** This run's grades, undone ones left out, oldest first. */
  get sessionGrades(): readonly GradeEntry[] {
    return this.grades;
  }

  /**
   * The state of each card of `cards`, index for index (undefined: never
   * seen, so new). Cached for the array: looking 100,000 card ids up in a Map
   * costs more than building a queue from the result, and the catalog hands
   * over the same array until the vault changes. State objects are never
   * replaced (see card-state.ts), so the cache only has to look again for
   * the cards it had no state for, and only once new states exist.
   */
  statesOf(cards: readonly DrillCard[]): readonly (Readonly<CardState> | undefined)[] {
    let resolved = this.resolved.get(cards);
    if (!resolved) {
      resolved = { states: cards.map((card) => this.states.get(card.id)), known: this.states.size };
      this.resolved.set(cards, resolved);
    } else if (resolved.known !== this.states.size) {
      const { states } = resolved;
      for (let i = 0; i < cards.length; i++) states[i] ??= this.states.get(cards[i]!.id);
      resolved.known = this.states.size;
    }
    return resolved.states;
  }

  /** Every entry of the review log, read between writes (the Stats screen's history). */
  logEntries(): Promise<LogEntry[]> {
    return this.run(async () => (await this.log.read(null)).entries);
  }

  /** Cards first graded in the study day of `now`. */
  introducedOn(now: number): number {
    const since = studyDayStart(now);
    let count = 0;
    for (const state of this.states.values()) if (state.introducedAt >= since) count++;
    return count;
  }

  grade(cardId: string, grade: Grade, now: number, elapsedMs: number): Promise<GradeEntry> {
    return this.run(async () => {
      const before = this.states.get(cardId)?.schedule ?? null;
      const after = this.options.scheduler.next(before, grade, now);
      const entry: GradeEntry = { seq: this.lastSeq + 1, type: 'grade', cardId, at: now, grade, before, after, elapsedMs };
      await this.commit(entry);
      this.grades.push(entry);
      return entry;
    });
  }

  /** Reverts this run's last grade that is not undone yet; null when there is none. */
  undoLast(now: number): Promise<UndoEntry | null> {
    return this.run(async () => {
      const last = this.grades.at(-1);
      if (!last) return null;
      const entry: UndoEntry = { seq: this.lastSeq + 1, type: 'undo', cardId: last.cardId, at: now, undoes: last.seq, restore: last.before };
      await this.commit(entry);
      this.grades.pop();
      return entry;
    });
  }

  suspend(cardId: string, now: number): Promise<void> {
    return this.run(async () => {
      if (!this.states.get(cardId)?.suspended) await this.commit({ seq: this.lastSeq + 1, type: 'suspend', cardId, at: now });
    });
  }

  unsuspend(cardId: string, now: number): Promise<void> {
    return this.run(async () => {
      if (this.states.get(cardId)?.suspended) await this.commit({ seq: this.lastSeq + 1, type: 'unsuspend', cardId, at: now });
    });
  }

  /** Hides the card until the next study day. */
  bury(cardId: string, now: number): Promise<void> {
    return this.run(() => this.commit({ seq: this.lastSeq + 1, type: 'bury', cardId, at: now, until: nextStudyDayStart(now) }));
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.operations.then(operation);
    this.operations = result.catch(() => undefined); // one failure must not stop the ones queued after it
    return result;
  }

  private async commit(entry: LogEntry): Promise<void> {
    await this.log.append(entry);
    this.lastSeq = entry.seq;
    applyEntry(this.states, entry);
    this.scheduleSnapshot();
  }

  private scheduleSnapshot(): void {
    if (this.snapshotTimer !== null) return;
    this.snapshotTimer = this.options.clock.setTimeout(() => {
      this.snapshotTimer = null;
      this.saveSnapshot();
    }, this.options.snapshotDelayMs ?? SNAPSHOT_DELAY_MS);
  }

  /** Captures the state now and writes it after any write still in progress, so an older one never lands last. */
  private saveSnapshot(): void {
    const seq = this.lastSeq;
    const text = encodeSnapshot({ seq, bytes: this.log.length }, this.states);
    this.snapshotWrites = this.snapshotWrites.then(async () => {
      try {
        await this.writer.replace(snapshotPath(this.options.dataDir), text, SNAPSHOT_FILE);
        this.savedSeq = Math.max(this.savedSeq, seq);
      } catch (error) {
        // Only start-up speed depends on the snapshot; the log has every change. The next change retries.
        this.options.logger.warn('Could not write the schedule snapshot', error instanceof Error ? error.message : error);
      }
    });
  }
}
