import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeVaultPath, VaultPaths } from './vault-paths';

let root: string;
let vault: VaultPaths;
beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'paths-'));
  await fsp.mkdir(path.join(root, 'vault', 'notes'), { recursive: true });
  await fsp.mkdir(path.join(root, 'outside'), { recursive: true });
  await fsp.writeFile(path.join(root, 'outside', 'secret.md'), 'secret');
  await fsp.writeFile(path.join(root, 'vault', 'notes', 'a.md'), 'a');
  await fsp.symlink(path.join(root, 'outside', 'secret.md'), path.join(root, 'vault', 'escape.md'));
  await fsp.symlink(path.join(root, 'outside'), path.join(root, 'vault', 'linked-folder'));
  await fsp.symlink(path.join(root, 'outside', 'nothing-yet.md'), path.join(root, 'vault', 'dangling.md'));
  await fsp.symlink(path.join(root, 'vault', 'notes', 'a.md'), path.join(root, 'vault', 'inner-link.md'));
  vault = await VaultPaths.open(path.join(root, 'vault'));
});
afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

describe('normalizeVaultPath', () => {
  it.each(['../x', '/etc/passwd', 'C:\\x', 'C:/x', 'a/../../x', 'notes/..', 'a\\..\\..\\x', '\\\\server\\share'])('refuses %j as OUTSIDE_VAULT', (input) => {
    expect(() => normalizeVaultPath(input)).toThrow(expect.objectContaining({ code: 'OUTSIDE_VAULT' }));
  });

  it('refuses NUL and hidden folders', () => {
    expect(() => normalizeVaultPath('a\0.md')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => normalizeVaultPath('.obsidian/app.json')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('normalises empty and dot segments, and only folder arguments may name the root', () => {
    expect(normalizeVaultPath('./notes//a.md')).toBe('notes/a.md');
    expect(normalizeVaultPath('', { allowRoot: true })).toBe('');
    expect(() => normalizeVaultPath('')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('VaultPaths.resolve', () => {
  it('resolves existing and new paths inside the vault', async () => {
    expect((await vault.resolve('notes/a.md')).absolute).toBe(path.join(root, 'vault', 'notes', 'a.md'));
    expect((await vault.resolve('notes/new folder/new.md')).path).toBe('notes/new folder/new.md');
    expect((await vault.resolve('inner-link.md')).path).toBe('inner-link.md');
  });

  it('refuses a symlink inside the vault that points outside', async () => {
    await expect(vault.resolve('escape.md')).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
  });

  it('refuses paths through a symlinked parent folder, existing or new', async () => {
    await expect(vault.resolve('linked-folder/secret.md')).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
    await expect(vault.resolve('linked-folder/new.md')).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
  });

  it('refuses a dangling symlink, which a write would follow outside', async () => {
    await expect(vault.resolve('dangling.md')).rejects.toMatchObject({ code: 'OUTSIDE_VAULT' });
  });
});
