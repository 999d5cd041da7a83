import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashText } from '../fs/text-file';
import { SearchRestarted, SearchUnavailable } from '../search/search-client';
import type { LoadedNote, NoteFile } from '../search/search-protocol';
import { NoteCatalog, type NoteIndex } from './note-catalog';
import { VaultPaths } from './vault-paths';

let paths: VaultPaths;
beforeAll(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'catalog-'));
  await fsp.writeFile(path.join(dir, 'a.md'), 'A');
  await fsp.writeFile(path.join(dir, 'b.md'), 'B');
  paths = await VaultPaths.open(dir);
});
afterAll(async () => {
  await fsp.rm(paths.root, { recursive: true, force: true });
});

/** An index whose loads answer as the test says, one answer per call. */
function scriptedIndex(answers: ((notes: NoteFile[]) => Promise<LoadedNote[]>)[]): NoteIndex & { loads: NoteFile[][] } {
  const loads: NoteFile[][] = [];
  return {
    loads,
    add: () => undefined,
    remove: () => undefined,
    load: (notes) => {
      loads.push(notes);
      return answers.shift()!(notes);
    },
  };
}

const hashes = (notes: NoteFile[]): LoadedNote[] => notes.map(([p]) => [p, hashText(p.toUpperCase().slice(0, 1))]);

describe('NoteCatalog.load', () => {
  it('loads again when the search worker restarted meanwhile (the restart only refills known notes)', async () => {
    const index = scriptedIndex([() => Promise.reject(new SearchRestarted()), async (notes) => hashes(notes)]);
    const catalog = new NoteCatalog(index, paths);
    await catalog.load(['a.md', 'b.md']);
    expect(index.loads).toHaveLength(2);
    expect(catalog.observe('a.md', 'A', hashText('A'))).toBe('ours');
  });

  it('still learns the hashes on the main thread when search is unavailable, so outside changes are still told apart', async () => {
    const catalog = new NoteCatalog(scriptedIndex([() => Promise.reject(new SearchUnavailable())]), paths);
    await catalog.load(['a.md', 'b.md', 'missing.md']);
    expect(catalog.knownNotes().map(([p]) => p).sort()).toEqual(['a.md', 'b.md']);
    expect(catalog.observe('b.md', 'B', hashText('B'))).toBe('ours');
    expect(catalog.observe('b.md', 'B2', hashText('B2'))).toBe('changed');
  });

  it('does not bring back a note forgotten while its load ran, nor overwrite a hash recorded meanwhile', async () => {
    let answer!: (loaded: LoadedNote[]) => void;
    const catalog = new NoteCatalog(scriptedIndex([() => new Promise((resolve) => (answer = resolve))]), paths);
    const loading = catalog.load(['a.md', 'b.md']);
    catalog.forget('a.md');
    catalog.record('b.md', 'B newer', hashText('B newer'));
    answer([
      ['a.md', hashText('A')],
      ['b.md', hashText('B')],
    ]);
    await loading;
    expect(catalog.has('a.md')).toBe(false);
    expect(catalog.observe('b.md', 'B newer', hashText('B newer'))).toBe('ours');
  });
});
