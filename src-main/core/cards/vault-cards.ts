/**
 * The cards of every note in the open vault, each with its lasting id.
 *
 * Opening a vault reads every note once more, after the search index is
 * ready, so that cards never slow the vault's opening; until then `ready` is
 * false and the cards found so far are there. Afterwards the note catalog
 * tells this of every note that changed, by the app or another program.
 *
 * Answers are not kept: they are most of a vault's text, and would more
 * than double the memory the open vault takes. `withAnswers` reads them
 * from the notes for the few cards a drill shows.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { readTextFile } from '../fs/text-file';
import { detach } from '../util/detach';
import { forEachConcurrently } from '../util/pool';
import type { Clock, Logger } from '../types';
import type { CardRegistry, RegisteredCard } from './card-registry';
import { detectCards } from './detect';
import { matchCards, normalizeQuestion } from './identity';
import type { Card } from './types';

export interface VaultCard extends Omit<Card, 'answer' | 'headingPath'> {
  readonly id: string;
  readonly notePath: string;
  /** Vault-relative folder of the note, '' at the root. */
  readonly folder: string;
  /** False for a question with nothing under it yet. */
  readonly answered: boolean;
}

/** A card with what is read from its note when it is shown. */
export type AnsweredCard = VaultCard & Pick<Card, 'answer' | 'headingPath'>;

export interface VaultCardsOptions {
  registry: CardRegistry;
  toAbsolute: (notePath: string) => string;
  clock: Clock;
  logger: Logger;
  /** Cards changed (found, edited, gone). Called at most every so often while the vault loads. */
  onChange: () => void;
}

const READ_CONCURRENCY = 16;
/** While loading, tell listeners this often, not once per note. */
const LOAD_REPORT_MS = 250;

export class VaultCards {
  private readonly byNote = new Map<string, VaultCard[]>();
  private readonly byId = new Map<string, VaultCard>();
  /** Bumped on every change of a note: a load's read that started before one is stale. */
  private readonly generation = new Map<string, number>();
  /**
   * `all()`, kept until a card changes: the drill store caches the states of
   * a card list by identity, which keeps building a queue of 100,000 cards fast.
   */
  private allCards: VaultCard[] | null = null;
  private loaded = false;
  /**
   * One copy of each tag, note path and folder, and of each tag list: a
   * vault of 60,000 cards repeats the same few hundred of them.
   */
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private closed = false;

  constructor(private readonly options: VaultCardsOptions) {}

  get ready(): boolean {
    return this.loaded;
  }

  /** Reads every note of the vault and finds their cards; then `ready` is true. */
  async load(notePaths: readonly string[]): Promise<void> {
    await this.read(notePaths);
    this.loaded = true;
    if (!this.closed) this.options.onChange();
  }

  /** Notes that came from disk without passing through here (renamed, restored from the trash). */
  notesLoaded(notePaths: readonly string[]): void {
    void this.read(notePaths)
      .then(() => !this.closed && this.options.onChange())
      .catch((error) => this.options.logger.error('Could not read the cards of notes', error));
  }

  /** Reads `notePaths` and finds their cards; notes changed meanwhile keep their newer cards. */
  private async read(notePaths: readonly string[]): Promise<void> {
    let lastReport = this.options.clock.monotonic();
    await forEachConcurrently(notePaths, READ_CONCURRENCY, async (notePath) => {
      if (this.closed) return;
      const before = this.generation.get(notePath) ?? 0;
      const file = await readTextFile(this.options.toAbsolute(notePath), notePath).catch(() => null);
      if (!file || this.closed || (this.generation.get(notePath) ?? 0) !== before) return;
      this.update(notePath, file.content, false);
      if (this.options.clock.monotonic() - lastReport > LOAD_REPORT_MS) {
        lastReport = this.options.clock.monotonic();
        this.options.onChange();
      }
    });
  }

  /** A note's content changed (or a note appeared). */
  noteChanged(notePath: string, content: string): void {
    this.update(notePath, content, true);
  }

  /** A note is gone: its cards' ids wait as orphans, for the note coming back under another name. */
  noteRemoved(notePath: string): void {
    this.generation.set(notePath, (this.generation.get(notePath) ?? 0) + 1);
    const cards = this.byNote.get(notePath);
    if (!cards && this.options.registry.cardsOf(notePath).length === 0) return;
    for (const card of cards ?? []) this.byId.delete(card.id);
    this.byNote.delete(notePath);
    this.allCards = null;
    this.options.registry.replace(notePath, [], this.options.clock.now());
    this.options.onChange();
  }

  all(): readonly VaultCard[] {
    this.allCards ??= [...this.byNote.values()].flat();
    return this.allCards;
  }

  get(id: string): VaultCard | undefined {
    return this.byId.get(id);
  }

  /**
   * `cards` with their answers, read from their notes now. A card whose
   * question is no longer in its note (changed this very moment) gets an
   * empty answer; its note's change is on its way here.
   */
  async withAnswers(cards: readonly VaultCard[]): Promise<AnsweredCard[]> {
    const found = new Map<string, Map<string, Card>>();
    const notePaths = [...new Set(cards.map((card) => card.notePath))];
    await forEachConcurrently(notePaths, READ_CONCURRENCY, async (notePath) => {
      const file = await readTextFile(this.options.toAbsolute(notePath), notePath).catch(() => null);
      const byQuestion = new Map<string, Card>();
      for (const card of file ? detectCards(file.content, notePath) : []) byQuestion.set(card.question, card);
      found.set(notePath, byQuestion);
    });
    return cards.map((card) => {
      const fresh = found.get(card.notePath)?.get(card.question);
      return { ...card, answer: fresh?.answer ?? '', headingPath: fresh?.headingPath ?? [] };
    });
  }

  /** The notes holding cards. */
  notes(): string[] {
    return [...this.byNote.keys()];
  }

  close(): void {
    this.closed = true;
  }

  private intern(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = detach(text);
      this.strings.set(kept, kept);
    }
    return kept;
  }

  private internList(list: readonly string[]): readonly string[] {
    const key = list.join('\0');
    let kept = this.lists.get(key);
    if (kept === undefined) {
      kept = Object.freeze(list.map((item) => this.intern(item)));
      this.lists.set(detach(key), kept);
    }
    return kept;
  }

  private update(notePath: string, content: string, report: boolean): void {
    this.generation.set(notePath, (this.generation.get(notePath) ?? 0) + 1);
    const found = detectCards(content, notePath);
    const { registry, clock } = this.options;
    const now = clock.now();
    const known = registry.cardsOf(notePath);
    const questions = new Set(found.map((card) => normalizeQuestion(card.question)));
    const ids = matchCards([...known, ...registry.orphansAsking(questions, now)], found.map((card) => ({ question: card.question, notePath })));
    const folder = this.intern(path.posix.dirname(notePath) === '.' ? '' : path.posix.dirname(notePath));
    notePath = this.intern(notePath);
    const cards = found.map(
      (card, i): VaultCard => ({
        // Copies, not slices of the note: a slice would keep the whole note's text in memory.
        question: detach(card.question),
        kind: card.kind,
        line: card.line,
        endLine: card.endLine,
        tags: this.internList(card.tags),
        format: card.format,
        id: ids[i] ?? randomUUID(),
        notePath,
        folder,
        answered: card.answer !== '',
      }),
    );

    for (const card of this.byNote.get(notePath) ?? []) this.byId.delete(card.id);
    for (const card of cards) this.byId.set(card.id, card);
    if (cards.length > 0) this.byNote.set(notePath, cards);
    else this.byNote.delete(notePath);
    this.allCards = null;

    const unchanged = known.length === cards.length && cards.every((card, i) => known[i]!.id === card.id && known[i]!.question === card.question);
    if (!unchanged) registry.replace(notePath, cards.map((card): RegisteredCard => ({ id: card.id, notePath, question: card.question })), now);
    if (report) this.options.onChange();
  }
}
