/**
 * Drills over one open vault: the cards its notes hold (VaultCards) meet
 * their schedules (DrillService), and the `drills:*` methods are answered
 * here. Notes are only ever written through the vault service, so writing
 * an answer or importing a deck is as safe as any edit.
 */
import path from 'node:path';
import type {
  CardView,
  DrillOverview,
  DrillQueue as QueueView,
  DrillSelection,
  DrillSessionSummary,
  DrillSettings,
  Grade,
  GradeButton,
  ImportReport,
} from '../../contract';
import { CoachError } from '../../contract/errors';
import { detectCards } from '../cards/detect';
import { normalizeQuestion } from '../cards/identity';
import { insertAnswer } from '../cards/insert-answer';
import type { AnsweredCard, VaultCard, VaultCards } from '../cards/vault-cards';
import type { VaultService } from '../vault/vault-service';
import type { Counts } from './deck-counts';
import type { DrillService } from './drill-service';
import type { LogEntry } from './log-entry';
import { selectionFilter } from './selection';

export class VaultDrills {
  constructor(
    private readonly cards: VaultCards,
    private readonly drills: DrillService,
    private readonly notes: Pick<VaultService, 'read' | 'write' | 'create'>,
    private thinkingTimeMs: number,
  ) {}

  overview(): DrillOverview {
    const all = this.cards.all();
    const counts = this.drills.counts(all);
    const sum = (groups: Record<string, Counts>) => Object.values(groups).reduce((total, c) => addCounts(total, c), zeroCounts());
    return {
      ready: this.cards.ready,
      decks: Object.entries(counts.notes)
        .map(([notePath, c]) => ({ notePath, title: titleOf(notePath), folder: folderOf(notePath), counts: c }))
        .sort((a, b) => a.notePath.localeCompare(b.notePath)),
      folders: Object.entries(counts.folders)
        .map(([folder, c]) => ({ folder, counts: c }))
        .sort((a, b) => a.folder.localeCompare(b.folder)),
      tags: Object.entries(counts.tags)
        .map(([tag, c]) => ({ tag, counts: c }))
        .sort((a, b) => a.tag.localeCompare(b.tag)),
      unanswered: all.filter((card) => !card.answered).length,
      all: sum(counts.notes),
      newLeftToday: counts.newLeftToday,
    };
  }

  /** Today's cards for `selection`; a new session starts, for the summary. */
  async queue(selection: DrillSelection): Promise<QueueView> {
    const queue = this.drills.queue(this.cards.all(), selection);
    this.drills.beginSession();
    return { cards: await this.views(queue.cards), dueCount: queue.dueCount, newCount: queue.newCount };
  }

  card(cardId: string): Promise<CardView> {
    return this.viewOf(this.require(cardId));
  }

  buttons(cardId: string): GradeButton[] {
    this.require(cardId);
    return this.drills.buttons(cardId);
  }

  async grade(cardId: string, grade: Grade, elapsedMs: number): Promise<CardView> {
    const card = this.require(cardId);
    await this.drills.grade(cardId, grade, elapsedMs);
    return this.viewOf(card);
  }

  async undo(): Promise<CardView | null> {
    const undone = await this.drills.undo();
    const card = undone && this.cards.get(undone.cardId);
    return card ? this.viewOf(card) : null;
  }

  async suspend(cardId: string, suspended: boolean): Promise<CardView> {
    const card = this.require(cardId);
    await (suspended ? this.drills.suspend(cardId) : this.drills.unsuspend(cardId));
    return this.viewOf(card);
  }

  async bury(cardId: string): Promise<CardView> {
    const card = this.require(cardId);
    await this.drills.bury(cardId);
    return this.viewOf(card);
  }

  /** The ids of the cards due today (suspended and buried ones left out): what a mock interview asks first. */
  /** What the Stats screen reads of the drills: the review log, and when each card of the vault is due (suspended ones left out). */
  async statsInput(): Promise<{ reviews: LogEntry[]; schedules: { due: number }[] }> {
    const schedules: { due: number }[] = [];
    for (const card of this.cards.all()) {
      const state = this.drills.state(card.id);
      if (state?.schedule && !state.suspended) schedules.push({ due: state.schedule.due });
    }
    return { reviews: await this.drills.reviewEntries(), schedules };
  }

  dueCardIds(): Set<string> {
    return new Set(this.drills.queue(this.cards.all(), { kind: 'due' }).cards.map((card) => card.id));
  }

  summary(): DrillSessionSummary {
    const summary = this.drills.sessionSummary();
    return { cards: summary.cards, timeMs: summary.timeMs, grades: summary.grades };
  }

  settings(): DrillSettings {
    return { ...this.drills.settings, thinkingTimeMs: this.thinkingTimeMs };
  }

  updateSettings(settings: DrillSettings): DrillSettings {
    this.drills.updateSettings({ desiredRetention: settings.desiredRetention, newCardsPerDay: settings.newCardsPerDay });
    this.thinkingTimeMs = settings.thinkingTimeMs;
    return this.settings();
  }

  /**
   * Writes `answer` under the card's question. The note is read fresh and
   * the question found again in it, so an edit made since the drill began
   * is neither lost nor answered in the wrong place.
   */
  async writeAnswer(cardId: string, answer: string): Promise<CardView> {
    const card = this.require(cardId);
    const note = await this.notes.read(card.notePath);
    const key = normalizeQuestion(card.question);
    const target = detectCards(note.content, card.notePath).find((found) => normalizeQuestion(found.question) === key);
    if (!target) throw new CoachError('CONFLICT', `The question “${card.question}” is no longer in “${card.notePath}”, so the answer was not written. Copy it before leaving this card.`);
    if (target.answer !== '') throw new CoachError('CONFLICT', `“${card.question}” has an answer in the note now (it was edited meanwhile), so yours was not written over it.`);
    const content = insertAnswer(note.content, target, answer);
    const check = detectCards(content, card.notePath).find((found) => normalizeQuestion(found.question) === key);
    if (!check || check.answer === '') throw new CoachError('INTERNAL', `The answer could not be placed under “${card.question}” in a way the note keeps it; nothing was written.`);
    // Through the vault service: atomic, conflict-checked, and the catalog updates the card.
    await this.notes.write({ path: card.notePath, content, expectedHash: note.hash });
    return this.viewOf(this.cards.get(cardId) ?? card);
  }

  async exportDeck(selection: DrillSelection): Promise<{ fileName: string; content: string; cards: number }> {
    const cards = await this.cards.withAnswers(this.cards.all().filter(selectionFilter(selection)));
    // Loaded when first used: the HTML and Markdown converters are big, and most sessions never need them.
    const { exportDeck } = await import('./anki-export');
    return { fileName: `${exportName(selection)}.txt`, content: exportDeck(cards), cards: cards.length };
  }

  async importDeck(args: { fileName: string; base64: string; folder: string }): Promise<ImportReport> {
    const bytes = Buffer.from(args.base64, 'base64');
    const { importDeck } = await import('./anki-import');
    const result = importDeck(bytes, { fileName: args.fileName });
    if (result.imported === 0) {
      const why = result.skipped.length > 0 ? ` Skipped lines: ${describeSkipped(result.skipped)}.` : '';
      throw new CoachError('INVALID_ARGUMENT', `No card could be read from “${args.fileName}”, so no note was made.${why}`);
    }
    const base = args.fileName.replace(/\.[^.]*$/, '').trim() || 'Imported cards';
    const note = await this.createUnique(args.folder, base, result.markdown);
    return { notePath: note, imported: result.imported, skipped: result.skipped, warnings: result.warnings };
  }

  private async createUnique(folder: string, base: string, content: string): Promise<string> {
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? base : `${base} ${n}`}.md`;
      try {
        return (await this.notes.create({ folder, name, content })).path;
      } catch (error) {
        const taken = error instanceof CoachError && (error.code === 'EXISTS' || error.code === 'CONFLICT');
        if (!taken || n >= 100) throw error;
      }
    }
  }

  private require(cardId: string): VaultCard {
    const card = this.cards.get(cardId);
    if (!card) throw new CoachError('NOT_FOUND', 'That card is no longer in your notes (its question was removed or its note deleted).');
    return card;
  }

  private async views(cards: readonly VaultCard[]): Promise<CardView[]> {
    return (await this.cards.withAnswers(cards)).map((card) => this.view(card));
  }

  private async viewOf(card: VaultCard): Promise<CardView> {
    return (await this.views([card]))[0]!;
  }

  private view(card: AnsweredCard): CardView {
    const state = this.drills.state(card.id);
    return {
      id: card.id,
      notePath: card.notePath,
      line: card.line,
      headingPath: [...card.headingPath],
      question: card.question,
      answer: card.answer,
      kind: card.kind,
      tags: [...card.tags],
      phase: state?.schedule?.phase ?? 'new',
      suspended: state?.suspended ?? false,
    };
  }
}

const zeroCounts = (): Counts => ({ new: 0, due: 0, total: 0 });
const addCounts = (a: Counts, b: Counts): Counts => ({ new: a.new + b.new, due: a.due + b.due, total: a.total + b.total });
const titleOf = (notePath: string) => path.posix.basename(notePath).replace(/\.mdx?$/i, '');
const folderOf = (notePath: string) => (path.posix.dirname(notePath) === '.' ? '' : path.posix.dirname(notePath));

function exportName(selection: DrillSelection): string {
  switch (selection.kind) {
    case 'deck':
      return titleOf(selection.notePath);
    case 'folder':
      return selection.folder === '' ? 'All cards' : path.posix.basename(selection.folder);
    case 'tag':
      return `#${selection.tag.replace(/[/\\]/g, '-')}`;
    case 'due':
      return 'Due cards';
    case 'unanswered':
      return 'Unanswered questions';
  }
}

function describeSkipped(skipped: readonly { line: number; reason: string }[]): string {
  return skipped
    .slice(0, 10)
    .map((row) => `${row.line} (${row.reason})`)
    .join(', ');
}
