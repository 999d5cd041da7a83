/**
 * Reading notes as text without ever guessing: a file is text when it has no
 * NUL bytes and is valid UTF-8. The string keeps a UTF-8 BOM (as U+FEFF) and
 * CRLF line endings exactly, so writing it back reproduces the same bytes.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { CoachError } from '../../contract';
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

export function decodeText(bytes: Uint8Array, displayName: string): string {
  if (bytes.indexOf(0) !== -1) {
    throw new CoachError('NOT_TEXT', `“${displayName}” looks like a binary file, not a Markdown note, so it was not opened.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CoachError(
      'NOT_TEXT',
      `“${displayName}” is not valid UTF-8 text, so it was not opened (to avoid damaging it). Re-save it as UTF-8 in another editor.`,
    );
  }
}

export async function readTextFile(file: string, displayName: string, maxBytes = MAX_NOTE_BYTES): Promise<TextFile> {
  let handle: fsp.FileHandle | undefined;
  try {
    // Size check and read go through one handle, so the file cannot be swapped in between.
    handle = await fsp.open(file, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) throw new CoachError('NOT_TEXT', `“${displayName}” is not a file.`);
    if (stat.size > maxBytes) {
      const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
      throw new CoachError('TOO_LARGE', `“${displayName}” is ${mb(stat.size)}; notes larger than ${mb(maxBytes)} are not opened.`);
    }
    const bytes = await handle.readFile();
    return { content: decodeText(bytes, displayName), hash: hashBytes(bytes), mtimeMs: stat.mtimeMs, size: bytes.byteLength };
  } catch (error) {
    throw toCoachError(error, 'read', displayName);
  } finally {
    await handle?.close();
  }
}
