import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachError } from '../../contract/errors';
import { createAtomicWriter } from '../fs/atomic-write';
import type { Logger } from '../types';
import { failAppendsWhen, nodeAppendFs, type AppendFs } from './append-file';
import { formatEntry, seqOfLine, type LogEntry } from './log-entry';
import { REVIEW_LOG_FILE, ReviewLog } from './review-log';

let dataDir: string;
let file: string;
const warnings: unknown[] = [];
const logger: Logger = { info: () => undefined, warn: (...args) => warnings.push(args), error: () => undefined };

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'review-log-'));
  file = path.join(dataDir, REVIEW_LOG_FILE);
  warnings.length = 0;
});
afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});

const open = (appendFs?: AppendFs) => new ReviewLog({ dataDir, writer: createAtomicWriter(), logger, now: () => 42, appendFs });
const suspend = (seq: number, cardId = `card-${seq}`): LogEntry => ({ seq, type: 'suspend', cardId, at: 1000 + seq });
const bury = (seq: number): LogEntry => ({ seq, type: 'bury', cardId: 'b', at: 5, until: 99 });

describe('ReviewLog', () => {
  it('appends one line per entry and reads them back', async () => {
    const log = open();
    expect(await log.read(null)).toEqual({ entries: [], lastSeq: 0, notice: null, fromPosition: false });
    for (const entry of [suspend(1), bury(2), suspend(3)]) await log.append(entry);
    await log.close();
    const text = await fsp.readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(4);
    expect(text.startsWith('{"seq":1,"type":"suspend"')).toBe(true);
    expect(await open().read(null)).toEqual({ entries: [suspend(1), bury(2), suspend(3)], lastSeq: 3, notice: null, fromPosition: false });
  });

  it('reads only what follows the position a snapshot covers', async () => {
    const covered = formatEntry(suspend(1)) + formatEntry(suspend(2));
    await fsp.writeFile(file, covered + formatEntry(suspend(3)) + formatEntry(bury(4)));
    const log = open();
    expect(await log.read({ seq: 2, bytes: covered.length })).toEqual({ entries: [suspend(3), bury(4)], lastSeq: 4, notice: null, fromPosition: true });
    expect(log.length).toBe((await fsp.stat(file)).size);
    expect(await open().read({ seq: 4, bytes: log.length })).toEqual({ entries: [], lastSeq: 4, notice: null, fromPosition: true });
  });

  it('reads the whole log when the position does not hold, parsing only the entries after it', async () => {
    const lines = [suspend(1), suspend(2), suspend(3)].map(formatEntry);
    await fsp.writeFile(file, lines.join(''));
    const whole = { entries: [suspend(3)], lastSeq: 3, notice: null, fromPosition: false };
    expect(await open().read({ seq: 2, bytes: lines[0]!.length + 5 })).toEqual(whole); // not at a line break
    expect(await open().read({ seq: 2, bytes: 10_000 })).toEqual(whole); // the file is shorter
    expect(await open().read({ seq: 2, bytes: lines[0]!.length })).toEqual(whole); // the next line is not entry 3
  });

  it('skips a line torn by a crash, keeps the rest, keeps a copy and repairs the file so appends do not glue onto it', async () => {
    const torn = formatEntry(suspend(3)).slice(0, 20);
    const original = formatEntry(suspend(1)) + formatEntry(suspend(2)) + torn;
    await fsp.writeFile(file, original);
    const log = open();
    const read = await log.read(null);
    expect(read.entries).toEqual([suspend(1), suspend(2)]);
    expect(read.lastSeq).toBe(2);
    const copy = path.join(dataDir, 'reviews.damaged-42.jsonl');
    expect(read.notice).toBe(`1 damaged line in the review log (line 3) was skipped; a copy of the file was kept at ${copy}.`);
    expect(await fsp.readFile(copy, 'utf8')).toBe(original);
    expect(await fsp.readFile(file, 'utf8')).toBe(formatEntry(suspend(1)) + formatEntry(suspend(2)));

    await log.append(suspend(3));
    await log.close();
    expect(await open().read(null)).toEqual({ entries: [suspend(1), suspend(2), suspend(3)], lastSeq: 3, notice: null, fromPosition: false });
  });

  it('skips garbage in the middle, including lines a snapshot covers, and invalid entries after it', async () => {
    const lines = [
      formatEntry(suspend(1)),
      'garbage \u0000 from a sync tool\n',
      formatEntry(suspend(2)),
      '{"seq":3,"type":"grade","cardId":"x"}\n', // well formed JSON, not an entry
      '{"seq":4,"type":"suspend", broken}\n',
      '\n',
      formatEntry(suspend(5)),
    ];
    await fsp.writeFile(file, lines.join(''));
    const read = await open().read({ seq: 1, bytes: lines[0]!.length });
    expect(read.entries).toEqual([suspend(2), suspend(5)]);
    expect(read.lastSeq).toBe(5);
    expect(read.notice).toMatch(/^3 damaged lines in the review log \(lines 2, 4, 5\) were skipped; a copy/);
    expect(await fsp.readFile(file, 'utf8')).toBe(formatEntry(suspend(1)) + formatEntry(suspend(2)) + formatEntry(suspend(5)));
  });

  it('adds the missing line break before appending after a whole last line without one', async () => {
    await fsp.writeFile(file, formatEntry(suspend(1)).trimEnd());
    const log = open();
    expect((await log.read(null)).notice).toBeNull();
    await log.append(suspend(2));
    await log.close();
    expect(await open().read(null)).toEqual({ entries: [suspend(1), suspend(2)], lastSeq: 2, notice: null, fromPosition: false });
  });

  it('still appends on a line of its own when the damaged file cannot be repaired', async () => {
    await fsp.writeFile(file, `${formatEntry(suspend(1))}{"seq":2,"ty`);
    const failingWriter = {
      replace: () => Promise.reject(new CoachError('DISK_FULL', 'full')),
      create: () => Promise.reject(new CoachError('DISK_FULL', 'full')),
    };
    const log = new ReviewLog({ dataDir, writer: failingWriter, logger, now: () => 42 });
    const read = await log.read(null);
    expect(read.notice).toMatch(/line 2\) was skipped; the file could not be repaired \(full\)/);
    await log.append(suspend(3));
    await log.close();
    const reread = await open().read(null);
    expect(reread.entries).toEqual([suspend(1), suspend(3)]);
  });

  it('fails an append on a full disk with DISK_FULL and leaves the file exactly as it was', async () => {
    let full = false;
    const log = open(failAppendsWhen(() => full, nodeAppendFs));
    await log.read(null);
    await log.append(suspend(1));
    const before = await fsp.readFile(file, 'utf8');
    full = true;
    const error = await log.append(suspend(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoachError);
    expect((error as CoachError).code).toBe('DISK_FULL');
    expect((error as CoachError).message).toMatch(/the disk is full/);
    expect(await fsp.readFile(file, 'utf8')).toBe(before); // the half-written line was cut off
    full = false;
    await log.append(suspend(2));
    await log.close();
    expect((await open().read(null)).entries).toEqual([suspend(1), suspend(2)]);
  });

  it('fails with READ_ONLY when the log cannot be opened for writing, and retries on the next append', async () => {
    let readOnly = true;
    const fs: AppendFs = {
      open: (f) => (readOnly ? Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })) : nodeAppendFs.open(f)),
    };
    const log = open(fs);
    await log.read(null);
    await expect(log.append(suspend(1))).rejects.toMatchObject({ code: 'READ_ONLY' });
    readOnly = false;
    await log.append(suspend(1));
    await log.close();
    expect((await open().read(null)).entries).toEqual([suspend(1)]);
  });

  it('cuts a failed append off before the next one when cutting it at once failed', async () => {
    const writes: string[] = [];
    let failTruncate = true;
    const fs: AppendFs = {
      async open(f) {
        const inner = await nodeAppendFs.open(f);
        return {
          ...inner,
          async write(data) {
            writes.push(Buffer.from(data).toString());
            if (writes.length === 2) {
              await inner.write(data.subarray(0, 5));
              throw Object.assign(new Error('EIO'), { code: 'EIO' });
            }
            return inner.write(data);
          },
          truncate: (size) => (failTruncate ? Promise.reject(new Error('EIO')) : inner.truncate(size)),
        };
      },
    };
    const log = open(fs);
    await log.read(null);
    await log.append(suspend(1));
    await expect(log.append(suspend(2))).rejects.toMatchObject({ code: 'IO' });
    failTruncate = false;
    await log.append(suspend(2));
    await log.close();
    expect(await open().read(null)).toEqual({ entries: [suspend(1), suspend(2)], lastSeq: 2, notice: null, fromPosition: false });
  });
});

describe('seqOfLine', () => {
  const seq = (line: string) => seqOfLine(Buffer.from(line), 0, line.length);
  it('reads the sequence number of a well-formed line and refuses anything else', () => {
    expect(seq('{"seq":123,"type":"x"}')).toBe(123);
    expect(seq('{"seq":123,"type":"x"')).toBe(-1);
    expect(seq('{"seq":,"type":"x"}')).toBe(-1);
    expect(seq('{"seq":0,"type":"x"}')).toBe(-1);
    expect(seq('{"type":"x","seq":1}')).toBe(-1);
  });
});
