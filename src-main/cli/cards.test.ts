import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCoach } from './coach';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cards-'));
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
  writeFileSync(path, content);
  return path;
}

describe('coach cards', () => {
  it('prints one JSON object a card, a line each', () => {
    const file = write('go.md', '---\ntags: [go]\n---\n# Go\n\n## Why goroutines?\nThey are cheap. #runtime\n\n## Behavioral\n- Tell me about a conflict?\n');
    const { code, out, err } = coach('cards', file);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { question: 'Why goroutines?', answer: 'They are cheap. #runtime', kind: 'technical', line: 6, endLine: 7, headingPath: ['Go'], tags: ['go', 'runtime'], format: 'heading' },
      { question: 'Tell me about a conflict?', answer: '', kind: 'behavioral', line: 10, endLine: 10, headingPath: ['Go', 'Behavioral'], tags: ['go'], format: 'list' },
    ]);
  });

  it('prints nothing for a note without questions', () => {
    expect(coach('cards', write('plain.md', '# Notes\n\nJust text.\n'))).toEqual({ code: 0, out: '', err: '' });
  });

  it('prints the cards of the interview notes fixture', () => {
    const { code, out } = coach('cards', join(__dirname, '../../fixtures/examples/interview-notes.md'));
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(37);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.md'), /nope\.md does not exist/],
    ['a binary file', () => write('b.md', new Uint8Array([0x23, 0x00, 0x41])), /binary/],
    ['invalid UTF-8', () => write('c.md', new Uint8Array([0x23, 0x20, 0xff, 0xfe])), /not valid UTF-8/],
  ])('explains %s on stderr and exits 1', (_, path, message) => {
    const { code, out, err } = coach('cards', path());
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it.each([[[]], [['a.md', 'b.md']]])('exits 2 for the arguments %j', (args) => {
    const { code, err } = coach('cards', ...args);
    expect(code).toBe(2);
    expect(err).toMatch(/cards needs exactly one FILE/);
  });

  it('exits 2 for a directory', () => {
    const { code, err } = coach('cards', dir);
    expect(code).toBe(2);
    expect(err).toMatch(/is a directory/);
  });

  it('is listed in the usage', () => {
    expect(coach('help').err).toMatch(/cards FILE/);
  });
});
