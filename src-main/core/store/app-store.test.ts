import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../fs/atomic-write';
import { DEFAULT_COMPETENCIES } from '../stories/competencies';
import { AppStore, MAX_RECENT_VAULTS, SETTINGS_FILE } from './app-store';

let dataDir: string;
const notices: string[] = [];
beforeEach(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'store-'));
  notices.length = 0;
});
afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});

const open = () => AppStore.open({ dataDir, writer: createAtomicWriter(), now: () => 1234, onCorrupt: (movedTo) => notices.push(movedTo) });

describe('AppStore', () => {
  it('persists settings, recent vaults (most recent first, at most 10) and window state', async () => {
    const store = await open();
    expect(store.settings).toEqual({ theme: 'system' });
    await store.updateSettings({ theme: 'dark' });
    for (let i = 0; i < 12; i++) await store.rememberVault({ path: `/v${i}`, name: `v${i}` });
    await store.rememberVault({ path: '/v5', name: 'v5' });
    await store.setWindowState({ x: 10, y: 20, width: 800, height: 600, maximized: false });

    const reopened = await open();
    expect(reopened.settings).toEqual({ theme: 'dark' });
    expect(reopened.recentVaults).toHaveLength(MAX_RECENT_VAULTS);
    expect(reopened.recentVaults.slice(0, 2).map((v) => v.path)).toEqual(['/v5', '/v11']);
    expect(reopened.lastVault).toBe('/v5');
    expect(reopened.windowState).toEqual({ x: 10, y: 20, width: 800, height: 600, maximized: false });
  });

  it('creates the data folder on a first run (bug: settings could not be saved into a missing folder)', async () => {
    const fresh = path.join(dataDir, 'new', 'Interview Coach');
    const store = await AppStore.open({ dataDir: fresh, writer: createAtomicWriter(), now: () => 1, onCorrupt: () => undefined });
    await store.updateSettings({ theme: 'light' });
    expect(JSON.parse(await fsp.readFile(path.join(fresh, SETTINGS_FILE), 'utf8')).settings).toEqual({ theme: 'light' });
  });

  it('moves a corrupt file aside, uses defaults and tells the user', async () => {
    await fsp.writeFile(path.join(dataDir, SETTINGS_FILE), '{"settings": {"theme": "dark"'); // truncated
    const store = await open();
    expect(store.settings).toEqual({ theme: 'system' });
    expect(notices).toEqual([path.join(dataDir, 'settings.corrupt-1234.json')]);
    expect(await fsp.readFile(notices[0]!, 'utf8')).toContain('"dark"');
    await store.updateSettings({ theme: 'light' });
    expect(JSON.parse(await fsp.readFile(path.join(dataDir, SETTINGS_FILE), 'utf8')).settings.theme).toBe('light');
  });

  it('keeps the valid fields of a file with some bad values', async () => {
    await fsp.writeFile(path.join(dataDir, SETTINGS_FILE), JSON.stringify({ settings: { theme: 'purple' }, lastVault: '/v', windowState: { width: 'wide' } }));
    const store = await open();
    expect(store.settings).toEqual({ theme: 'system' });
    expect(store.lastVault).toBe('/v');
    expect(store.windowState).toBeNull();
    expect(notices).toEqual([]);
  });

  it('keeps the competency set, starting from the defaults; a hand-edited set with a bad entry or a repeated id falls back to them', async () => {
    const store = await open();
    expect(store.competencies).toEqual(DEFAULT_COMPETENCIES);
    const mine = [{ id: 'mediation', label: 'Mediation', description: 'Bringing sides together.' }];
    await store.setCompetencies(mine);
    expect((await open()).competencies).toEqual(mine);

    for (const competencies of [[{ id: 'x', label: 42 }], [...mine, ...mine], []]) {
      await fsp.writeFile(path.join(dataDir, SETTINGS_FILE), JSON.stringify({ settings: { theme: 'dark' }, competencies }));
      const reopened = await open();
      expect(reopened.competencies).toEqual(DEFAULT_COMPETENCIES);
      expect(reopened.settings).toEqual({ theme: 'dark' });
    }
  });
});
