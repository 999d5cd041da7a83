/**
 * What a host (Electron main, or the browser-mode server) gives the core and
 * gets back. The core never imports `electron`: the few things only a host can
 * do arrive here as a `Platform`.
 */
import type { EventName, Events, Handlers } from '../contract';
import type { AppendFs } from './drills/append-file';
import type { AtomicWriteFs } from './fs/atomic-write';
import type { WindowState } from './store/app-store';

export type { WindowState };

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
  /**
   * Shows a system notification, only when none of the app's windows has the
   * focus: a user looking at the app already sees and hears the cue there.
   * A host that cannot tell leaves it to the page.
   */
  notifyIfUnfocused(title: string, body: string): void;
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
  /**
   * The starter notes copied by `vault:createDefault`: the app's
   * `resources/starter-vault` folder. Required because only the host knows
   * where resources are (`process.resourcesPath` when packaged, the project
   * folder in development); the core never guesses from the working directory.
   */
  starterDir: string;
  /** Open this vault at start instead of the last one (browser mode's --vault). */
  initialVault?: string;
  platform: Platform;
  /** The atomic writer's file system: the real one unless a test injects faults (see fs/test-faults.ts). */
  writeFs?: AtomicWriteFs;
  /** The review log's file system, likewise (see drills/append-file.ts). */
  appendFs?: AppendFs;
  clock?: Clock;
  logger?: Logger;
}

export interface WindowStateStore {
  /** Undefined before the first save (or before `start()`). */
  get(): WindowState | undefined;
  set(state: WindowState): Promise<void>;
}

export type CoreListener = <E extends EventName>(name: E, payload: Events[E]) => void;

export interface Core {
  readonly handlers: Handlers;
  /** Subscribes to core events; returns the unsubscribe function. */
  onEvent(listener: CoreListener): () => void;
  /** The desktop window's size and place, kept with the rest of the app state. */
  readonly windowState: WindowStateStore;
  /**
   * Resolves a vault-relative path of an image or a recording for the hosts' asset route
   * (browser mode's /vault-asset/, Electron's vault-asset: protocol): the
   * absolute path after the same containment checks as every note path, or a
   * CoachError (OUTSIDE_VAULT, NOT_FOUND, NO_VAULT; INVALID_ARGUMENT for a file
   * that is neither).
   */
  resolveAsset(vaultPath: string): Promise<string>;
  start(): Promise<void>;
  /** Stops watchers and flushes pending writes. Safe to call twice. */
  stop(): Promise<void>;
}
