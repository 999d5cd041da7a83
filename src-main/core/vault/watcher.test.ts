/**
 * Real file-system events on the real clock: every wait is for a specific
 * event with a bounded timeout, never a fixed sleep.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashText } from '../fs/text-file';
import { createTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

/**
 * Creates one more note outside the app and waits until the watcher has
 * indexed it: events are reconciled in order, so everything before it has
 * been reported by then.
 */
async function barrier() {
  const word = `barrier${Math.random().toString(36).slice(2)}`;
  const indexed = new Promise<void>((resolve) => {
    const off = t.core.onEvent((name) => {
      if (name !== 'tree:changed') return;
      void t.call('search:query', { query: word }).then((hits) => {
        if (hits.length === 0) return;
        off();
        resolve();
      });
    });
  });
  await fsp.writeFile(path.join(t.vaultDir, `${word}.md`), word);
  await Promise.race([indexed, new Promise((_, reject) => setTimeout(() => reject(new Error('barrier note never indexed')), 3000))]);
}

describe('vault watcher', () => {
  it('reports an external edit with the new hash, within a second', async () => {
    t = await createTestCore({ files: { 'a.md': 'v1' } });
    await t.call('notes:read', { path: 'a.md' });
    const started = performance.now();
    await fsp.writeFile(path.join(t.vaultDir, 'a.md'), 'edited elsewhere');
    const event = await t.waitForEvent('note:changedOnDisk', (e) => e.path === 'a.md');
    expect(event.hash).toBe(hashText('edited elsewhere'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await t.call('search:query', { query: 'elsewhere' })).map((h) => h.path)).toEqual(['a.md']);
  });

  it('does not report our own writes, creates or renames as outside changes', async () => {
    t = await createTestCore({ files: { 'a.md': 'v1' } });
    const note = await t.call('notes:read', { path: 'a.md' });
    const saved = await t.call('notes:write', { path: 'a.md', content: 'v2', expectedHash: note.hash });
    await t.call('notes:write', { path: 'a.md', content: 'v3', expectedHash: saved.hash });
    await t.call('notes:create', { folder: '', name: 'b' });
    await t.call('notes:rename', { from: 'b.md', to: 'c.md' });
    await barrier();
    expect(t.events.filter((e) => e.name === 'note:changedOnDisk' || e.name === 'note:removedOnDisk')).toEqual([]);
  });

  it('reports a note deleted by another program, and new folders and notes in the tree', async () => {
    t = await createTestCore({ files: { 'a.md': 'A', 'dir/b.md': 'B' } });
    await fsp.rm(path.join(t.vaultDir, 'a.md'));
    expect(await t.waitForEvent('note:removedOnDisk', (e) => e.path === 'a.md')).toEqual({ path: 'a.md' });
    await fsp.mkdir(path.join(t.vaultDir, 'new/deeper'), { recursive: true });
    await fsp.writeFile(path.join(t.vaultDir, 'new/deeper/c.md'), 'brand new searchable text');
    await t.waitForEvent('tree:changed');
    await barrier();
    expect((await t.call('search:query', { query: 'searchable' })).map((h) => h.path)).toEqual(['new/deeper/c.md']);
    await fsp.writeFile(path.join(t.vaultDir, 'new/deeper/c.md'), 'edited inside a new folder');
    await t.waitForEvent('note:changedOnDisk', (e) => e.path === 'new/deeper/c.md');
  });

  it('closes the vault and tells the user when its folder disappears', async () => {
    t = await createTestCore({ files: { 'a.md': 'A' } });
    await fsp.rm(t.vaultDir, { recursive: true });
    expect(await t.waitForEvent('vault:changed', (e) => e.vault === null)).toEqual({ vault: null });
    expect((await t.waitForEvent('app:notice')).level).toBe('warning');
    expect(await t.call('vault:current')).toBeNull();
    await expect(t.call('notes:tree')).rejects.toMatchObject({ code: 'NO_VAULT' });
  });
});
