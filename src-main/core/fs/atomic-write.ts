/**
 * Atomic file replacement: the new bytes go to a temp file in the same folder
 * (same file system, so the rename is atomic), are fsynced, and only then
 * renamed over the target. Any failure before the rename leaves the old file
 * exactly as it was. The file-system calls are injectable so tests can
 * simulate a full disk or a read-only folder even when running as root.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { CoachError } from '../../contract';
import { errnoCode, toCoachError } from './fs-errors';

export interface WritableHandle {
  writeFile(data: Uint8Array): Promise<void>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The subset of `fs/promises` the writer uses. */
export interface AtomicWriteFs {
  open(file: string, flags: string, mode?: number): Promise<WritableHandle>;
  stat(file: string): Promise<{ mode: number }>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  stat: (file) => fsp.stat(file),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
};

export interface AtomicWriter {
  /** Replaces (or creates) `file` atomically. */
  replace(file: string, data: string | Uint8Array, displayName?: string): Promise<void>;
  /**
   * Creates `file`, failing with EXISTS if anything has that name: never
   * overwrites. A failure removes the partial file (there was no old one).
   */
  create(file: string, data: string | Uint8Array, displayName?: string): Promise<void>;
}

export function createAtomicWriter(fs: AtomicWriteFs = nodeAtomicWriteFs): AtomicWriter {
  return {
    async replace(file, data, displayName = path.basename(file)) {
      const existingMode = await modeOfExisting(fs, file, displayName);
      // Dot-prefixed so the tree, the watcher and Obsidian all ignore it.
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
      await writeNewFile(fs, temp, toBytes(data), existingMode, displayName);
      try {
        await fs.rename(temp, file);
      } catch (error) {
        await fs.unlink(temp).catch(() => undefined);
        throw toCoachError(error, 'save', displayName);
      }
      await syncDirectory(fs, path.dirname(file));
    },
    async create(file, data, displayName = path.basename(file)) {
      await writeNewFile(fs, file, toBytes(data), undefined, displayName);
      await syncDirectory(fs, path.dirname(file));
    },
  };
}

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Writes and fsyncs a file that must not exist yet; on failure nothing is left behind. */
async function writeNewFile(fs: AtomicWriteFs, file: string, bytes: Uint8Array, mode: number | undefined, displayName: string) {
  let handle: WritableHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(file, 'wx', mode ?? 0o666);
    created = true;
    // `open` applies the umask; a replaced note keeps its exact permissions.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(file).catch(() => undefined);
    throw toCoachError(error, 'save', displayName);
  }
}

/**
 * A note whose permission bits forbid writing is treated as read-only even
 * though replacing it by rename would technically succeed (and even for root):
 * the user marked it so on purpose.
 */
async function modeOfExisting(fs: AtomicWriteFs, file: string, displayName: string): Promise<number | undefined> {
  let mode: number;
  try {
    mode = (await fs.stat(file)).mode & 0o7777;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw toCoachError(error, 'save', displayName);
  }
  if ((mode & 0o222) === 0) {
    throw new CoachError('READ_ONLY', `Could not save “${displayName}”: the file is read-only. Make it writable and try again.`);
  }
  return mode;
}

/** Makes the rename itself durable. Best effort: Windows cannot open folders. */
async function syncDirectory(fs: AtomicWriteFs, dir: string) {
  try {
    const handle = await fs.open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // The data is already safely renamed; a failed directory fsync only weakens crash durability.
  }
}
