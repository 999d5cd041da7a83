/**
 * The drills part of the contract: the types the renderer sees of cards,
 * decks and grading, and the argument schemas of the `drills:*` methods
 * (declared with the others in index.ts). Free of Node and DOM APIs.
 */
import { z } from 'zod';

export type CardKind = 'technical' | 'behavioral';
export type Grade = 'again' | 'hard' | 'good' | 'easy';

/** Where a card is in its schedule; `new` was never graded. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** A card as a drill shows it. */
export interface CardView {
  /** Stable across renames of its note and light edits of the question. */
  id: string;
  notePath: string;
  /** 1-based line of the question in the note, for "Edit". */
  line: number;
  /** The headings above the question, outermost first. */
  headingPath: string[];
  question: string;
  /** Markdown as written in the note; '' when the question has no answer yet. */
  answer: string;
  kind: CardKind;
  tags: string[];
  phase: CardPhase;
  suspended: boolean;
}

export interface DeckCounts {
  new: number;
  due: number;
  total: number;
}

/** The deck list: the notes holding cards, grouped by folder and by tag. */
export interface DrillOverview {
  /** False while the vault's cards are still being read (the counts grow until then). */
  ready: boolean;
  decks: { notePath: string; title: string; folder: string; counts: DeckCounts }[];
  folders: { folder: string; counts: DeckCounts }[];
  tags: { tag: string; counts: DeckCounts }[];
  /** Cards that have no answer yet. */
  unanswered: number;
  all: DeckCounts;
  /** How many new cards today's limit still allows. */
  newLeftToday: number;
}

export interface DrillQueue {
  /** Due cards first, then new ones. */
  cards: CardView[];
  dueCount: number;
  newCount: number;
}

export interface GradeButton {
  grade: Grade;
  intervalMs: number;
  /** "<1 min", "10 min", "4 d", "2.5 mo". */
  label: string;
}

export interface DrillSessionSummary {
  cards: number;
  timeMs: number;
  grades: Record<Grade, number>;
}

export interface DrillSettings {
  /** The probability of recall FSRS schedules for, 0.7 to 0.99. */
  desiredRetention: number;
  newCardsPerDay: number;
  /** Time to think before showing the answer, on the timer. */
  thinkingTimeMs: number;
}

export interface ImportReport {
  /** The note written into the vault. */
  notePath: string;
  imported: number;
  /** Rows that could not be read, by 1-based line of the file. */
  skipped: { line: number; reason: string }[];
  warnings: string[];
}

const cardId = z.string().min(1).max(128);
const vaultPath = z.string().min(1).max(4096);

export const drillSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deck'), notePath: vaultPath }).strict(),
  z.object({ kind: z.literal('folder'), folder: z.string().max(4096) }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('due') }).strict(),
  z.object({ kind: z.literal('unanswered') }).strict(),
]);
export type DrillSelection = z.infer<typeof drillSelection>;

export const drillArgs = {
  selection: z.object({ selection: drillSelection }).strict(),
  card: z.object({ cardId }).strict(),
  grade: z
    .object({
      cardId,
      grade: z.enum(['again', 'hard', 'good', 'easy']),
      /** Time spent on the card, for the session summary; a day at most. */
      elapsedMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
    })
    .strict(),
  writeAnswer: z.object({ cardId, answer: z.string().min(1).max(1024 * 1024) }).strict(),
  settings: z
    .object({
      desiredRetention: z.number().min(0.7).max(0.99).optional(),
      newCardsPerDay: z.number().int().min(0).max(9999).optional(),
      thinkingTimeMs: z.number().int().min(5_000).max(30 * 60 * 1000).optional(),
    })
    .strict(),
  import: z
    .object({
      fileName: z.string().min(1).max(255),
      /** The file's bytes, base64: they may not be UTF-8, which the import reports. */
      base64: z.string().max(48 * 1024 * 1024),
      /** Folder of the vault to write the note into; '' is the root. */
      folder: z.string().max(4096),
    })
    .strict(),
};
