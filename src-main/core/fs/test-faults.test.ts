import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter, nodeAtomicWriteFs } from './atomic-write';
import { atomicWriteFsFor, DISK_FULL_SWITCH } from './test-faults';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'faults-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('test fault switches', () => {
  it('are off unless COACH_TEST_FAULTS=1, even with the switch file present', async () => {
    await fsp.writeFile(path.join(dir, DISK_FULL_SWITCH), '');
    expect(atomicWriteFsFor({}, dir)).toBe(nodeAtomicWriteFs);
    expect(atomicWriteFsFor({ COACH_TEST_FAULTS: '0' }, dir)).toBe(nodeAtomicWriteFs);
  });

  it('simulate a full disk while the switch file exists, leaving the old file intact', async () => {
    const writer = createAtomicWriter(atomicWriteFsFor({ COACH_TEST_FAULTS: '1' }, dir));
    const note = path.join(dir, 'note.md');
    await writer.replace(note, 'old');
    await fsp.writeFile(path.join(dir, DISK_FULL_SWITCH), '');
    await expect(writer.replace(note, 'new')).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(await fsp.readFile(note, 'utf8')).toBe('old');
    await fsp.rm(path.join(dir, DISK_FULL_SWITCH));
    await writer.replace(note, 'new');
    expect(await fsp.readFile(note, 'utf8')).toBe('new');
    expect((await fsp.readdir(dir)).sort()).toEqual(['note.md']);
  });
});
