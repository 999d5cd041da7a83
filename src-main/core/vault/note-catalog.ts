/**
 * What the core knows about the notes on disk: each note's last known content
 * hash, and the search index built from that content. Both the vault service
 * (our own reads and writes) and the watcher (changes by other programs) go
 * through here, which is how the watcher tells them apart: a change whose hash
 * is the one we last read or wrote, or one we are writing right now, is ours.
 * No time windows are involved, so a slow disk cannot cause a false alarm.
 */
import { extractNoteFields } from '../search/note-fields';
import type { SearchIndex } from '../search/search-index';

export type DiskObservation = 'ours' | 'new' | 'changed';

export class NoteCatalog {
  private readonly hashes = new Map<string, string>();
  /** Hashes of writes that have started but not finished, per path. */
  private readonly writing = new Map<string, string[]>();

  constructor(private readonly index: SearchIndex) {}

  has(path: string): boolean {
    return this.hashes.has(path);
  }

  /** Content the core itself read or wrote. */
  record(path: string, content: string, hash: string): void {
    if (this.hashes.get(path) === hash && this.index.has(path)) return;
    this.hashes.set(path, hash);
    this.index.upsert(path, extractNoteFields(path, content));
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
    if (this.hashes.has(path)) {
      this.hashes.delete(path);
      this.index.remove(path);
      return [path];
    }
    const prefix = `${path}/`;
    const forgotten = [...this.hashes.keys()].filter((p) => p === path || p.startsWith(prefix));
    for (const p of forgotten) {
      this.hashes.delete(p);
      this.index.remove(p);
    }
    return forgotten;
  }
}
