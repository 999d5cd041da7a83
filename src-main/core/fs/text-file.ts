/**
 * Reading notes as text without ever guessing: a file is text when it has no
 * NUL bytes and is valid UTF-8. The string keeps a UTF-8 BOM (as U+FEFF) and
 * CRLF line endings exactly, so writing it back reproduces the same bytes.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { CoachError } from '../../contract/errors';
import { toCoachError } from './fs-errors';

/** Larger files are not notes; refusing them keeps memory and the editor sane. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;

export interface TextFile {
  content: string;
  /** sha256 (hex) of the bytes on disk. */
  hash: string;
  mtimeMs: number;
  size: number;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The hash of `text` once written as UTF-8: equal to `hashBytes` of the file we write. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Throws NOT_TEXT unless `bytes` have no NUL byte and are valid UTF-8. */
function assertText(bytes: Uint8Array, displayName: string): void {
  if (bytes.indexOf(0) !== -1) {
    throw new CoachError('NOT_TEXT', `“${displayName}” looks like a binary file, not a Markdown note, so it was not opened.`);
  }
  // `isUtf8` is the same strict check as a fatal TextDecoder, several times faster.
  if (!isUtf8(bytes)) {
    throw new CoachError(
      'NOT_TEXT',
      `“${displayName}” is not valid UTF-8 text, so it was not opened (to avoid damaging it). Re-save it as UTF-8 in another editor.`,
    );
  }
}

export async function readTextFile(file: string, displayName: string, maxBytes = MAX_NOTE_BYTES): Promise<TextFile> {
  const { bytes, stat } = await readTextBytes(file, displayName, maxBytes);
  return textFile(bytes, stat);
}

/**
 * A note's text without its hash, for readers that never write it back (the
 * cards of a vault): hashing is a good part of reading a vault.
 */
export async function readNoteText(file: string, displayName: string, maxBytes = MAX_NOTE_BYTES): Promise<string> {
  return (await readTextBytes(file, displayName, maxBytes)).bytes.toString('utf8');
}

async function readTextBytes(file: string, displayName: string, maxBytes: number): Promise<CheckedBytes> {
  let handle: fsp.FileHandle | undefined;
  try {
    // Size check and read go through one handle, so the file cannot be swapped in between.
    handle = await fsp.open(file, 'r');
    const stat = await handle.stat();
    checkNoteStat(stat, displayName, maxBytes);
    const bytes = await handle.readFile();
    assertText(bytes, displayName);
    return { bytes, stat };
  } catch (error) {
    throw toCoachError(error, 'read', displayName);
  } finally {
    await handle?.close();
  }
}

/**
 * `readTextFile`, synchronously: for the search worker, which reads every
 * note when a vault opens. There a synchronous read blocks nothing else and
 * costs the thread a fraction of an asynchronous one (no thread-pool round
 * trips or promises).
 */
export function readTextFileSync(file: string, displayName: string, maxBytes = MAX_NOTE_BYTES): TextFile {
  const { bytes, stat } = readTextBytesSync(file, displayName, maxBytes);
  return textFile(bytes, stat);
}

/** `readNoteText`, synchronously: for the card scan worker. */
export function readNoteTextSync(file: string, displayName: string, maxBytes = MAX_NOTE_BYTES): string {
  return readTextBytesSync(file, displayName, maxBytes).bytes.toString('utf8');
}

function readTextBytesSync(file: string, displayName: string, maxBytes: number): CheckedBytes {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    checkNoteStat(stat, displayName, maxBytes);
    const buffer = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const count = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (count === 0) break; // the file shrank since fstat
      length += count;
    }
    const bytes = buffer.subarray(0, length);
    assertText(bytes, displayName);
    return { bytes, stat };
  } catch (error) {
    throw toCoachError(error, 'read', displayName);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A file's bytes, known to be text (no NUL, valid UTF-8). */
interface CheckedBytes {
  bytes: Buffer;
  stat: fs.Stats;
}

function checkNoteStat(stat: fs.Stats, displayName: string, maxBytes: number): void {
  if (!stat.isFile()) throw new CoachError('NOT_TEXT', `“${displayName}” is not a file.`);
  if (stat.size > maxBytes) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new CoachError('TOO_LARGE', `“${displayName}” is ${mb(stat.size)}; notes larger than ${mb(maxBytes)} are not opened.`);
  }
}

/** The note's text (a BOM stays as U+FEFF) and the hash of its bytes. */
function textFile(bytes: Buffer, stat: fs.Stats): TextFile {
  return { content: bytes.toString('utf8'), hash: hashBytes(bytes), mtimeMs: stat.mtimeMs, size: bytes.byteLength };
}
