/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { commonmarkExamples, gfmExamples } from '../../../../../bench/roundtrip';
import { cutPoints } from './cut-points';
import { appendBlocks, DocumentReader, parseDocument, type MarkdownDocument } from './document';

const FIXTURES = import.meta.glob<string>('/fixtures/**/*.{md,mdx}', { query: '?raw', import: 'default', eager: true });

/** Read `source` in the smallest pieces the reader allows: one per cut point. */
function readInPieces(source: string): { doc: MarkdownDocument; pieces: number } {
  const reader = new DocumentReader(source, 1);
  let pieces = 0;
  while (!reader.done) {
    appendBlocks(reader.doc, reader.read(1));
    pieces++;
  }
  return { doc: reader.doc, pieces };
}

/** Everything parseDocument gives, in a form `toEqual` compares in full (positions included). */
function shape(doc: MarkdownDocument) {
  return { ...doc, blocks: doc.blocks.map((b) => ({ ...b, node: JSON.parse(JSON.stringify(b.node)) as unknown })) };
}

function expectSameAsWhole(source: string): number {
  const { doc, pieces } = readInPieces(source);
  expect(shape(doc)).toEqual(shape(parseDocument(source)));
  return pieces;
}

describe('DocumentReader', { timeout: 120_000 }, () => {
  it('reads every fixture in pieces exactly as parseDocument reads it whole', () => {
    for (const [name, source] of Object.entries(FIXTURES)) {
      const pieces = expectSameAsWhole(source);
      if (name.endsWith('interview-notes.md')) expect(pieces).toBeGreaterThan(5);
    }
  });

  it('reads every CommonMark and GFM example in pieces as it reads it whole', () => {
    let cut = 0;
    for (const { markdown } of [...commonmarkExamples(), ...gfmExamples()]) {
      if (expectSameAsWhole(markdown) > 1) cut++;
      // Run the same text after a few paragraphs too, so that it starts a later piece.
      expectSameAsWhole(`a\n\nb\n\n${markdown}\n\nc\n`);
    }
    expect(cut).toBeGreaterThan(50);
  });

  it('does not cut inside blocks that run on across blank lines, closed or not', () => {
    for (const block of ['```\ncode\n\nmore', '~~~~\n\n```\n\nx\n~~~~', '$$\nx\n\ny\n$$', '<!--\n\nx\n\n-->', '<script>\n\nx\n\n</script>', '<?\n\nx\n\n?>', '<![CDATA[\n\nx\n\n]]>', '- a\n\n  ```\n  b\n\n```\n\nc']) {
      for (const source of [`${block}\n\nafter\n\nend\n`, `intro\n\n${block}`, `intro\n\n${block}\n\nafter\n`]) expectSameAsWhole(source);
    }
  });

  it('keeps front matter whole, even with blank lines in it', () => {
    const source = '---\ntitle: x\n\nmore: y\n---\n\n# Body\n\ntext\n';
    expectSameAsWhole(source);
    expect(cutPoints(source).every((cut) => cut > source.indexOf('# Body') - 1)).toBe(true);
  });

  it('reads a file with definitions whole: they apply everywhere', () => {
    for (const source of ['[a]\n\n[a]: /url\n', 'x[^1]\n\ny\n\n[^1]: note\n', '> - [a\n>   b]: /url\n\n[a b]\n']) {
      expect(cutPoints(source)).toEqual([]);
      expectSameAsWhole(source);
    }
    expect(cutPoints('- [ ] task\n\n- [x] done\n\nsee [this] [link](/x)\n\nend\n')).not.toEqual([]);
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    expectSameAsWhole('\uFEFF# A\r\n\r\ntext\r\n\r\n```\r\n\r\n```\r\n\r\nend\r\n');
  });

  it('holds the unread rest of the file as trailing text until it is read', () => {
    const source = '# A\n\none\n\ntwo\n\nthree\n';
    const reader = new DocumentReader(source, 1);
    appendBlocks(reader.doc, reader.read(1));
    expect(reader.doc.blocks.map((b) => b.raw)).toEqual(['# A']);
    expect(reader.doc.trailing).toBe('\n\none\n\ntwo\n\nthree\n');
    expect(reader.progress).toBeGreaterThan(0);
    expect(reader.progress).toBeLessThan(1);
  });
});
