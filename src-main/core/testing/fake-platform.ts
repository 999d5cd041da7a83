/** A platform for tests: scripted folder picker, an OS trash that can be switched off, recorded notifications. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '../types';

export interface FakePlatform extends Platform {
  /** What the next `pickFolder()` returns. */
  nextPick: string | null;
  /** Absolute paths passed to `trashItem`, in order. */
  trashed: string[];
  /** Notifications asked for, in order. */
  notified: { title: string; body: string }[];
}

/**
 * @param osTrashDir when given, `trashItem` moves items there (like an OS
 * trash); otherwise it returns false and the core uses the vault's `.trash/`.
 */
export function fakePlatform(osTrashDir?: string): FakePlatform {
  const platform: FakePlatform = {
    host: 'browser',
    version: '0.0.0-test',
    assetBase: '/vault-asset/',
    nextPick: null,
    trashed: [],
    notified: [],
    notifyIfUnfocused: (title, body) => void platform.notified.push({ title, body }),
    pickFolder: async () => platform.nextPick,
    trashItem: async (absolutePath) => {
      if (!osTrashDir) return false;
      platform.trashed.push(absolutePath);
      await fsp.mkdir(osTrashDir, { recursive: true });
      await fsp.rename(absolutePath, path.join(osTrashDir, `${platform.trashed.length}-${path.basename(absolutePath)}`));
      return true;
    },
  };
  return platform;
}
