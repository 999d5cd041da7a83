import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCoach } from './coach';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function coach(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCoach(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('coach roundtrip', () => {
  it('prints the re-serialised note exactly, with no extra newline', () => {
    const file = write('a.md', '* one\n* two\n\n__strong__   text\nno final newline');
    expect(coach('roundtrip', file)).toEqual({ code: 0, out: '* one\n* two\n\n__strong__   text\nno final newline', err: '' });
  });

  it('round-trips the interview notes fixture', () => {
    const source = readFileSync(join(__dirname, '../../fixtures/examples/interview-notes.md'), 'utf8');
    const { code, out } = coach('roundtrip', join(__dirname, '../../fixtures/examples/interview-notes.md'));
    expect(code).toBe(0);
    expect(out.startsWith(source.slice(0, source.indexOf('---', 3) + 3))).toBe(true);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.md'), /does not exist/],
    ['a directory', () => dir, /is a directory/],
    ['a binary file', () => write('b.md', new Uint8Array([0x23, 0x00, 0x41])), /binary/],
    ['invalid UTF-8', () => write('c.md', new Uint8Array([0x23, 0x20, 0xff, 0xfe])), /not valid UTF-8/],
  ])('explains %s', (_, path, message) => {
    const { code, out, err } = coach('roundtrip', path());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});

describe('coach check', () => {
  it('reports nothing for notes that keep their meaning', () => {
    write('a.md', '# A\n\ntext\n');
    write('sub/b.mdx', '- x\n');
    write('.obsidian/skip.md', '<broken');
    write('node_modules/skip.md', 'x');
    expect(coach('check', dir)).toEqual({ code: 0, out: '0 of 2 notes would change meaning\n', err: '' });
  });

  it('skips unreadable notes with a message and keeps going', () => {
    write('good.md', 'fine\n');
    write('bin.md', new Uint8Array([0, 1, 2]));
    const { code, out, err } = coach('check', dir);
    expect(code).toBe(0);
    expect(out).toBe('0 of 1 notes would change meaning\n');
    expect(err).toMatch(/skipped bin\.md: .*binary/);
  });

  it('finds no changes in the fixtures', { timeout: 120_000 }, () => {
    const { code, out } = coach('check', join(__dirname, '../../fixtures'));
    expect(code).toBe(0);
    expect(out).toMatch(/^0 of \d+ notes would change meaning\n$/);
  });
});

describe('coach usage', () => {
  it.each([[[]], [['nope']], [['check']], [['roundtrip', 'a', 'b']]])('exits 2 for %j', (argv) => {
    const { code, err } = coach(...argv);
    expect(code).toBe(2);
    expect(err).not.toBe('');
  });

  it('exits 2 when check is given a file', () => {
    expect(coach('check', write('a.md', 'x')).code).toBe(2);
  });
});
