/**
 * The ids of the vault's cards, kept in the app's data dir: review history
 * hangs on them, so a card must find its id again after an app restart, a
 * rename of its note and a light edit of its question.
 *
 * Cards whose note or question went away are kept as orphans for a while:
 * a rename is seen as a note going and another coming, and the coming one's
 * cards take their ids back from the orphans.
 */
import * as fsp from 'node:fs/promises';
import type { AtomicWriter } from '../fs/atomic-write';
import type { Logger } from '../types';
import { normalizeQuestion } from './identity';

export interface RegisteredCard {
  id: string;
  notePath: string;
  question: string;
}

interface Orphan extends RegisteredCard {
  /** Epoch ms when it was orphaned. */
  since: number;
}

interface RegistryFile {
  version: 1;
  cards: RegisteredCard[];
  orphans: Orphan[];
}

/** Orphans older than this no longer claim a coming card. */
const ORPHAN_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;
/** Enough for a big reorganisation of a vault; the oldest go first beyond it. */
const MAX_ORPHANS = 20_000;
/** A save waits for changes to pause this long (a vault's cards arrive in batches while it opens)… */
const SAVE_DELAY_MS = 2_000;
/** …but never longer than this after the first unsaved change. */
const MAX_SAVE_DELAY_MS = 10_000;
const NONE: readonly RegisteredCard[] = Object.freeze([]);

export class CardRegistry {
  /** The registered cards of each note, as last seen (the vault's own card objects, shared, not copies). */
  private readonly byNote = new Map<string, readonly RegisteredCard[]>();
  private orphans: Orphan[] = [];
  /** Normalized questions of `orphans`, index for index; computed when first needed. */
  private orphanKeys: string[] | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsaved change was made (monotonic ms), while one is waiting. */
  private unsavedSince: number | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly writer: AtomicWriter,
    private readonly logger: Logger,
  ) {}

  /** Reads the registry; a missing or damaged file starts empty (a damaged one is kept aside, and said so). */
  async load(): Promise<string | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const data = JSON.parse(text) as RegistryFile;
      if (data.version !== 1 || !Array.isArray(data.cards) || !Array.isArray(data.orphans)) throw new Error('not a card registry');
      const byNote = new Map<string, RegisteredCard[]>();
      for (const card of data.cards) {
        const cards = byNote.get(card.notePath);
        if (cards) cards.push(card);
        else byNote.set(card.notePath, [card]);
      }
      byNote.forEach((cards, notePath) => this.byNote.set(notePath, cards));
      this.orphans = data.orphans;
      return null;
    } catch (error) {
      const aside = `${this.file}.damaged-${Date.now()}`;
      await fsp.rename(this.file, aside).catch(() => undefined);
      this.logger.error('Damaged card registry', error);
      return `The list of your cards' ids was damaged and was set aside at “${aside}”. Cards keep their schedules when their question is unchanged in the same note.`;
    }
  }

  cardsOf(notePath: string): readonly RegisteredCard[] {
    return this.byNote.get(notePath) ?? NONE;
  }

  get hasOrphans(): boolean {
    return this.orphans.length > 0;
  }

  /** Orphans that may still claim one of these questions (normalized), newest first. */
  orphansAsking(questions: ReadonlySet<string>, now: number): RegisteredCard[] {
    if (this.orphans.length === 0) return [];
    this.orphanKeys ??= this.orphans.map((orphan) => normalizeQuestion(orphan.question));
    return this.orphans.filter((orphan, i) => now - orphan.since < ORPHAN_LIFETIME_MS && questions.has(this.orphanKeys![i]!));
  }

  /** The note's cards are now `cards`; the ones it lost become orphans, the orphans it took back stop being. */
  replace(notePath: string, cards: readonly RegisteredCard[], now: number): void {
    const known = this.cardsOf(notePath);
    if (known.length === cards.length && cards.every((card, i) => card.id === known[i]!.id && card.question === known[i]!.question)) {
      // Nothing to save; the new objects are kept so the old ones can go.
      if (cards.length > 0) this.byNote.set(notePath, cards);
      return;
    }
    const kept = new Set(cards.map((card) => card.id));
    const lost = (this.byNote.get(notePath) ?? []).filter((card) => !kept.has(card.id));
    const orphans = this.orphans.filter((orphan) => !kept.has(orphan.id));
    if (lost.length > 0 || orphans.length < this.orphans.length) {
      this.orphans = [...lost.map((card) => ({ ...card, since: now })), ...orphans].slice(0, MAX_ORPHANS);
      this.orphanKeys = undefined;
    }
    if (cards.length > 0) this.byNote.set(notePath, cards);
    else this.byNote.delete(notePath);
    this.saveSoon();
  }

  /** Writes what is pending now (the vault is closing). */
  async flush(): Promise<void> {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.save();
    }
    await this.saving;
  }

  private saveSoon(): void {
    const now = performance.now();
    this.unsavedSince ??= now;
    clearTimeout(this.saveTimer);
    const delay = Math.min(SAVE_DELAY_MS, this.unsavedSince + MAX_SAVE_DELAY_MS - now);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, Math.max(delay, 0));
  }

  private save(): void {
    this.unsavedSince = undefined;
    const cards: RegisteredCard[] = [];
    for (const noteCards of this.byNote.values()) for (const { id, notePath, question } of noteCards) cards.push({ id, notePath, question });
    const data: RegistryFile = { version: 1, cards, orphans: this.orphans };
    this.saving = this.saving
      .then(() => this.writer.replace(this.file, JSON.stringify(data), 'card registry'))
      // Not fatal: the ids are found again from unchanged questions; the next change tries again.
      .catch((error) => this.logger.error('Could not save the card registry', error));
  }
}
