/**
 * Options on the desktop app's command line: `--vault=DIR` opens that vault
 * instead of the last one, `--data=DIR` keeps app state there instead of the
 * user's app data folder (the end-to-end suite gives every test its own).
 * Chromium's own switches pass through untouched.
 */
import { resolve } from 'node:path';

export interface LaunchOptions {
  vault?: string;
  dataDir?: string;
}

export function parseLaunchOptions(argv: readonly string[]): LaunchOptions {
  const options: LaunchOptions = {};
  for (const arg of argv) {
    const match = /^--(vault|data)=(.+)$/.exec(arg);
    if (!match) continue;
    if (match[1] === 'vault') options.vault = resolve(match[2]!);
    else options.dataDir = resolve(match[2]!);
  }
  return options;
}
