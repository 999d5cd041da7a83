/**
 * The review log, `reviews.jsonl` in the data dir: every grade, undo,
 * suspension and burial, one JSON line each, appended and never rewritten
 * (review history is the user's most valuable data, and it grows without
 * bound). An append is one durable write on a file kept open.
 *
 * Reading survives damage: a line that is not a valid entry (a write torn by
 * a crash, garbage from a sync tool) is skipped, the good entries are kept,
 * and the caller gets a notice to show. The file is then repaired once: the
 * damaged original is copied aside and the good lines written back
 * atomically, so the next append does not glue onto a torn line.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { CoachError } from '../../contract/errors';
import type { AtomicWriter } from '../fs/atomic-write';
import { errnoCode, toCoachError } from '../fs/fs-errors';
import type { Logger } from '../types';
import { nodeAppendFs, type AppendFile, type AppendFs } from './append-file';
import { formatEntry, parseEntry, seqOfLine, type LogEntry } from './log-entry';

export const REVIEW_LOG_FILE = 'reviews.jsonl';
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
/** How many damaged line numbers a notice lists before "…". */
const LINES_NAMED = 5;

export interface ReviewLogOptions {
  dataDir: string;
  writer: AtomicWriter;
  logger: Logger;
  /** Wall clock, for naming the copy of a damaged file. */
  now: () => number;
  appendFs?: AppendFs;
}

/** Where a snapshot stands in the log. */
export interface LogPosition {
  /** The last entry it covers. */
  seq: number;
  /** The log's length in bytes just after that entry. */
  bytes: number;
}

export interface LogContents {
  /** The valid entries after the covered ones, in file order. */
  entries: LogEntry[];
  /** The highest sequence number in the file (or covered), 0 for none. */
  lastSeq: number;
  /** For the user when lines were damaged; null otherwise. */
  notice: string | null;
  /** Only the part after the covered position was read: that position is still good. */
  fromPosition: boolean;
}

export class ReviewLog {
  readonly file: string;
  private readonly options: ReviewLogOptions;
  private readonly appendFs: AppendFs;
  private handle: AppendFile | null = null;
  /** Bytes of whole entries in the file: where a failed append is cut back to. */
  private size = 0;
  /** The file ends without a newline that could not be repaired: the next append supplies it. */
  private needsNewline = false;
  /** A failed append could not be cut back: the next append must do it first. */
  private cutBackPending = false;

  constructor(options: ReviewLogOptions) {
    this.options = options;
    this.appendFs = options.appendFs ?? nodeAppendFs;
    this.file = path.join(options.dataDir, REVIEW_LOG_FILE);
  }

  /** Bytes of whole entries in the file: the position a snapshot records. */
  get length(): number {
    return this.size;
  }

  /**
   * Reads the log for replay after a snapshot that covers it up to `covered`
   * (null: no snapshot, replay all). Usually only the part after that
   * position is read: kilobytes, where the whole history is 50 MB at
   * 100,000 reviews. Anything unexpected there (damage, a file shorter than
   * the snapshot says, a line that is not the next entry) falls back to
   * reading the whole file, which finds and repairs damage.
   */
  async read(covered: LogPosition | null): Promise<LogContents> {
    return (covered && covered.bytes > 0 && (await this.readAfter(covered))) || this.readAll(covered?.seq ?? 0);
  }

  private async readAfter(covered: LogPosition): Promise<LogContents | null> {
    // From the line break that ends the covered part, to check it is one.
    const bytes = await this.readBytes(covered.bytes - 1);
    if (bytes === null || bytes[0] !== NEWLINE) return null;
    const entries: LogEntry[] = [];
    for (const { start, end } of lines(bytes, 1)) {
      const entry = seqOfLine(bytes, start, end) > 0 ? parseEntry(bytes.toString('utf8', start, end)) : null;
      if (entry?.seq !== covered.seq + entries.length + 1) return null;
      entries.push(entry);
    }
    this.size = covered.bytes - 1 + bytes.length;
    this.needsNewline = bytes[bytes.length - 1] !== NEWLINE;
    return { entries, lastSeq: covered.seq + entries.length, notice: null, fromPosition: true };
  }

  /**
   * Reads every line. Entries up to `afterSeq` (those a snapshot covers) are
   * only checked for damage by their shape (see `seqOfLine`); the ones after
   * are parsed and returned for replay.
   */
  private async readAll(afterSeq: number): Promise<LogContents> {
    const bytes = (await this.readBytes(0)) ?? Buffer.alloc(0);
    const entries: LogEntry[] = [];
    const good: Uint8Array[] = [];
    const damaged: number[] = [];
    let lastSeq = 0;
    for (const { start, end, next, line } of lines(bytes, 0)) {
      const seq = seqOfLine(bytes, start, end);
      const entry = seq > afterSeq ? parseEntry(bytes.toString('utf8', start, end)) : null;
      if (seq < 0 || (seq > afterSeq && entry === null)) {
        damaged.push(line);
      } else {
        if (entry) entries.push(entry);
        lastSeq = Math.max(lastSeq, seq);
        good.push(bytes.subarray(start, next));
      }
    }
    this.size = bytes.length;
    this.needsNewline = bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE;
    const notice = damaged.length > 0 ? await this.repair(bytes, good, damaged) : null;
    return { entries, lastSeq, notice, fromPosition: false };
  }

  /**
   * Appends one entry durably. On failure the file is cut back to what it
   * was, and a CoachError (DISK_FULL, READ_ONLY, IO) says why. Calls must
   * not overlap: the schedule store runs its operations one at a time.
   */
  async append(entry: LogEntry): Promise<void> {
    try {
      const handle = await this.open();
      if (this.cutBackPending) {
        await handle.truncate(this.size);
        this.cutBackPending = false;
      }
      const line = Buffer.from(this.needsNewline ? `\n${formatEntry(entry)}` : formatEntry(entry), 'utf8');
      try {
        await handle.write(line);
      } catch (error) {
        // Part of the line may be on disk; left there, the next append would glue onto it.
        this.cutBackPending = true;
        await handle
          .truncate(this.size)
          .then(() => (this.cutBackPending = false))
          .catch(() => undefined);
        throw error;
      }
      this.size += line.length;
      this.needsNewline = false;
    } catch (error) {
      throw toCoachError(error, 'record the review in', REVIEW_LOG_FILE);
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }

  private async open(): Promise<AppendFile> {
    if (!this.handle) {
      await fsp.mkdir(this.options.dataDir, { recursive: true });
      this.handle = await this.appendFs.open(this.file);
    }
    return this.handle;
  }

  /**
   * The file from byte `from` on, in one read (`readFile` reads in 512 KB
   * steps, several times slower for a large log); null when the file is
   * missing or shorter.
   */
  private async readBytes(from: number): Promise<Buffer | null> {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(this.file, 'r');
      const { size } = await handle.stat();
      if (size < from) return null;
      const bytes = Buffer.allocUnsafe(size - from);
      let read = 0;
      while (read < bytes.length) {
        const { bytesRead } = await handle.read(bytes, read, bytes.length - read, from + read);
        if (bytesRead === 0) break; // shrank while we read: keep what there was
        read += bytesRead;
      }
      return bytes.subarray(0, read);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw toCoachError(error, 'read', REVIEW_LOG_FILE);
    } finally {
      await handle?.close();
    }
  }

  /** Keeps a copy of the damaged file, then writes back only the good lines. Returns the notice. */
  private async repair(original: Uint8Array, good: Uint8Array[], damaged: number[]): Promise<string> {
    const { dir, name, ext } = path.parse(this.file);
    const copy = path.join(dir, `${name}.damaged-${this.options.now()}${ext}`);
    const count = damaged.length === 1 ? '1 damaged line' : `${damaged.length} damaged lines`;
    const which = `line${damaged.length === 1 ? '' : 's'} ${damaged.slice(0, LINES_NAMED).join(', ')}${damaged.length > LINES_NAMED ? ', …' : ''}`;
    const skipped = `${count} in the review log (${which}) ${damaged.length === 1 ? 'was' : 'were'} skipped`;
    try {
      await this.options.writer.create(copy, original);
      const repaired = Buffer.concat(good.map((line) => (line[line.length - 1] === NEWLINE ? line : Buffer.concat([line, Buffer.from('\n')]))));
      await this.options.writer.replace(this.file, repaired, REVIEW_LOG_FILE);
      this.size = repaired.length;
      this.needsNewline = false;
      return `${skipped}; a copy of the file was kept at ${copy}.`;
    } catch (error) {
      // The file stays as it is (torn line and all); new entries still go after it on a line of their own.
      const reason = error instanceof CoachError ? error.message : String(error);
      this.options.logger.warn('Could not repair the review log', reason);
      return `${skipped}; the file could not be repaired (${reason}) and is left as it was.`;
    }
  }
}

interface Line {
  /** 1-based, counted from where the scan began. */
  line: number;
  start: number;
  /** End of the text, before the line break (and a CR before it). */
  end: number;
  /** Start of the next line. */
  next: number;
}

/** The non-blank lines of `bytes` from `from` on. */
function* lines(bytes: Uint8Array, from: number): Generator<Line> {
  let line = 0;
  for (let start = from; start < bytes.length; ) {
    line++;
    const newline = bytes.indexOf(NEWLINE, start);
    const next = newline < 0 ? bytes.length : newline + 1;
    let end = newline < 0 ? bytes.length : newline;
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--; // a file edited on Windows
    if (end > start) yield { line, start, end, next };
    start = next;
  }
}
