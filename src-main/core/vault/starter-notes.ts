/**
 * Fills a new default vault with the starter notes shipped in
 * `resources/starter-vault/` (the host passes that folder as
 * `CoreOptions.starterDir`). Existing files are never overwritten, so
 * re-running it on a used vault only adds what is missing.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { AtomicWriter } from '../fs/atomic-write';
import { CoachError } from '../../contract';
import { isIgnoredName } from './vault-paths';

export async function copyStarterNotes(starterDir: string, vaultDir: string, writer: AtomicWriter): Promise<void> {
  await fsp.mkdir(vaultDir, { recursive: true });
  for (const entry of await fsp.readdir(starterDir, { withFileTypes: true })) {
    if (isIgnoredName(entry.name)) continue;
    const from = path.join(starterDir, entry.name);
    const to = path.join(vaultDir, entry.name);
    if (entry.isDirectory()) {
      await copyStarterNotes(from, to, writer);
      continue;
    }
    try {
      await writer.create(to, await fsp.readFile(from));
    } catch (error) {
      if (!(error instanceof CoachError && error.code === 'EXISTS')) throw error;
    }
  }
}
