/**
 * The stories of the open vault, kept current: read when the vault opens,
 * then told of every note that changes or goes (by the app, or by another
 * program through the watcher), of which it keeps those under `Stories/`.
 */
import type { Logger } from '../types';
import { hashText } from '../fs/text-file';
import { forEachConcurrently } from '../util/pool';
import { storyEntry, type StoryEntry } from './story-entry';
import { isStoryPath } from './story-paths';

export interface StoryCatalogOptions {
  /** Reads a note through the vault service (path checks, and the note catalog learns what was read). */
  read: (notePath: string) => Promise<{ content: string; hash: string }>;
  logger: Logger;
  /** A story was added, changed or removed. */
  onChange: () => void;
}

/** A story folder holds tens of notes; a few reads at a time keep the vault's opening responsive. */
const READ_CONCURRENCY = 8;

export class StoryCatalog {
  private readonly entries = new Map<string, StoryEntry>();
  /** Counts changes; each story's last one is kept, so a read that started before it is known to be stale. */
  private changes = 0;
  private readonly lastChange = new Map<string, number>();
  private closed = false;

  constructor(private readonly options: StoryCatalogOptions) {}

  /** Reads the stories among `notePaths`; stories changed meanwhile keep their newer content. */
  async load(notePaths: readonly string[]): Promise<void> {
    const since = this.changes;
    let found = false;
    await forEachConcurrently(notePaths.filter(isStoryPath), READ_CONCURRENCY, async (notePath) => {
      const file = await this.options.read(notePath).catch((error) => this.options.logger.warn(`Could not read the story ${notePath}`, error));
      if (!file || this.closed || (this.lastChange.get(notePath) ?? 0) > since) return;
      this.entries.set(notePath, storyEntry(notePath, file.content, file.hash));
      found = true;
    });
    if (found && !this.closed) this.options.onChange();
  }

  /** Notes that came from disk without their content passing through here (renamed, restored from the trash). */
  notesLoaded(notePaths: readonly string[]): void {
    void this.load(notePaths);
  }

  noteChanged(notePath: string, content: string): void {
    if (!isStoryPath(notePath)) return;
    this.lastChange.set(notePath, ++this.changes);
    const hash = hashText(content);
    if (this.entries.get(notePath)?.hash === hash) return;
    this.entries.set(notePath, storyEntry(notePath, content, hash));
    this.options.onChange();
  }

  noteRemoved(notePath: string): void {
    if (!isStoryPath(notePath)) return;
    this.lastChange.set(notePath, ++this.changes);
    if (this.entries.delete(notePath)) this.options.onChange();
  }

  /** Every story, by path. */
  all(): StoryEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get(notePath: string): StoryEntry | undefined {
    return this.entries.get(notePath);
  }

  close(): void {
    this.closed = true;
  }
}
