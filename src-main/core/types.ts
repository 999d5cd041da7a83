/**
 * What a host (Electron main, or the browser-mode server) gives the core and
 * gets back. The core never imports `electron`: the few things only a host can
 * do arrive here as a `Platform`.
 */
import type { EventName, Events, Handlers } from '../contract';

/** Host-specific capabilities. Electron uses native dialogs and the OS trash. */
export interface Platform {
  host: 'electron' | 'browser';
  version: string;
  /** Prefix the renderer puts before a URI-encoded vault path to load an image. */
  assetBase: string;
  /** Asks the user for a folder; null when cancelled or when the host cannot ask. */
  pickFolder(): Promise<string | null>;
  /**
   * Moves an absolute path to the OS trash. Returns false when the host has no
   * OS trash, in which case the core uses the vault's `.trash/` folder.
   */
  trashItem(absolutePath: string): Promise<boolean>;
}

/** Monotonic and wall-clock time, injectable so tests run on a fake clock. */
export interface Clock {
  now(): number;
  monotonic(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export interface CoreOptions {
  /** App data folder: settings, recent vaults, window state (lowdb). */
  dataDir: string;
  /** Where "Create the default vault" puts it, e.g. ~/Documents/Interview Coach. */
  defaultVaultDir: string;
  /** Open this vault at start instead of the last one (browser mode's --vault). */
  initialVault?: string;
  platform: Platform;
  clock?: Clock;
  logger?: Logger;
}

export type CoreListener = <E extends EventName>(name: E, payload: Events[E]) => void;

export interface Core {
  readonly handlers: Handlers;
  /** Subscribes to core events; returns the unsubscribe function. */
  onEvent(listener: CoreListener): () => void;
  start(): Promise<void>;
  /** Stops watchers and flushes pending writes. Safe to call twice. */
  stop(): Promise<void>;
}
