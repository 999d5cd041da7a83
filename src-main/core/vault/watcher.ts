/**
 * Watches the open vault for changes made by other programs and reports them.
 *
 * Not chokidar: chokidar puts an `fs.watch` on every file, which for a 10,000
 * note vault took 3 s to start and ~90 MB of memory here. Directory watches
 * are enough, because each event is only a hint: the changed path is queued,
 * and after a short quiet period (on the injected clock) every queued path is
 * reconciled against the disk. On Linux each folder gets a non-recursive
 * watch; macOS and Windows have a native recursive watch on the root.
 *
 * A note whose content hash is one we read or wrote is ours and not reported
 * (see NoteCatalog); anything else is `note:changedOnDisk`; a known note that
 * is gone is `note:removedOnDisk`; any add or removal is one `tree:changed`.
 */
import { type FSWatcher, watch } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Emit } from '../events';
import { readTextFile } from '../fs/text-file';
import type { Clock, Logger } from '../types';
import type { NoteCatalog } from './note-catalog';
import { isIgnoredName, isNoteName, type VaultPaths } from './vault-paths';

/** Quiet period before reconciling: coalesces a burst (git checkout, sync) into one report. */
export const WATCH_DEBOUNCE_MS = 75;
/** A steady stream of events still gets reported this often, well within a second. */
export const WATCH_MAX_DELAY_MS = 400;

export interface VaultWatcherOptions {
  paths: VaultPaths;
  catalog: NoteCatalog;
  clock: Clock;
  logger: Logger;
  emit: Emit;
  /** The vault folder itself disappeared. */
  onVaultGone: () => void;
}

export class VaultWatcher {
  /** Every folder we know of (vault-relative, '' is the root). */
  private readonly folders = new Set<string>();
  /** Folder → its watch; on macOS and Windows only the root's, recursive. */
  private readonly watches = new Map<string, FSWatcher>();
  private readonly queued = new Set<string>();
  private timer: unknown;
  private firstQueuedAt: number | null = null;
  private reconciling: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly recursive = process.platform === 'darwin' || process.platform === 'win32';

  constructor(private readonly options: VaultWatcherOptions) {}

  /** @param folders every folder of the vault, from the tree scan. */
  start(folders: readonly string[]): void {
    for (const folder of ['', ...folders]) this.addFolder(folder);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
    for (const watcher of this.watches.values()) watcher.close();
    this.watches.clear();
  }

  private addFolder(folder: string) {
    this.folders.add(folder);
    if (this.stopped || (this.recursive && folder !== '')) return;
    try {
      const watcher = watch(this.options.paths.toAbsolute(folder), { recursive: this.recursive, persistent: false }, (_event, name) => {
        // No name (some platforms, queue overflow): re-check the whole folder.
        this.enqueue(name ? join(folder, String(name).split(path.sep).join('/')) : folder);
      });
      watcher.on('error', () => this.enqueue(folder));
      this.watches.set(folder, watcher);
    } catch (error) {
      this.options.logger.warn(`Cannot watch “${folder || '/'}” for changes`, error);
    }
  }

  private enqueue(relative: string) {
    if (this.stopped || relative.split('/').some(isIgnoredName)) return;
    this.queued.add(relative);
    const { clock } = this.options;
    this.firstQueuedAt ??= clock.monotonic();
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    const waited = clock.monotonic() - this.firstQueuedAt;
    this.timer = clock.setTimeout(() => this.flushNow(), Math.max(0, Math.min(WATCH_DEBOUNCE_MS, WATCH_MAX_DELAY_MS - waited)));
  }

  private flushNow() {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.firstQueuedAt = null;
    const batch = [...this.queued];
    this.queued.clear();
    if (batch.length > 0) this.reconciling = this.reconciling.then(() => this.reconcile(batch));
  }

  private async reconcile(batch: string[]) {
    if (this.stopped) return;
    const { paths, emit, onVaultGone, logger } = this.options;
    if (!(await isDirectory(paths.root))) {
      this.stop();
      onVaultGone();
      return;
    }
    let treeChanged = false;
    for (const relative of batch) {
      try {
        const stat = await fsp.lstat(paths.toAbsolute(relative)).catch(() => null);
        if (!stat) treeChanged = this.removed(relative) || treeChanged;
        else if (stat.isDirectory()) treeChanged = (await this.folderSeen(relative)) || treeChanged;
        else if (stat.isFile() && isNoteName(relative)) treeChanged = (await this.noteSeen(relative)) || treeChanged;
      } catch (error) {
        logger.warn(`Could not check “${relative}” after a change on disk`, error);
      }
    }
    if (treeChanged && !this.stopped) emit('tree:changed', {});
  }

  /** Returns true when the tree lost something. */
  private removed(relative: string): boolean {
    let hadFolder = false;
    for (const folder of [...this.folders]) {
      if (folder === relative || folder.startsWith(`${relative}/`)) {
        hadFolder = true;
        this.folders.delete(folder);
        this.watches.get(folder)?.close();
        this.watches.delete(folder);
      }
    }
    const forgotten = this.options.catalog.forget(relative);
    for (const path of forgotten) this.options.emit('note:removedOnDisk', { path });
    return hadFolder || forgotten.length > 0 || isNoteName(relative);
  }

  /**
   * A folder appeared (maybe a whole tree moved in) or its content changed:
   * watch what is new and read the notes we do not know yet.
   */
  private async folderSeen(relative: string): Promise<boolean> {
    const isNew = !this.folders.has(relative);
    if (isNew) this.addFolder(relative);
    let changed = isNew;
    const entries = await fsp.readdir(this.options.paths.toAbsolute(relative), { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const child = join(relative, entry.name);
      if (entry.isDirectory() && !this.folders.has(child)) changed = (await this.folderSeen(child)) || changed;
      else if (entry.isFile() && isNoteName(entry.name) && !this.options.catalog.has(child)) changed = (await this.noteSeen(child)) || changed;
    }
    return changed;
  }

  /** Returns true when the note is new to the tree. */
  private async noteSeen(relative: string): Promise<boolean> {
    let file;
    try {
      file = await readTextFile(this.options.paths.toAbsolute(relative), relative);
    } catch {
      return !this.options.catalog.has(relative); // unreadable (binary, mid-copy): still a tree entry
    }
    const seen = this.options.catalog.observe(relative, file.content, file.hash);
    if (seen === 'changed') this.options.emit('note:changedOnDisk', { path: relative, hash: file.hash });
    return seen === 'new';
  }
}

function join(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

async function isDirectory(absolute: string): Promise<boolean> {
  return (await fsp.stat(absolute).catch(() => null))?.isDirectory() ?? false;
}
