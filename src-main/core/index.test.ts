import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './testing/test-core';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

describe('createCore', () => {
  it('opens the initial vault at start and answers app:info', async () => {
    t = await createTestCore({ files: { 'a.md': 'A' } });
    expect(await t.call('vault:current')).toEqual({ path: t.vaultDir, name: 'vault' });
    expect(await t.call('app:info')).toMatchObject({ host: 'browser', version: '0.0.0-test', platform: process.platform });
    expect(await t.call('app:flushed', { requestId: 'x' })).toBeNull();
  });

  it('starts without a vault, opens one by path or through the picker, and remembers it', async () => {
    t = await createTestCore({ openVault: false });
    expect(await t.call('vault:current')).toBeNull();
    await expect(t.call('notes:tree')).rejects.toMatchObject({ code: 'NO_VAULT' });
    await expect(t.call('vault:open', { path: path.join(t.vaultDir, 'missing') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    t.platform.nextPick = null;
    expect(await t.call('vault:open', {})).toBeNull();
    t.platform.nextPick = t.vaultDir;
    expect(await t.call('vault:open', {})).toEqual({ path: t.vaultDir, name: 'vault' });
    expect(await t.waitForEvent('vault:changed')).toEqual({ vault: { path: t.vaultDir, name: 'vault' } });
    expect(await t.call('vault:recent')).toEqual([{ path: t.vaultDir, name: 'vault' }]);
  });

  it('reopens the last vault after a restart, and hides recent vaults whose folder is gone', async () => {
    const first = await createTestCore({ openVault: false });
    await first.call('vault:open', { path: first.vaultDir });
    const other = path.join(first.dataDir, '..', 'other');
    await fsp.mkdir(other);
    await first.call('vault:open', { path: other });
    await first.call('vault:open', { path: first.vaultDir });
    await first.core.stop();
    await fsp.rm(other, { recursive: true });

    t = await createTestCore({ openVault: false, dataDir: first.dataDir });
    expect(await t.call('vault:current')).toEqual({ path: first.vaultDir, name: 'vault' });
    expect((await t.call('vault:recent')).map((v) => v.path)).toEqual([first.vaultDir]);
    await first.cleanup();
  });

  it('keeps the window state with the app state across restarts', async () => {
    const first = await createTestCore({ openVault: false });
    expect(first.core.windowState.get()).toBeUndefined();
    await first.core.windowState.set({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
    await first.core.stop();

    t = await createTestCore({ openVault: false, dataDir: first.dataDir });
    expect(t.core.windowState.get()).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
    await first.cleanup();
  });

  it('creates the default vault with the starter notes, never overwriting the user’s files', async () => {
    t = await createTestCore({ openVault: false });
    const defaultDir = path.join(t.dataDir, '..', 'Interview Coach');
    await fsp.mkdir(defaultDir);
    await fsp.writeFile(path.join(defaultDir, 'Welcome.md'), 'my own welcome');
    const vault = await t.call('vault:createDefault');
    expect(vault.path).toBe(defaultDir);
    expect(await fsp.readFile(path.join(defaultDir, 'Welcome.md'), 'utf8')).toBe('my own welcome');
    const story = await t.call('notes:read', { path: 'Stories/Led a migration under a deadline.md' });
    expect(story.content).toMatch(/^---\ntitle: .*\ncompetencies:/);
    for (const section of ['Situation', 'Task', 'Action', 'Result']) expect(story.content).toContain(`## ${section}\n`);
    expect((await t.call('search:query', { query: 'microtask' }))[0]?.path).toBe('Technical/JavaScript event loop.md');
  });

  it('resolves images for the asset route, inside the vault only', async () => {
    t = await createTestCore({ files: { 'img/photo.png': 'png', 'a.md': 'A' } });
    expect(await t.core.resolveAsset('img/photo.png')).toBe(path.join(t.vaultDir, 'img', 'photo.png'));
    await expect(t.core.resolveAsset('a.md')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.core.resolveAsset('../x.png')).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
    await expect(t.core.resolveAsset('missing.png')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('startup notices were lost before any window listened: they wait for the first app:notices call', async () => {
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'coach-data-'));
    await fsp.writeFile(path.join(dataDir, 'settings.json'), '{ "settings": ');
    t = await createTestCore({ dataDir });
    const notices = await t.call('app:notices');
    expect(notices).toEqual([{ level: 'warning', message: expect.stringMatching(/settings file was damaged.*settings\.corrupt-\d+\.json/) }]);
    expect(await t.call('app:notices')).toEqual([]);
    await fsp.rm(dataDir, { recursive: true, force: true });
  });
});
