/**
 * The cards of every note in the open vault, each with its lasting id.
 *
 * Opening a vault reads every note once more, after the search index is
 * ready, so that cards never slow the vault's opening (in a worker thread in
 * the app: card-scan.ts); until then `ready` is false and the cards found so
 * far are there. Afterwards the note catalog tells this of every note that
 * changed, by the app or another program.
 *
 * Answers are not kept: they are most of a vault's text, and would more
 * than double the memory the open vault takes. `withAnswers` reads them
 * from the notes for the few cards a drill shows.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { readNoteText } from '../fs/text-file';
import { detach } from '../util/detach';
import { forEachConcurrently } from '../util/pool';
import type { Clock, Logger } from '../types';
import type { CardRegistry } from './card-registry';
import { type CardScanner, type NoteToScan, scanCards, type ScannedCard } from './card-scan';
import { detectCards } from './detect';
import { matchCards, normalizeQuestion } from './identity';
import { scanHere } from './start-card-scan';
import type { Card, CardFormat, CardKind } from './types';

export interface VaultCard extends ScannedCard {
  readonly id: string;
  readonly notePath: string;
  /** Vault-relative folder of the note, '' at the root. */
  readonly folder: string;
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
  /** How the whole vault is scanned; on this thread unless told otherwise (the app uses a worker). */
  scanVault?: CardScanner;
  /** Notes whose questions are not cards of their own (the app's mock interview reports repeat the notes' questions). */
  notCards?: (notePath: string) => boolean;
}

const READ_CONCURRENCY = 16;
/** While loading, tell listeners this often, not once per note. */
const LOAD_REPORT_MS = 250;

export class VaultCards {
  private readonly byNote = new Map<string, VaultCard[]>();
  private readonly byId = new Map<string, VaultCard>();
  /** Counts changes of notes; each note's last one is kept, so a scan that started before it is known to be stale. */
  private changes = 0;
  private readonly lastChange = new Map<string, number>();
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
  private readonly stopped = new AbortController();

  constructor(private readonly options: VaultCardsOptions) {}

  get ready(): boolean {
    return this.loaded;
  }

  /**
   * Reads every note of the vault and finds their cards; then `ready` is
   * true. A scan that fails part way (its worker died) is ready too, with the
   * cards found until then, and rejects so that the user can be told.
   */
  async load(notePaths: readonly string[]): Promise<void> {
    try {
      await this.read(notePaths, this.options.scanVault ?? scanHere);
    } finally {
      this.loaded = true;
      if (!this.closed) this.options.onChange();
    }
  }

  /** Notes that came from disk without passing through here (renamed, restored from the trash). */
  notesLoaded(notePaths: readonly string[]): void {
    void this.read(notePaths, scanHere)
      .then(() => !this.closed && this.options.onChange())
      .catch((error) => this.options.logger.error('Could not read the cards of notes', error));
  }

  /** Scans `notePaths` for cards; notes changed meanwhile keep their newer cards. */
  private async read(notePaths: readonly string[], scan: CardScanner): Promise<void> {
    const { clock, onChange, toAbsolute } = this.options;
    const since = this.changes;
    let lastReport = clock.monotonic();
    const notes = notePaths.map((notePath): NoteToScan => [notePath, toAbsolute(notePath)]);
    await scan(
      notes,
      (batch) => {
        if (this.closed) return;
        for (const [notePath, cards] of batch) if ((this.lastChange.get(notePath) ?? 0) <= since) this.update(notePath, cards, false);
        if (clock.monotonic() - lastReport > LOAD_REPORT_MS) {
          lastReport = clock.monotonic();
          onChange();
        }
      },
      this.stopped.signal,
    );
  }

  /** A note's content changed (or a note appeared). */
  noteChanged(notePath: string, content: string): void {
    this.update(notePath, scanCards(content, notePath), true);
  }

  /** A note is gone: its cards' ids wait as orphans, for the note coming back under another name. */
  noteRemoved(notePath: string): void {
    this.lastChange.set(notePath, ++this.changes);
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
      const content = await readNoteText(this.options.toAbsolute(notePath), notePath).catch(() => '');
      const byQuestion = new Map<string, Card>();
      for (const card of detectCards(content, notePath)) byQuestion.set(card.question, card);
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
    this.stopped.abort();
  }

  private get closed(): boolean {
    return this.stopped.signal.aborted;
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

  /** The lasting ids of a note's cards found now, where they have one. */
  private idsOf(notePath: string, found: readonly ScannedCard[], now: number): readonly (string | undefined)[] {
    const { registry } = this.options;
    const known = registry.cardsOf(notePath);
    // The usual cases, without comparing questions word by word: a note as it was, a note seen for the first time.
    if (known.length === found.length && found.every((card, i) => card.question === known[i]!.question)) return known.map((card) => card.id);
    const orphans = registry.hasOrphans ? registry.orphansAsking(new Set(found.map((card) => normalizeQuestion(card.question))), now) : [];
    if (known.length === 0 && orphans.length === 0) return [];
    return matchCards([...known, ...orphans], found.map((card) => ({ question: card.question, notePath })));
  }

  private update(notePath: string, scanned: readonly ScannedCard[], report: boolean): void {
    this.lastChange.set(notePath, ++this.changes);
    const found = this.options.notCards?.(notePath) ? [] : scanned;
    const { registry, clock } = this.options;
    const now = clock.now();
    const ids = this.idsOf(notePath, found, now);
    const folder = this.intern(path.posix.dirname(notePath) === '.' ? '' : path.posix.dirname(notePath));
    notePath = this.intern(notePath);
    const cards = found.map(
      (card, i): VaultCard => ({
        // One object literal, every field named: a spread would give 60,000 cards a slower, bigger shape.
        question: card.question,
        // Interned: cards from the scan worker each bring their own copy of these few words.
        kind: this.intern(card.kind) as CardKind,
        line: card.line,
        endLine: card.endLine,
        tags: this.internList(card.tags),
        format: this.intern(card.format) as CardFormat,
        answered: card.answered,
        id: ids[i] ?? randomUUID(),
        notePath,
        folder,
      }),
    );

    for (const card of this.byNote.get(notePath) ?? []) this.byId.delete(card.id);
    for (const card of cards) this.byId.set(card.id, card);
    if (cards.length > 0) this.byNote.set(notePath, cards);
    else this.byNote.delete(notePath);
    this.allCards = null;

    registry.replace(notePath, cards, now);
    if (report) this.options.onChange();
  }
}
