/**
 * What the core knows about the notes on disk: each note's last known content
 * hash, and the search index built from that content. Both the vault service
 * (our own reads and writes) and the watcher (changes by other programs) go
 * through here, which is how the watcher tells them apart: a change whose hash
 * is the one we last read or wrote, or one we are writing right now, is ours.
 * No time windows are involved, so a slow disk cannot cause a false alarm.
 *
 * The index lives in the search worker, which also reads and hashes the
 * notes when a vault opens; every hash here is one whose content the index
 * was given.
 */
import { readTextFile } from '../fs/text-file';
import { type SearchClient, SearchRestarted, SearchUnavailable } from '../search/search-client';
import type { LoadedNote, NoteFile } from '../search/search-protocol';
import { forEachConcurrently } from '../util/pool';
import type { VaultPaths } from './vault-paths';

export type DiskObservation = 'ours' | 'new' | 'changed';

export type NoteIndex = Pick<SearchClient, 'add' | 'remove' | 'load'>;

/** Told of every note whose content the core learns anew, and of every note that is gone (the drills' cards). */
export interface NoteObserver {
  changed(path: string, content: string): void;
  /** Notes read from disk straight into the search index (a note or folder renamed, restored): their content is new here. */
  loaded(paths: readonly string[]): void;
  removed(path: string): void;
}

/** Enough parallel reads to keep the disk busy, few enough to stay far from fd limits. */
const READ_CONCURRENCY = 32;

export class NoteCatalog {
  private readonly hashes = new Map<string, string>();
  /** Hashes of writes that have started but not finished, per path. */
  private readonly writing = new Map<string, string[]>();
  /** The paths each load in progress still wants: `forget` takes paths out, so a late answer cannot bring a deleted note back. */
  private readonly loading = new Set<Set<string>>();
  private readonly observers = new Set<NoteObserver>();

  constructor(
    private readonly index: NoteIndex,
    private readonly paths: VaultPaths,
  ) {}

  addObserver(observer: NoteObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  has(path: string): boolean {
    return this.hashes.has(path);
  }

  /** Content the core itself read or wrote. */
  record(path: string, content: string, hash: string): void {
    if (this.hashes.get(path) === hash) return;
    this.hashes.set(path, hash);
    this.index.add(this.noteFile(path), content);
    for (const observer of this.observers) observer.changed(path, content);
  }

  /**
   * Reads notes from disk into the index and their hashes into the catalog;
   * resolves once the index is ready for queries. Unreadable notes (binary,
   * too large) are skipped: still listed in the tree, and opening one shows
   * the reason.
   */
  async load(paths: readonly string[]): Promise<void> {
    const wanted = new Set(paths);
    this.loading.add(wanted);
    try {
      const loaded = await this.loadIntoIndex(paths);
      // A known hash is newer: it was recorded (and its content indexed) while the load ran.
      const fresh = loaded.filter(([path]) => wanted.has(path) && !this.hashes.has(path));
      for (const [path, hash] of fresh) this.hashes.set(path, hash);
      if (fresh.length > 0) for (const observer of this.observers) observer.loaded(fresh.map(([path]) => path));
    } finally {
      this.loading.delete(wanted);
    }
  }

  /** Every note the catalog knows, to fill a restarted search worker. */
  knownNotes(): NoteFile[] {
    return [...this.hashes.keys()].map((path) => this.noteFile(path));
  }

  /**
   * Runs `write` with `hash` marked as ours, so the watcher seeing the new
   * file before `write` returns does not report it as an outside change.
   */
  async trackWrite<T>(path: string, hash: string, content: string, write: () => Promise<T>): Promise<T> {
    const pending = this.writing.get(path) ?? [];
    pending.push(hash);
    this.writing.set(path, pending);
    try {
      const result = await write();
      this.record(path, content, hash);
      return result;
    } finally {
      pending.splice(pending.indexOf(hash), 1);
      if (pending.length === 0) this.writing.delete(path);
    }
  }

  /** Content the watcher found on disk. */
  observe(path: string, content: string, hash: string): DiskObservation {
    const known = this.hashes.get(path);
    if (known === hash || this.writing.get(path)?.includes(hash)) return 'ours';
    this.record(path, content, hash);
    return known === undefined ? 'new' : 'changed';
  }

  /** Forgets a note, or a folder's notes; returns the paths that were known. */
  forget(path: string): string[] {
    const prefix = `${path}/`;
    const inside = (p: string) => p === path || p.startsWith(prefix);
    for (const wanted of this.loading) for (const p of wanted) if (inside(p)) wanted.delete(p);
    const forgotten = this.hashes.has(path) ? [path] : [...this.hashes.keys()].filter(inside);
    for (const p of forgotten) {
      this.hashes.delete(p);
      this.index.remove(p);
      for (const observer of this.observers) observer.removed(p);
    }
    return forgotten;
  }

  private async loadIntoIndex(paths: readonly string[]): Promise<LoadedNote[]> {
    const notes = paths.map((path) => this.noteFile(path));
    for (;;) {
      try {
        return await this.index.load(notes);
      } catch (error) {
        // A restarted worker only refills the notes already known: these must be loaded again.
        if (error instanceof SearchRestarted) continue;
        if (error instanceof SearchUnavailable) return this.hashOnly(paths);
        throw error;
      }
    }
  }

  private noteFile(path: string): NoteFile {
    return [path, this.paths.toAbsolute(path)];
  }

  /** Without search, the hashes still matter: they tell our own writes from other programs' changes. */
  private async hashOnly(paths: readonly string[]): Promise<LoadedNote[]> {
    const loaded: LoadedNote[] = [];
    await forEachConcurrently(paths, READ_CONCURRENCY, async (path) => {
      const file = await readTextFile(this.paths.toAbsolute(path), path).catch(() => null);
      if (file) loaded.push([path, file.hash]);
    });
    return loaded;
  }
}
