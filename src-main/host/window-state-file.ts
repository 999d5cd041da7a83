/**
 * A JSON file for the window state in the app data folder, until the core's
 * app store takes it over. Read once at start; written atomically (temp file,
 * then rename) so a crash mid-write leaves the previous state.
 */
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { WindowState, WindowStateStore } from './window-state';

export function windowStateFile(file: string): WindowStateStore {
  let current = read(file);
  // One write at a time: two writes sharing the temp file could interleave.
  let writing: Promise<void> = Promise.resolve();
  return {
    get: () => current,
    set(state) {
      current = state;
      const write = async () => {
        const temp = `${file}.tmp`;
        await writeFile(temp, JSON.stringify(state));
        await rename(temp, file);
      };
      writing = writing.catch(() => undefined).then(write);
      return writing;
    },
  };
}

function read(file: string): WindowState | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isWindowState(value) ? value : undefined;
  } catch {
    return undefined; // First start, or a damaged file: open with the defaults.
  }
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  const finite = (key: string) => typeof state[key] === 'number' && Number.isFinite(state[key]);
  return ['x', 'y', 'width', 'height'].every(finite) && typeof state.maximized === 'boolean';
}
