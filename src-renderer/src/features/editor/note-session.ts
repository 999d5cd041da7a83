/**
 * The life of one open note between the editor and the disk: when to save,
 * whether a save is needed at all, and what to do when the file changes
 * underneath. Plain TypeScript (no React, no Lexical) so it is tested with a
 * fake clock.
 *
 * Rules: content identical to what was read is never written; a save is based
 * on the hash of what the editor loaded, so an external change is never
 * overwritten silently (it becomes a conflict for the user to settle).
 */
import type { NoteFile, SavedNote } from '../../../../src-main/contract';
import { ClientError } from '../../lib/client';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** The file changed on disk while this note had unsaved edits. */
  | { kind: 'conflict' }
  /** The file was deleted or moved away on disk while open. */
  | { kind: 'removed' };

export interface SessionIO {
  write(args: { path: string; content: string; expectedHash: string | null; force?: boolean }): Promise<SavedNote>;
  read(path: string): Promise<NoteFile>;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const AUTOSAVE_DELAY_MS = 700;

export class NoteSession {
  private status: SaveStatus = { kind: 'saved' };
  private listeners = new Set<() => void>();
  private timer: unknown;
  private inFlight: Promise<boolean> | undefined;
  private dirty = false;
  /** What is on disk as far as we know: the base of the next save. */
  private base: { content: string; hash: string | null };
  /** Resolves once the editor holds the whole file: nothing is saved before, or the rest of the note would be lost. */
  private readonly fullyRead: Promise<void>;
  private markFullyRead = () => {};
  private readonly timers: Timers;
  private readonly delayMs: number;

  constructor(
    public path: string,
    file: NoteFile,
    private readonly io: SessionIO,
    /** Produces the file content the editor would write now. */
    private readonly currentContent: () => string,
    /** Replaces the editor's content with a fresh copy from disk. */
    private readonly reloadEditor: (file: NoteFile) => void,
    options: {
      timers?: Timers;
      delayMs?: number;
      /** False when `file` holds only the note's first lines (see `completeRead`). */
      complete?: boolean;
    } = {},
  ) {
    this.timers = options.timers ?? globalThis;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.base = { content: file.content, hash: file.hash };
    this.fullyRead = options.complete === false ? new Promise((resolve) => (this.markFullyRead = resolve)) : Promise.resolve();
  }

  /** The whole file arrived and the editor holds it: saves may go ahead. */
  completeRead(file: NoteFile): void {
    this.base = { content: file.content, hash: file.hash };
    this.markFullyRead();
  }

  /** The note as the editor would write it now. */
  content(): string {
    return this.currentContent();
  }

  getStatus(): SaveStatus {
    return this.status;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user changed something: save shortly after typing stops. */
  changed(): void {
    this.dirty = true;
    if (this.status.kind === 'conflict' || this.status.kind === 'removed') return;
    this.setStatus({ kind: 'unsaved' });
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.save(), this.delayMs);
  }

  /** Something changed that probably writes the same bytes: check soon, without alarming the user. */
  changedQuietly(): void {
    if (this.dirty) return;
    this.dirty = true;
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.save(), this.delayMs);
  }

  /**
   * True when the editor holds text the disk does not. Not merely `dirty`:
   * a note just opened is dirty until the quiet check after Lexical's
   * follow-up passes, and edits undone leave it dirty too, yet neither is
   * an edit to protect (a change on disk must reload such a note, not raise a
   * conflict).
   */
  hasUnsavedChanges(): boolean {
    return this.dirty && this.currentContent() !== this.base.content;
  }

  /** Saves now if anything changed; resolves true when the disk holds the editor's content. */
  async save(options: { force?: boolean } = {}): Promise<boolean> {
    this.timers.clearTimeout(this.timer);
    await this.fullyRead;
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    if (!this.dirty) return true;
    if (!options.force && (this.status.kind === 'conflict' || this.status.kind === 'removed')) return false;
    this.inFlight = this.write(options.force ?? false);
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  private async write(force: boolean): Promise<boolean> {
    const content = this.currentContent();
    if (content === this.base.content && !force) {
      // Edits that were undone, or changes that serialise to the same bytes: nothing to write.
      this.dirty = false;
      this.setStatus({ kind: 'saved' });
      return true;
    }
    this.setStatus({ kind: 'saving' });
    this.dirty = false;
    try {
      const saved = await this.io.write({ path: this.path, content, expectedHash: this.base.hash, force });
      this.base = { content, hash: saved.hash };
      this.setStatus(this.dirty ? { kind: 'unsaved' } : { kind: 'saved' });
      return true;
    } catch (error) {
      this.dirty = true;
      if (error instanceof ClientError && error.code === 'CONFLICT') this.setStatus({ kind: 'conflict' });
      else if (error instanceof ClientError && error.code === 'NOT_FOUND') this.setStatus({ kind: 'removed' });
      else this.setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  /** The core saw the file change on disk (not through us). */
  async diskChanged(hash: string): Promise<void> {
    if (hash === this.base.hash) return;
    if (this.inFlight || this.hasUnsavedChanges()) {
      this.setStatus({ kind: 'conflict' });
      return;
    }
    await this.loadFromDisk();
  }

  diskRemoved(): void {
    if (this.hasUnsavedChanges()) this.setStatus({ kind: 'removed' });
  }

  /** Conflict: the user keeps the editor's text and overwrites the disk. */
  async keepMine(): Promise<boolean> {
    this.dirty = true;
    return this.save({ force: true });
  }

  /** Conflict: the user takes the disk's version and drops the editor's edits. */
  async loadFromDisk(): Promise<void> {
    try {
      const file = await this.io.read(this.path);
      this.timers.clearTimeout(this.timer);
      this.base = { content: file.content, hash: file.hash };
      this.dirty = false;
      this.reloadEditor(file);
      this.setStatus({ kind: 'saved' });
    } catch (error) {
      this.setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * "Save as…" (offered when the note was deleted or moved away on disk):
   * writes the editor's content to a new note, never over an existing one,
   * and the session continues there. Returns null, or why it failed, in
   * which case nothing moved and the text is still unsaved here.
   */
  async saveAs(path: string): Promise<string | null> {
    this.timers.clearTimeout(this.timer);
    await this.fullyRead;
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    const content = this.currentContent();
    const wasDirty = this.dirty;
    this.dirty = false;
    try {
      const saved = await this.io.write({ path, content, expectedHash: null });
      this.path = path;
      this.base = { content, hash: saved.hash };
      this.setStatus({ kind: 'saved' });
      // Typed while the write was on its way: an ordinary unsaved edit of the new note now.
      if (this.currentContent() !== content) this.changed();
      return null;
    } catch (error) {
      this.dirty = wasDirty || this.dirty;
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** The note was renamed through the app: same file, new path. */
  renamed(path: string): void {
    this.path = path;
  }

  /** The editor goes away: whatever is still unsaved is saved now, never dropped. */
  dispose(): void {
    this.listeners.clear();
    if (this.dirty) void this.save();
    else this.timers.clearTimeout(this.timer);
  }

  private setStatus(status: SaveStatus) {
    // Every keystroke reports "unsaved": tell the listeners only when something changed.
    if (status.kind === this.status.kind && status.kind !== 'error') return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
