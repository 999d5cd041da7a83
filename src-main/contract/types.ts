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
