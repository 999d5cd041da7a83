import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAtomicWriter } from './atomic-write';
import { hashBytes, hashText, readTextFile, readTextFileSync } from './text-file';

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'text-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array | string) {
  const file = path.join(dir, name);
  await fsp.writeFile(file, bytes);
  return file;
}

describe('readTextFile', () => {
  it('keeps a BOM and CRLF, so writing the string back gives the same bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\n\r\nBody ü\r\n')]);
    const file = await write('bom.md', bytes);
    const read = await readTextFile(file, 'bom.md');
    expect(read.content.startsWith('\uFEFF# Title\r\n')).toBe(true);
    expect(read.hash).toBe(hashBytes(bytes));
    expect(hashText(read.content)).toBe(read.hash);
    await createAtomicWriter().replace(file, read.content);
    expect(Buffer.compare(await fsp.readFile(file), bytes)).toBe(0);
  });

  it('refuses a binary file with NUL bytes as NOT_TEXT', async () => {
    const file = await write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await expect(readTextFile(file, 'image.md')).rejects.toMatchObject({ code: 'NOT_TEXT', message: expect.stringMatching(/binary/) });
  });

  it('refuses invalid UTF-8 as NOT_TEXT with a clear message', async () => {
    const file = await write('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    await expect(readTextFile(file, 'latin1.md')).rejects.toMatchObject({ code: 'NOT_TEXT', message: expect.stringMatching(/not valid UTF-8/) });
  });

  it('reads a 5 MB note', async () => {
    const content = `# Big\n${'A line of a very long note.\n'.repeat(200_000)}`;
    const file = await write('big.md', content);
    const read = await readTextFile(file, 'big.md');
    expect(read.size).toBeGreaterThan(5_000_000);
    expect(read.content).toBe(content);
  });

  it('refuses a file over the size cap as TOO_LARGE', async () => {
    const file = await write('huge.md', 'x'.repeat(2048));
    await expect(readTextFile(file, 'huge.md', 1024)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('reports a missing file as NOT_FOUND', async () => {
    await expect(readTextFile(path.join(dir, 'missing.md'), 'missing.md')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('readTextFileSync', () => {
  it('reads like readTextFile, BOM and CRLF included', async () => {
    const file = await write('sync.md', `\uFEFF# Sync\r\n${'words '.repeat(5000)}`);
    expect(readTextFileSync(file, 'sync.md')).toEqual(await readTextFile(file, 'sync.md'));
  });

  it('refuses binary, invalid UTF-8, oversized and missing files with the same errors', async () => {
    expect(() => readTextFileSync(path.join(dir, 'image.md'), 'image.md')).toThrow(expect.objectContaining({ code: 'NOT_TEXT' }));
    expect(() => readTextFileSync(path.join(dir, 'latin1.md'), 'latin1.md')).toThrow(expect.objectContaining({ code: 'NOT_TEXT' }));
    expect(() => readTextFileSync(path.join(dir, 'huge.md'), 'huge.md', 1024)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => readTextFileSync(path.join(dir, 'missing.md'), 'missing.md')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
