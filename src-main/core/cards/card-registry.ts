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
const SAVE_DELAY_MS = 2_000;

export class CardRegistry {
  /** The registered cards of each note, as last seen. */
  private readonly byNote = new Map<string, RegisteredCard[]>();
  private orphans: Orphan[] = [];
  /** Normalized questions of `orphans`, index for index; computed when first needed. */
  private orphanKeys: string[] | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
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
      for (const card of data.cards) this.cardsOf(card.notePath).push(card);
      this.orphans = data.orphans;
      return null;
    } catch (error) {
      const aside = `${this.file}.damaged-${Date.now()}`;
      await fsp.rename(this.file, aside).catch(() => undefined);
      this.logger.error('Damaged card registry', error);
      return `The list of your cards' ids was damaged and was set aside at “${aside}”. Cards keep their schedules when their question is unchanged in the same note.`;
    }
  }

  cardsOf(notePath: string): RegisteredCard[] {
    let cards = this.byNote.get(notePath);
    if (!cards) {
      cards = [];
      this.byNote.set(notePath, cards);
    }
    return cards;
  }

  /** Orphans that may still claim one of these questions (normalized), newest first. */
  orphansAsking(questions: ReadonlySet<string>, now: number): RegisteredCard[] {
    if (this.orphans.length === 0) return [];
    this.orphanKeys ??= this.orphans.map((orphan) => normalizeQuestion(orphan.question));
    return this.orphans.filter((orphan, i) => now - orphan.since < ORPHAN_LIFETIME_MS && questions.has(this.orphanKeys![i]!));
  }

  /** The note's cards are now `cards`; the ones it lost become orphans, the orphans it took back stop being. */
  replace(notePath: string, cards: RegisteredCard[], now: number): void {
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
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, SAVE_DELAY_MS);
  }

  private save(): void {
    const data: RegistryFile = { version: 1, cards: [...this.byNote.values()].flat(), orphans: this.orphans };
    this.saving = this.saving
      .then(() => this.writer.replace(this.file, JSON.stringify(data), 'card registry'))
      // Not fatal: the ids are found again from unchanged questions; the next change tries again.
      .catch((error) => this.logger.error('Could not save the card registry', error));
  }
}
