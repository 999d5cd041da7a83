/**
 * The mock interviews of one open vault, and the `mock:*` methods that need
 * one. At most one session is active (running or paused) at a time; it is
 * driven by a MockRun. Every session is a JSON file in the vault's data dir,
 * saved on every change; once it ends, its report note is written in the
 * vault (and kept up to date while untouched by hand), its recordings beside it.
 */
import { randomUUID } from 'node:crypto';
import type { MockHistoryItem, MockPlan, MockRecording, MockReview, MockSession } from '../../contract';
import { CoachError } from '../../contract/errors';
import { normalizeQuestion } from '../cards/identity';
import type { VaultCard, VaultCards } from '../cards/vault-cards';
import type { Emit } from '../events';
import type { Clock, CoreListener, Logger } from '../types';
import type { VaultService } from '../vault/vault-service';
import { buildQuestions, type MockCandidates, type Random } from './build-session';
import { KIND_LABELS } from './formats';
import { LatestWrite } from './latest-write';
import { localDateTime } from '../util/local-time';
import { recordingPathOf, recordingsFolderOf, reportPathOf, sessionBaseName } from './mock-paths';
import { MockRun, newSession, type MockTimer } from './mock-run';
import { decodeRecording, recordingExtension } from '../fs/recording';
import { answeredCount } from './report';
import { reportState, updateReport, type ReportNotes } from './report-file';
import { buildReview } from './review';
import type { StoredMock } from './session-file';
import type { SessionStore } from './session-store';
import { errorMessage } from '../util/error-message';

export interface VaultMockOptions {
  store: SessionStore;
  notes: ReportNotes & Pick<VaultService, 'delete' | 'writeAsset'>;
  /** Whether a vault path (one the core made, or read from a session file) is there. */
  exists: (vaultPath: string) => Promise<boolean>;
  /** What a new session's questions are picked from, as the vault is now. */
  candidates: () => MockCandidates;
  /** The vault's cards, for the reference answers; null when the drills could not start. */
  cards: Pick<VaultCards, 'get' | 'all' | 'withAnswers' | 'ready'> | null;
  timer: MockTimer;
  clock: Clock;
  emit: Emit;
  logger: Logger;
  random?: Random;
}

/** A session and its two writers: its JSON file, and (once it ended) its report. */
interface Entry {
  stored: StoredMock;
  save: LatestWrite;
  report: LatestWrite;
  /** Set by `delete`: a write still on its way must not bring the file back. */
  deleted: boolean;
}

export class VaultMock {
  private readonly entries = new Map<string, Entry>();
  /** The session running or paused, or null. */
  private run: MockRun | null = null;
  /** The save of the run's last change, for the request that caused it to await. */
  private saved: Promise<void> = Promise.resolve();

  constructor(private readonly options: VaultMockOptions) {}

  /**
   * Takes in the sessions read from disk. One that was running when the app
   * stopped resumes as paused, at the same question with what was typed; if
   * there are several (which only a crash between two saves could leave), the
   * newest is the active one and the others are kept as partial.
   */
  restore(sessions: readonly StoredMock[]): void {
    const newestFirst = [...sessions].sort((a, b) => b.session.startedAt - a.session.startedAt);
    for (const stored of newestFirst) {
      const entry = this.add(stored);
      const { session } = stored;
      if (session.status !== 'running' && session.status !== 'paused') continue;
      if (session.status === 'running') session.status = 'paused';
      const run = this.runOf(entry, stored.phaseElapsedMs);
      if (this.run) run.finish('partial');
      else {
        this.run = run;
        this.changed(entry, false);
      }
    }
  }

  /** Follows the core's events: the timer's tell the active session when a phase's time is up. */
  readonly onEvent: CoreListener = (name, payload) => {
    const run = this.run;
    if (!run) return;
    const before = this.saved;
    run.onEvent(name, payload);
    // A change no request is waiting for: a failed save is told to the user here.
    if (this.saved !== before) this.saved.catch((error: unknown) => this.tell(`The mock session could not be saved: ${errorMessage(error)}`));
  };

  /** Picks the questions and starts thinking on the timer; a session still active is kept as partial. */
  async start(plan: MockPlan): Promise<MockSession> {
    const questions = buildQuestions(plan, this.options.candidates(), this.options.random);
    if (this.run?.active) {
      this.run.finish('partial');
      await this.saved;
    }
    const startedAt = this.options.clock.now();
    const label = KIND_LABELS[plan.kind];
    const { date, time } = localDateTime(startedAt);
    const session = newSession({ id: randomUUID(), title: `${label} · ${date} ${time}`, plan, startedAt, questions });
    const entry = this.add({ session, phaseElapsedMs: 0, baseName: await this.freeBaseName(sessionBaseName(startedAt, label)), reportHash: null });
    this.run = this.runOf(entry, 0);
    this.run.begin();
    await this.saved;
    return copy(session);
  }

  active(): MockSession | null {
    return this.run?.active ? copy(this.run.session) : null;
  }

  /** The answer typed so far; also for an earlier question (a save that arrives after "Next") or an ended session. */
  async saveAnswer(id: string, index: number, typed: string): Promise<void> {
    const entry = this.reached(id, index);
    entry.stored.session.answers[index]!.typed = typed;
    await this.persist(entry);
  }

  next(id: string): Promise<MockSession> {
    return this.drive(id, (run) => run.next());
  }

  pause(id: string): Promise<MockSession> {
    return this.drive(id, (run) => run.pause());
  }

  resume(id: string): Promise<MockSession> {
    return this.drive(id, (run) => run.resume());
  }

  /** Ends the session now; for one already ended, tries its report again. */
  async finish(id: string): Promise<MockSession> {
    const entry = this.require(id);
    if (this.run?.session.id === id && this.run.active) return this.drive(id, (run) => run.finish('finished'));
    await this.persist(entry);
    return copy(entry.stored.session);
  }

  /**
   * Writes the recording into the vault beside the report, then records it
   * with the answer. A failed write (a full disk) changes nothing: the typed
   * answer and the session are as they were, and the user can try again.
   */
  async saveRecording(args: { sessionId: string; index: number; mimeType: string; base64: string; durationMs: number }): Promise<MockRecording> {
    const entry = this.reached(args.sessionId, args.index);
    const extension = recordingExtension(args.mimeType);
    const bytes = decodeRecording(args.base64);
    const path = recordingPathOf(entry.stored.baseName, args.index, extension);
    try {
      await this.options.notes.writeAsset(path, bytes);
    } catch (error) {
      if (!(error instanceof CoachError)) throw error;
      throw new CoachError(error.code, `The recording of question ${args.index + 1} was not saved. ${error.message} Your typed answer and the session are kept.`);
    }
    const recording: MockRecording = { path, mimeType: args.mimeType, durationMs: args.durationMs };
    entry.stored.session.answers[args.index]!.recording = recording;
    const isActive = this.run?.session.id === args.sessionId && this.run.active;
    await this.persist(entry, isActive);
    return { ...recording };
  }

  /** Every session of the history, for the Stats screen's mock trends. */
  sessions(): MockSession[] {
    return [...this.entries.values()].map(({ stored }) => stored.session);
  }

  history(): MockHistoryItem[] {
    return [...this.entries.values()]
      .map(({ stored: { session } }) => ({
        id: session.id,
        title: session.title,
        startedAt: session.startedAt,
        status: session.status,
        questionCount: session.questions.length,
        answered: answeredCount(session),
        reportPath: session.reportPath,
      }))
      .sort((a, b) => b.startedAt - a.startedAt);
  }

  async review(id: string): Promise<MockReview> {
    const { stored } = this.require(id);
    const { session } = stored;
    const cards = this.options.cards;
    const missing = await Promise.all(session.answers.map(async (answer) => answer.recording !== null && !(await this.options.exists(answer.recording.path))));
    return copy(
      buildReview(stored, {
        referenceAnswers: await this.referenceAnswers(stored),
        cardsReady: cards?.ready ?? true,
        missingRecordings: new Set(missing.flatMap((gone, i) => (gone ? [i] : []))),
        report: await reportState(this.options.notes, stored),
      }),
    );
  }

  /** The user's rating and notes on an answer (each left as it was when not given); the report follows. */
  async rate(args: { sessionId: string; index: number; rating?: number | null; notes?: string }): Promise<MockReview> {
    const entry = this.require(args.sessionId);
    const answer = entry.stored.session.answers[this.checkIndex(entry, args.index)]!;
    if (args.rating !== undefined) answer.rating = args.rating;
    if (args.notes !== undefined) answer.notes = args.notes;
    await this.persist(entry);
    return this.review(args.sessionId);
  }

  /** Removes the session: its report and recordings go to the trash (undoable there), then its file. */
  async delete(id: string): Promise<void> {
    const entry = this.require(id);
    if (this.run?.session.id === id) {
      this.run.suspend();
      this.run = null;
      this.options.emit('mock:changed', { session: null });
    }
    entry.deleted = true;
    await Promise.all([entry.save.idle(), entry.report.idle()]);
    const { baseName } = entry.stored;
    for (const path of [reportPathOf(baseName), recordingsFolderOf(baseName)]) {
      if (await this.options.exists(path)) await this.options.notes.delete(path);
    }
    await this.options.store.remove(id);
    this.entries.delete(id);
  }

  /** The vault is closing: the active session is saved as paused, the timer let go. */
  async close(): Promise<void> {
    const run = this.run;
    this.run = null;
    if (run?.active) {
      run.suspend();
      const entry = this.require(run.session.id);
      entry.stored.phaseElapsedMs = run.phaseElapsedMs();
      await this.persist(entry).catch((error: unknown) => this.options.logger.error('Could not save the mock session', error));
    }
    await Promise.all([...this.entries.values()].flatMap((entry) => [entry.save.idle(), entry.report.idle()]));
  }

  private add(stored: StoredMock): Entry {
    const entry: Entry = {
      stored,
      deleted: false,
      save: new LatestWrite(async () => {
        if (entry.deleted) return;
        entry.stored.phaseElapsedMs = this.run?.session === entry.stored.session ? this.run.phaseElapsedMs() : entry.stored.phaseElapsedMs;
        await this.options.store.write(entry.stored);
      }),
      report: new LatestWrite(() => this.writeReport(entry)),
    };
    this.entries.set(stored.session.id, entry);
    return entry;
  }

  private runOf(entry: Entry, phaseElapsedMs: number): MockRun {
    return new MockRun(entry.stored.session, phaseElapsedMs, {
      clock: this.options.clock,
      timer: this.options.timer,
      // Only the active session's changes are news to the windows (not one restored just to be kept as partial).
      changed: () => this.changed(entry, this.run?.session === entry.stored.session),
    });
  }

  /** A transition of a session: saved (the report too once it ended) and, when asked, the windows told. */
  private changed(entry: Entry, tell: boolean): void {
    this.saved = this.persist(entry, tell);
    // Awaited by the request that caused it, if any; never left unhandled.
    this.saved.catch(() => undefined);
  }

  private persist(entry: Entry, tell = false): Promise<void> {
    if (tell) this.options.emit('mock:changed', { session: copy(entry.stored.session) });
    const saved = entry.save.request();
    const { status } = entry.stored.session;
    return status === 'finished' || status === 'partial' ? Promise.all([saved, entry.report.request()]).then(() => undefined) : saved;
  }

  /**
   * The report as the session is now, unless the user has made it theirs.
   * A report that cannot be written (a full disk, a note of that name) does
   * not fail the request: the session is safe in the data dir, the user is
   * told, and the next change tries again.
   */
  private async writeReport(entry: Entry): Promise<void> {
    if (entry.deleted) return;
    const { stored } = entry;
    try {
      const hash = await updateReport(this.options.notes, stored);
      if (hash === null) return;
      stored.reportHash = hash;
      stored.session.reportPath = reportPathOf(stored.baseName);
    } catch (error) {
      this.options.logger.warn('Could not write a mock interview report', error);
      this.tell(`The report of the mock session “${stored.session.title}” could not be written: ${errorMessage(error)}`);
      return;
    }
    await entry.save.request();
  }

  private async drive(id: string, step: (run: MockRun) => void): Promise<MockSession> {
    const entry = this.require(id);
    const run = this.run;
    if (!run || run.session.id !== id) throw new CoachError('INVALID_ARGUMENT', `The session “${entry.stored.session.title}” is not running; start a new one.`);
    const before = this.saved;
    step(run);
    // A step that changed nothing (a pause of a paused session) has nothing to wait for.
    if (this.saved !== before) await this.saved;
    return copy(run.session);
  }

  /** The technical questions' answers in the notes now: by card id, or by the question's words if the card changed. */
  private async referenceAnswers(stored: StoredMock): Promise<Map<number, string>> {
    const cards = this.options.cards;
    const found = new Map<number, VaultCard>();
    if (cards) {
      let byWords: Map<string, VaultCard> | undefined;
      stored.session.questions.forEach((question, i) => {
        if (question.kind !== 'technical') return;
        let card = question.cardId === null ? undefined : cards.get(question.cardId);
        if (!card) {
          // Built only when a card is not found by id: it means normalising every card of the vault.
          byWords ??= new Map(cards.all().map((c) => [normalizeQuestion(c.question), c]));
          card = byWords.get(normalizeQuestion(question.text));
        }
        if (card) found.set(i, card);
      });
    }
    const answered = cards ? await cards.withAnswers([...found.values()]) : [];
    return new Map([...found.keys()].map((index, i) => [index, answered[i]!.answer]));
  }

  private require(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new CoachError('NOT_FOUND', 'That mock session is not in the history (it was deleted).');
    return entry;
  }

  private checkIndex(entry: Entry, index: number): number {
    const count = entry.stored.session.questions.length;
    if (index >= count) throw new CoachError('INVALID_ARGUMENT', `The session has ${count} questions; there is no question ${index + 1}.`);
    return index;
  }

  /** A question the session has come to: answers go only to those. */
  private reached(id: string, index: number): Entry {
    const entry = this.require(id);
    if (this.checkIndex(entry, index) > entry.stored.session.current) {
      throw new CoachError('INVALID_ARGUMENT', `Question ${index + 1} has not been asked yet, so it cannot have an answer.`);
    }
    return entry;
  }

  /** A base name no other session, report or folder has: "… Behavioral", "… Behavioral 2"… */
  private async freeBaseName(wanted: string): Promise<string> {
    const taken = new Set([...this.entries.values()].map((entry) => entry.stored.baseName));
    for (let n = 1; ; n++) {
      const name = n === 1 ? wanted : `${wanted} ${n}`;
      if (taken.has(name)) continue;
      if (!(await this.options.exists(reportPathOf(name))) && !(await this.options.exists(recordingsFolderOf(name)))) return name;
    }
  }

  private tell(message: string): void {
    this.options.emit('app:notice', { level: 'error', message });
  }
}

/** What leaves here is a copy: the session goes on changing in place. */
function copy<T>(value: T): T {
  return structuredClone(value);
}
