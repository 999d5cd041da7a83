/**
 * The folder of a vault's mock sessions in the app's data dir, one JSON file
 * each. Writes are atomic (a crash leaves the previous version); a file that
 * cannot be read back as a session is renamed `<id>.json.damaged-<time>` (kept
 * for the user or a bug report, never listed again) and the user told, so
 * one bad file never hides the rest of the history.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { AtomicWriter } from '../fs/atomic-write';
import { errnoCode, toCoachError } from '../fs/fs-errors';
import type { Logger } from '../types';
import { forEachConcurrently } from '../util/pool';
import { decodeStoredMock, encodeStoredMock, SESSION_FILE, type StoredMock } from './session-file';

const READ_CONCURRENCY = 16;

export interface SessionStoreOptions {
  /** `<vault data dir>/mock`. */
  dir: string;
  writer: AtomicWriter;
  now: () => number;
  logger: Logger;
}

export class SessionStore {
  constructor(private readonly options: SessionStoreOptions) {}

  /** Every session on disk; `notices` say which files were damaged and where they were set aside. */
  async loadAll(): Promise<{ sessions: StoredMock[]; notices: string[] }> {
    const { dir, logger } = this.options;
    await fsp.mkdir(dir, { recursive: true });
    const names = (await fsp.readdir(dir)).filter((name) => SESSION_FILE.test(name));
    const sessions: StoredMock[] = [];
    const notices: string[] = [];
    await forEachConcurrently(names, READ_CONCURRENCY, async (name) => {
      const id = SESSION_FILE.exec(name)![1]!;
      const file = path.join(dir, name);
      const text = await fsp.readFile(file, 'utf8').catch((error: unknown) => {
        logger.warn(`Could not read the mock session ${file}`, error);
        return null;
      });
      const stored = text === null ? null : decodeStoredMock(text, id);
      if (stored) sessions.push(stored);
      else if (text !== null) notices.push(await this.setAside(file));
    });
    return { sessions, notices };
  }

  write(stored: StoredMock): Promise<void> {
    return this.options.writer.replace(this.fileOf(stored.session.id), encodeStoredMock(stored), `mock/${stored.session.id}.json`);
  }

  async remove(id: string): Promise<void> {
    try {
      await fsp.unlink(this.fileOf(id));
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw toCoachError(error, 'delete', `mock/${id}.json`);
    }
  }

  private fileOf(id: string): string {
    return path.join(this.options.dir, `${id}.json`);
  }

  private async setAside(file: string): Promise<string> {
    const movedTo = `${file}.damaged-${this.options.now()}`;
    try {
      await fsp.rename(file, movedTo);
    } catch (error) {
      this.options.logger.error(`Could not set the damaged mock session ${file} aside`, error);
      return `A mock interview session could not be read (“${file}” is damaged), so it is not in the history.`;
    }
    return `A mock interview session could not be read, so it was set aside as “${movedTo}” and is not in the history. The other sessions are fine.`;
  }
}
