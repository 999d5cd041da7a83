import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import { createAtomicWriter } from '../fs/atomic-write';
import { hashText } from '../fs/text-file';
import { fakePlatform } from '../testing/fake-platform';
import { createTestCore, silentLogger, type TestCore } from '../testing/test-core';
import { NOTE_START_CHARS } from './vault-service';
import { VaultSession } from './vault-session';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

const disk = (file: string) => fsp.readFile(path.join(t.vaultDir, file), 'utf8');

describe('notes:readStart', () => {
  it('gives a short note whole, marked complete', async () => {
    t = await createTestCore({ files: { 'a.md': '# A\n' } });
    expect(await t.call('notes:readStart', { path: 'a.md' })).toMatchObject({ content: '# A\n', hash: hashText('# A\n'), complete: true });
  });

  it('gives the whole lines of a long note that fit, with the hash and size of the whole file', async () => {
    const line = `${'x'.repeat(99)}\r\n`;
    const content = line.repeat(Math.ceil((2 * NOTE_START_CHARS) / line.length));
    t = await createTestCore({ files: { 'big.md': content } });
    const start = await t.call('notes:readStart', { path: 'big.md' });
    expect(start.complete).toBe(false);
    expect(start.content.length).toBeLessThanOrEqual(NOTE_START_CHARS);
    expect(start.content.length % line.length).toBe(0);
    expect(content.startsWith(start.content)).toBe(true);
    expect(start).toMatchObject({ hash: hashText(content), size: content.length });
  });
});

describe('notes:read and notes:write', () => {
  it('reads a note with its hash and saves with the expected hash', async () => {
    t = await createTestCore({ files: { 'a.md': '# A\n' } });
    const note = await t.call('notes:read', { path: 'a.md' });
    expect(note).toMatchObject({ path: 'a.md', content: '# A\n', hash: hashText('# A\n'), size: 4 });
    const saved = await t.call('notes:write', { path: 'a.md', content: '# A\nmore\n', expectedHash: note.hash });
    expect(saved.hash).toBe(hashText('# A\nmore\n'));
    expect(await disk('a.md')).toBe('# A\nmore\n');
  });

  it('refuses a save based on an older version with CONFLICT, unless forced', async () => {
    t = await createTestCore({ files: { 'a.md': 'v1' } });
    const note = await t.call('notes:read', { path: 'a.md' });
    await fsp.writeFile(path.join(t.vaultDir, 'a.md'), 'changed elsewhere');
    await expect(t.call('notes:write', { path: 'a.md', content: 'mine', expectedHash: note.hash })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await disk('a.md')).toBe('changed elsewhere');
    await t.call('notes:write', { path: 'a.md', content: 'mine', expectedHash: note.hash, force: true });
    expect(await disk('a.md')).toBe('mine');
  });

  it('a save to a note deleted on disk since it was read is NOT_FOUND (not a conflict), and writes nothing unless forced', async () => {
    t = await createTestCore({ files: { 'a.md': 'v1' } });
    const note = await t.call('notes:read', { path: 'a.md' });
    await fsp.rm(path.join(t.vaultDir, 'a.md'));
    await expect(t.call('notes:write', { path: 'a.md', content: 'mine', expectedHash: note.hash })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fsp.stat(path.join(t.vaultDir, 'a.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    await t.call('notes:write', { path: 'a.md', content: 'mine', expectedHash: note.hash, force: true });
    expect(await disk('a.md')).toBe('mine');
  });

  it('expectedHash null creates a new note but never overwrites one', async () => {
    t = await createTestCore({ files: { 'a.md': 'existing' } });
    await t.call('notes:write', { path: 'new.md', content: 'fresh', expectedHash: null });
    expect(await disk('new.md')).toBe('fresh');
    await expect(t.call('notes:write', { path: 'a.md', content: 'x', expectedHash: null })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses non-notes, paths outside the vault and reports a read-only note', async () => {
    t = await createTestCore({ files: { 'a.txt': 'x', 'ro.md': 'keep' } });
    await expect(t.call('notes:read', { path: 'a.txt' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.call('notes:read', { path: '../outside.md' })).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
    await fsp.chmod(path.join(t.vaultDir, 'ro.md'), 0o444);
    const note = await t.call('notes:read', { path: 'ro.md' });
    await expect(t.call('notes:write', { path: 'ro.md', content: 'x', expectedHash: note.hash })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await disk('ro.md')).toBe('keep');
  });

  it('lists and reads two notes whose names differ only in case', async () => {
    t = await createTestCore({ files: { 'Note.md': 'upper', 'note.md': 'lower' } });
    const tree = await t.call('notes:tree');
    expect(tree.map((n) => n.name)).toEqual(['Note.md', 'note.md']);
    expect((await t.call('notes:read', { path: 'Note.md' })).content).toBe('upper');
    expect((await t.call('notes:read', { path: 'note.md' })).content).toBe('lower');
  });
});

describe('creating, renaming and deleting', () => {
  it('creates Untitled, Untitled 2… and folders', async () => {
    t = await createTestCore();
    expect((await t.call('notes:create', { folder: '' })).path).toBe('Untitled.md');
    expect((await t.call('notes:create', { folder: '' })).path).toBe('Untitled 2.md');
    expect(await t.call('notes:createFolder', { parent: '', name: 'Stories' })).toEqual({ path: 'Stories' });
    const named = await t.call('notes:create', { folder: 'Stories', name: 'Launch', content: '# Launch' });
    expect(named).toMatchObject({ path: 'Stories/Launch.md', content: '# Launch' });
    expect((await t.call('notes:create', { folder: 'Stories', name: 'Page.mdx' })).path).toBe('Stories/Page.mdx');
    await expect(t.call('notes:create', { folder: 'Stories', name: 'Launch' })).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(t.call('notes:createFolder', { parent: '', name: 'Stories' })).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(t.call('notes:create', { folder: '', name: 'a/b' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(t.events.some((e) => e.name === 'tree:changed')).toBe(true);
  });

  it('renames a note (keeping its extension), a folder, and only the case of a name', async () => {
    t = await createTestCore({ files: { 'a.md': 'A', 'dir/b.md': 'B about lighthouses' } });
    expect(await t.call('notes:rename', { from: 'a.md', to: 'renamed' })).toEqual({ path: 'renamed.md' });
    expect(await t.call('notes:rename', { from: 'renamed.md', to: 'Renamed.md' })).toEqual({ path: 'Renamed.md' });
    expect(await disk('Renamed.md')).toBe('A');
    expect(await t.call('notes:rename', { from: 'dir', to: 'moved/dir' }).catch((e) => e.code)).toBe('NOT_FOUND');
    await t.call('notes:createFolder', { parent: '', name: 'moved' });
    expect(await t.call('notes:rename', { from: 'dir', to: 'moved/dir' })).toEqual({ path: 'moved/dir' });
    expect(await disk('moved/dir/b.md')).toBe('B about lighthouses');
    const hits = await t.call('search:query', { query: 'lighthouses' });
    expect(hits.map((h) => h.path)).toEqual(['moved/dir/b.md']);
    await expect(t.call('notes:rename', { from: 'moved', to: 'moved/inner' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('never overwrites an existing target when renaming', async () => {
    t = await createTestCore({ files: { 'a.md': 'A', 'b.md': 'B', 'c.md': 'C', 'C.md': 'other C' } });
    await expect(t.call('notes:rename', { from: 'a.md', to: 'b.md' })).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(t.call('notes:rename', { from: 'c.md', to: 'C.md' })).rejects.toMatchObject({ code: 'EXISTS' });
    expect(await disk('b.md')).toBe('B');
    expect(await disk('C.md')).toBe('other C');
  });

  it('deletes into the vault .trash/ when there is no OS trash, and restores', async () => {
    t = await createTestCore({ files: { 'a.md': 'A unique-word', '.trash/a.md': 'older' } });
    const { trashId } = await t.call('notes:delete', { path: 'a.md' });
    expect(await fsp.readdir(path.join(t.vaultDir, '.trash'))).toEqual(['a 2.md', 'a.md']);
    expect(await t.call('search:query', { query: 'unique-word' })).toEqual([]);
    expect(await t.call('notes:restore', { trashId })).toEqual({ path: 'a.md' });
    expect(await disk('a.md')).toBe('A unique-word');
    expect((await t.call('search:query', { query: 'unique-word' })).length).toBe(1);
    await expect(t.call('notes:restore', { trashId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes a folder to the OS trash and restores it from the undo copy, beside a newcomer if needed', async () => {
    t = await createTestCore({ osTrash: true, files: { 'dir/a.md': 'A', 'dir/sub/b.md': 'B' } });
    const { trashId } = await t.call('notes:delete', { path: 'dir' });
    expect(t.platform.trashed).toEqual([path.join(t.vaultDir, 'dir')]);
    await t.call('notes:createFolder', { parent: '', name: 'dir' });
    expect(await t.call('notes:restore', { trashId })).toEqual({ path: 'dir 2' });
    expect(await disk('dir 2/sub/b.md')).toBe('B');
    expect(await fsp.readdir(path.join(t.dataDir, 'trash-undo'))).toEqual([]);
  });

  it('an undo copy expires after the undo window (fake clock)', async () => {
    const { FakeClock } = await import('../testing/fake-clock');
    const { UNDO_WINDOW_MS } = await import('./trash');
    const clock = new FakeClock();
    t = await createTestCore({ osTrash: true, clock, files: { 'a.md': 'A' } });
    const { trashId } = await t.call('notes:delete', { path: 'a.md' });
    expect(await fsp.readdir(path.join(t.dataDir, 'trash-undo'))).toHaveLength(1);
    clock.advance(UNDO_WINDOW_MS);
    await expect(t.call('notes:restore', { trashId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('writeAsset', () => {
  it('writes a recording atomically into folders it makes, and only recordings or images inside the vault', async () => {
    const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'coach-asset-'));
    const vault = path.join(root, 'vault');
    await fsp.mkdir(vault);
    await fsp.mkdir(path.join(root, 'outside'));
    await fsp.symlink(path.join(root, 'outside'), path.join(vault, 'link'));
    const events: string[] = [];
    const session = await VaultSession.open(vault, {
      platform: fakePlatform(),
      clock: systemClock,
      logger: silentLogger,
      emit: (name) => void events.push(name),
      writer: createAtomicWriter(),
      undoDir: path.join(root, '.undo'),
      onGone: () => undefined,
    });
    try {
      const bytes = new Uint8Array([1, 2, 3]);
      expect(await session.service.writeAsset('Mock interviews/a b/q1.webm', bytes)).toEqual({ path: 'Mock interviews/a b/q1.webm' });
      expect(await fsp.readFile(path.join(vault, 'Mock interviews', 'a b', 'q1.webm'))).toEqual(Buffer.from(bytes));
      expect(events).toEqual(['tree:changed']);
      await session.service.writeAsset('Mock interviews/a b/q1.webm', new Uint8Array([4]));
      expect(events).toEqual(['tree:changed']);
      await expect(session.service.writeAsset('Notes.md', bytes)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await expect(session.service.writeAsset('../outside/q1.webm', bytes)).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
      await expect(session.service.writeAsset('link/q1.webm', bytes)).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
      expect(await fsp.readdir(path.join(root, 'outside'))).toEqual([]);
    } finally {
      await session.close();
      await fsp.rm(root, { recursive: true, force: true });
    }
  });
});
