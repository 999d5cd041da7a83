/**
 * A lowdb adapter that writes through the atomic writer and survives a
 * corrupt file: unparsable JSON is moved aside to
 * `<name>.corrupt-<timestamp>.json` (kept for the user or a bug report), the
 * defaults are used, and `onCorrupt` says where the old file went.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { AtomicWriter } from '../fs/atomic-write';
import { errnoCode } from '../fs/fs-errors';

export class SafeJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly writer: AtomicWriter,
    private readonly now: () => number,
    private readonly onCorrupt: (movedTo: string) => void,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      const { dir, name, ext } = path.parse(this.file);
      const movedTo = path.join(dir, `${name}.corrupt-${this.now()}${ext}`);
      await fsp.rename(this.file, movedTo);
      this.onCorrupt(movedTo);
      return null;
    }
  }

  write(data: T): Promise<void> {
    return this.writer.replace(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}
