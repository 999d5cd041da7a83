/**
 * Deleting moves a note or folder to a trash, and the returned id undoes it.
 *
 * Two trashes, chosen by the host:
 * - OS trash (Electron: `platform.trashItem` returns true). The core cannot
 *   take things back out of the OS trash, so just before trashing it copies
 *   the item into `<dataDir>/trash-undo/<id>/`; undo copies it back. The copy
 *   is only an undo buffer: it is deleted after UNDO_WINDOW_MS, when the vault
 *   closes, and at the next start, while the OS trash keeps the real item for
 *   as long as the user wants it. Items over UNDO_COPY_LIMIT are trashed
 *   without an undo copy (restore then says to use the system trash).
 * - The vault's `.trash/` folder (browser mode: `trashItem` returns false), as
 *   Obsidian does. The item is moved there under a free name and stays until
 *   the user empties it; undo moves it back.
 * Undo restores to the original path, or next to it under a free name if
 * something has taken that path since.
 */
import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { CoachError } from '../../contract';
import { toCoachError } from '../fs/fs-errors';
import type { Clock, Platform } from '../types';
import { splitExtension, uniqueName } from './unique-name';
import type { VaultPaths } from './vault-paths';

export const UNDO_WINDOW_MS = 10 * 60 * 1000;
export const UNDO_COPY_LIMIT = 100 * 1024 * 1024;
export const VAULT_TRASH_FOLDER = '.trash';

interface TrashEntry {
  /** Vault-relative path the item had. */
  originalPath: string;
  /** `moved`: the item itself is in `.trash/`; `copied`: an undo copy of what went to the OS trash. */
  kind: 'moved' | 'copied';
  /** Absolute path of the item in `.trash/`, or of the undo copy. */
  location: string;
  /** Timer that drops an undo copy. */
  expiry?: unknown;
}

export interface TrashOptions {
  paths: VaultPaths;
  platform: Platform;
  clock: Clock;
  /** `<dataDir>/trash-undo`. */
  undoDir: string;
}

export class Trash {
  private readonly entries = new Map<string, TrashEntry>();
  /** Learned from the first delete: the host has no OS trash, so skip undo copies. */
  private osTrashAvailable = true;

  constructor(private readonly options: TrashOptions) {}

  /** Deletes any undo copies a previous run left behind (their ids died with it). */
  static async clearUndoCopies(undoDir: string): Promise<void> {
    await fsp.rm(undoDir, { recursive: true, force: true });
  }

  async moveToTrash(relative: string, absolute: string): Promise<string> {
    const id = randomUUID();
    if (this.osTrashAvailable) {
      const copy = await this.makeUndoCopy(id, absolute);
      let trashed: boolean;
      try {
        trashed = await this.options.platform.trashItem(absolute);
      } catch (error) {
        await this.discardCopy(copy);
        throw toCoachError(error, 'move to the trash', relative);
      }
      if (trashed) {
        if (copy) this.remember(id, { originalPath: relative, kind: 'copied', location: copy });
        return id;
      }
      await this.discardCopy(copy);
      this.osTrashAvailable = false;
    }
    const trashFolder = path.join(this.options.paths.root, VAULT_TRASH_FOLDER);
    try {
      await fsp.mkdir(trashFolder, { recursive: true });
      const location = path.join(trashFolder, await uniqueName(trashFolder, ...splitExtension(path.basename(absolute))));
      await fsp.rename(absolute, location);
      this.remember(id, { originalPath: relative, kind: 'moved', location });
      return id;
    } catch (error) {
      throw toCoachError(error, 'move to the trash', relative);
    }
  }

  /** Puts the item back; returns the vault-relative path it now has. */
  async restore(id: string): Promise<string> {
    const entry = this.entries.get(id);
    if (!entry) {
      throw new CoachError('NOT_FOUND', 'This deletion can no longer be undone here. The item is still in the system trash or the vault’s .trash folder.');
    }
    const { paths } = this.options;
    const wanted = paths.toAbsolute(entry.originalPath);
    const folder = path.dirname(wanted);
    try {
      await fsp.mkdir(folder, { recursive: true });
      const target = path.join(folder, await uniqueName(folder, ...splitExtension(path.basename(wanted))));
      if (entry.kind === 'moved') {
        await fsp.rename(entry.location, target);
      } else {
        await fsp.cp(entry.location, target, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
        await this.discardCopy(entry.location);
      }
      this.forgetEntry(id);
      return paths.toRelative(target);
    } catch (error) {
      throw toCoachError(error, 'restore', entry.originalPath);
    }
  }

  /** Drops all undo copies; `.trash/` items stay where they are. */
  async dispose(): Promise<void> {
    for (const [id, entry] of this.entries) {
      if (entry.kind === 'copied') await this.discardCopy(entry.location);
      this.forgetEntry(id);
    }
  }

  private async makeUndoCopy(id: string, absolute: string): Promise<string | null> {
    const copy = path.join(this.options.undoDir, id, path.basename(absolute));
    try {
      if ((await diskUsage(absolute)) > UNDO_COPY_LIMIT) return null;
      await fsp.mkdir(path.dirname(copy), { recursive: true });
      await fsp.cp(absolute, copy, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
      return copy;
    } catch {
      await this.discardCopy(copy);
      return null; // No undo buffer (e.g. the data dir is full): the OS trash still has the item.
    }
  }

  private async discardCopy(copy: string | null) {
    if (copy) await fsp.rm(path.dirname(copy), { recursive: true, force: true }).catch(() => undefined);
  }

  private remember(id: string, entry: TrashEntry) {
    if (entry.kind === 'copied') {
      entry.expiry = this.options.clock.setTimeout(() => {
        this.entries.delete(id);
        void this.discardCopy(entry.location);
      }, UNDO_WINDOW_MS);
    }
    this.entries.set(id, entry);
  }

  private forgetEntry(id: string) {
    const entry = this.entries.get(id);
    if (entry?.expiry !== undefined) this.options.clock.clearTimeout(entry.expiry);
    this.entries.delete(id);
  }
}

/** Total size of a file or folder, stopping early once past the undo-copy limit. */
async function diskUsage(absolute: string): Promise<number> {
  const stat = await fsp.lstat(absolute);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of await fsp.readdir(absolute)) {
    total += await diskUsage(path.join(absolute, entry));
    if (total > UNDO_COPY_LIMIT) break;
  }
  return total;
}
