import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachError } from '../../contract';
import { createAtomicWriter, nodeAtomicWriteFs, type AtomicWriteFs } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await fsp.chmod(dir, 0o755).catch(() => undefined);
  await fsp.rm(dir, { recursive: true, force: true });
});

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real fs, except that writing file contents fails with `code`. */
function fsFailingWrites(code: string): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    async open(file, flags, mode) {
      const handle = await nodeAtomicWriteFs.open(file, flags, mode);
      return { ...handle, writeFile: async () => Promise.reject(errno(code)), close: () => handle.close(), sync: () => handle.sync(), chmod: (m) => handle.chmod(m) };
    },
  };
}

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CoachError);
  expect((error as CoachError).code).toBe(code);
  return error as CoachError;
}

describe('atomic writer', () => {
  it('replaces a file and leaves no temp file behind', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'old');
    await createAtomicWriter().replace(file, 'new ✓');
    expect(await fsp.readFile(file, 'utf8')).toBe('new ✓');
    expect(await fsp.readdir(dir)).toEqual(['note.md']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'old');
    await fsp.chmod(file, 0o640);
    await createAtomicWriter().replace(file, 'new');
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o640);
  });

  it('on a full disk fails with DISK_FULL and leaves the old file intact', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'precious');
    const error = await expectCode(createAtomicWriter(fsFailingWrites('ENOSPC')).replace(file, 'new', 'note.md'), 'DISK_FULL');
    expect(error.message).toMatch(/disk is full/);
    expect(await fsp.readFile(file, 'utf8')).toBe('precious');
    expect(await fsp.readdir(dir)).toEqual(['note.md']);
  });

  it('when the rename fails, the old file is intact and the temp file removed', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'precious');
    const fs: AtomicWriteFs = { ...nodeAtomicWriteFs, rename: async () => Promise.reject(errno('EIO')) };
    await expectCode(createAtomicWriter(fs).replace(file, 'new'), 'IO');
    expect(await fsp.readFile(file, 'utf8')).toBe('precious');
    expect(await fsp.readdir(dir)).toEqual(['note.md']);
  });

  it('refuses a read-only file with READ_ONLY, even as root', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'keep');
    await fsp.chmod(file, 0o444);
    await expectCode(createAtomicWriter().replace(file, 'new'), 'READ_ONLY');
    expect(await fsp.readFile(file, 'utf8')).toBe('keep');
  });

  it('maps a read-only folder (EACCES creating the temp file) to READ_ONLY', async () => {
    // Root ignores folder permissions, so the refusal is simulated through the injected fs.
    const fs: AtomicWriteFs = { ...nodeAtomicWriteFs, open: async (f, flags, mode) => (flags === 'wx' ? Promise.reject(errno('EACCES')) : nodeAtomicWriteFs.open(f, flags, mode)) };
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'keep');
    const error = await expectCode(createAtomicWriter(fs).replace(file, 'new'), 'READ_ONLY');
    expect(error.message).toMatch(/read-only/);
    expect(await fsp.readFile(file, 'utf8')).toBe('keep');
  });

  it.skipIf(process.getuid?.() === 0)('maps a real read-only folder to READ_ONLY (skipped as root: root may write anywhere)', async () => {
    const file = path.join(dir, 'note.md');
    await fsp.writeFile(file, 'keep');
    await fsp.chmod(dir, 0o555);
    await expectCode(createAtomicWriter().replace(file, 'new'), 'READ_ONLY');
  });

  it('create never overwrites, and removes a partial new file on failure', async () => {
    const file = path.join(dir, 'new.md');
    await createAtomicWriter().create(file, 'first');
    await expectCode(createAtomicWriter().create(file, 'second'), 'EXISTS');
    expect(await fsp.readFile(file, 'utf8')).toBe('first');
    await expectCode(createAtomicWriter(fsFailingWrites('ENOSPC')).create(path.join(dir, 'other.md'), 'x'), 'DISK_FULL');
    expect(await fsp.readdir(dir)).toEqual(['new.md']);
  });
});
