/** Plain data types that cross the contract. No behaviour, no imports. */

export type Theme = 'system' | 'light' | 'dark';

export interface AppInfo {
  /** Which host runs the core: the desktop app or the browser-mode server. */
  host: 'electron' | 'browser';
  version: string;
  platform: string;
  /** Prefix for loading a vault file (an image) by its vault path, URI-encoded. */
  assetBase: string;
}

export interface Settings {
  theme: Theme;
}

export interface VaultInfo {
  /** Absolute path of the vault folder on this machine. */
  path: string;
  /** The folder's name, shown to the user. */
  name: string;
}

export type TreeNode =
  | { kind: 'folder'; path: string; name: string; children: TreeNode[] }
  | { kind: 'note'; path: string; name: string; title: string };

export interface NoteFile {
  /** Vault-relative path with forward slashes. */
  path: string;
  content: string;
  /** Content hash (sha256, hex) of the bytes on disk. */
  hash: string;
  mtimeMs: number;
  size: number;
}

/** A note's first lines; `hash`, `size` and `mtimeMs` are the whole file's. */
export interface NoteStart extends NoteFile {
  /** False when `content` holds only the first lines (always whole lines): `notes:read` gives the rest. */
  complete: boolean;
}

export interface SavedNote {
  path: string;
  hash: string;
  mtimeMs: number;
}

export interface SearchHit {
  path: string;
  title: string;
  tags: string[];
  /** Short excerpts around the matches; each range is [start, end) in `text`. */
  snippets: { text: string; highlights: [number, number][] }[];
}

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export type TimerMode = 'countdown' | 'stopwatch';
export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

/**
 * The one timer's state at an instant, computed by the core from its
 * monotonic clock. A page shows it and animates from it with its own clock:
 * the core sends a new one only when the state changes, never per tick.
 */
export interface TimerSnapshot {
  mode: TimerMode;
  status: TimerStatus;
  /** A countdown's length, minutes added included; 0 for a stopwatch. */
  durationMs: number;
  /** Time counted so far (running time only, pauses excluded). */
  elapsedMs: number;
  /** What is left of a countdown; null for a stopwatch. */
  remainingMs: number | null;
  /** Who drives the timer, e.g. "Drill: thinking time"; null when the user started it. */
  label: string | null;
  /** Wall-clock time (ms since the epoch) the snapshot was taken: lets a page allow for the time it spent in transit. */
  at: number;
  /** Grows with every change: a page keeps the highest it has seen, so a late answer cannot undo a newer event. */
  version: number;
}

/** A gentle cue: 30 seconds left (countdowns longer than that only), or the end. */
export interface TimerCue {
  kind: 'warning' | 'end';
  timer: TimerSnapshot;
}
