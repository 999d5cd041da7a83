/**
 * One open vault and everything that lives as long as it is open: the path
 * checks, the catalog and search index, the trash, the watcher.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { SearchHit, VaultInfo } from '../../contract';
import { CoachError } from '../../contract';
import type { Emit } from '../events';
import type { AtomicWriter } from '../fs/atomic-write';
import { toCoachError } from '../fs/fs-errors';
import { SearchClient } from '../search/search-client';
import type { Clock, Logger, Platform } from '../types';
import { NoteCatalog, type NoteObserver } from './note-catalog';
import { pathsOf } from './tree';
import { Trash } from './trash';
import { VaultPaths } from './vault-paths';
import { VaultService } from './vault-service';
import { VaultWatcher } from './watcher';

export interface VaultSessionOptions {
  platform: Platform;
  clock: Clock;
  logger: Logger;
  emit: Emit;
  writer: AtomicWriter;
  /** Where undo copies of items sent to the OS trash are kept. */
  undoDir: string;
  /** Called once if the vault folder disappears while open. */
  onGone: (session: VaultSession) => void;
}

export class VaultSession {
  private constructor(
    readonly info: VaultInfo,
    readonly service: VaultService,
    private readonly searchClient: SearchClient,
    private readonly trash: Trash,
    private readonly watcher: VaultWatcher,
    private readonly catalog: NoteCatalog,
    private readonly paths: VaultPaths,
  ) {}

  /** Resolves once the tree is scanned, every note indexed and the watcher running. */
  static async open(folder: string, options: VaultSessionOptions): Promise<VaultSession> {
    await assertReadableFolder(folder);
    const paths = await VaultPaths.open(folder);
    // Started first, so the worker boots while the tree is scanned.
    const searchClient: SearchClient = new SearchClient({ logger: options.logger, knownNotes: () => catalog.knownNotes() });
    const catalog = new NoteCatalog(searchClient, paths);
    const trash = new Trash({ paths, platform: options.platform, clock: options.clock, undoDir: options.undoDir });
    const service = new VaultService({ paths, catalog, trash, writer: options.writer, emit: options.emit });
    let session: VaultSession | undefined;
    const watcher = new VaultWatcher({
      paths,
      catalog,
      clock: options.clock,
      logger: options.logger,
      emit: options.emit,
      onVaultGone: () => session && options.onGone(session),
    });
    const info = { path: paths.root, name: path.basename(paths.root) || paths.root };
    session = new VaultSession(info, service, searchClient, trash, watcher, catalog, paths);
    try {
      const tree = await service.tree();
      // Watch before reading, so a change made while we index is not missed.
      watcher.start(pathsOf(tree, 'folder'));
      await service.indexNotes(pathsOf(tree, 'note'));
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  /** Tells `observer` of every note whose content changes, by the app or another program, and of every note gone. */
  observeNotes(observer: NoteObserver): () => void {
    return this.catalog.addObserver(observer);
  }

  /** Every note of the vault the core has read (binary and unreadable files left out). */
  notePaths(): string[] {
    return this.catalog.knownNotes().map(([notePath]) => notePath);
  }

  toAbsolute(notePath: string): string {
    return this.paths.toAbsolute(notePath);
  }

  search(query: string, limit?: number): Promise<SearchHit[]> {
    return this.searchClient.search(query, limit);
  }

  async close(): Promise<void> {
    this.watcher.stop();
    await this.searchClient.stop();
    await this.trash.dispose();
  }
}

async function assertReadableFolder(folder: string) {
  try {
    const stat = await fsp.stat(folder);
    if (!stat.isDirectory()) throw new CoachError('NOT_FOUND', `“${folder}” is a file, not a folder, so it cannot be opened as a vault.`);
    await fsp.readdir(folder);
  } catch (error) {
    if (error instanceof CoachError) throw error;
    const mapped = toCoachError(error, 'open the vault', folder);
    throw mapped.code === 'NOT_FOUND' ? new CoachError('NOT_FOUND', `The folder “${folder}” does not exist.`) : mapped;
  }
}
