/**
 * The review log's entries, one JSON object a line. Every entry carries the
 * state it leaves behind (a grade its `after`, an undo the state it
 * restores), so replaying any tail of the log onto a snapshot is exact
 * without the entries before it.
 */
import { z } from 'zod';
import { GRADES, type Grade, type Schedule } from './scheduler';

interface EntryBase {
  /** Increases by one with every entry; the snapshot records the last one it covers. */
  seq: number;
  cardId: string;
  /** Epoch ms. */
  at: number;
}

export interface GradeEntry extends EntryBase {
  type: 'grade';
  grade: Grade;
  /** `null`: the card was new. */
  before: Schedule | null;
  after: Schedule;
  /** How long the answer took. */
  elapsedMs: number;
}

export interface UndoEntry extends EntryBase {
  type: 'undo';
  /** The grade entry that was undone. */
  undoes: number;
  restore: Schedule | null;
}

export interface FlagEntry extends EntryBase {
  type: 'suspend' | 'unsuspend';
}

export interface BuryEntry extends EntryBase {
  type: 'bury';
  /** Epoch ms when the card comes back. */
  until: number;
}

export type LogEntry = GradeEntry | UndoEntry | FlagEntry | BuryEntry;

const scheduleSchema = z.object({
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  phase: z.enum(['learning', 'review', 'relearning']),
  lastReview: z.number(),
});

const base = { seq: z.number().int().positive(), cardId: z.string().min(1), at: z.number() };

const logEntrySchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('grade'),
    grade: z.enum(GRADES),
    before: scheduleSchema.nullable(),
    after: scheduleSchema,
    elapsedMs: z.number().nonnegative(),
  }),
  z.object({ ...base, type: z.literal('undo'), undoes: z.number().int(), restore: scheduleSchema.nullable() }),
  z.object({ ...base, type: z.enum(['suspend', 'unsuspend']) }),
  z.object({ ...base, type: z.literal('bury'), until: z.number() }),
]);

/** One line, `seq` first so a line's sequence number can be read without parsing it (see `seqOfLine`). */
export function formatEntry(entry: LogEntry): string {
  const { seq, ...rest } = entry;
  return `${JSON.stringify({ seq, ...rest })}\n`;
}

/** The entry on a line, or null when the line is not a valid entry. */
export function parseEntry(line: string): LogEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = logEntrySchema.safeParse(value);
  return parsed.success ? (parsed.data as LogEntry) : null;
}

const PREFIX = Buffer.from('{"seq":');
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const CLOSE_BRACE = 125;

/**
 * The sequence number of the line `bytes[start, end)` read from its prefix
 * alone, or -1 when the line does not have the shape every entry has
 * (`{"seq":N,` … `}`). When the whole log is read, the lines a snapshot
 * already covers are only checked this way: fully parsing 100,000 of them
 * would slow the start down, and damage from a crash (a torn write) is
 * always in the lines after the snapshot.
 */
export function seqOfLine(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < PREFIX.length + 3 || bytes[end - 1] !== CLOSE_BRACE) return -1;
  for (let i = 0; i < PREFIX.length; i++) if (bytes[start + i] !== PREFIX[i]) return -1;
  let seq = 0;
  let i = start + PREFIX.length;
  for (; i < end && bytes[i]! >= DIGIT_0 && bytes[i]! <= DIGIT_9; i++) seq = seq * 10 + (bytes[i]! - DIGIT_0);
  return i > start + PREFIX.length && bytes[i] === COMMA && seq > 0 ? seq : -1;
}
