/// <reference types="vite/client" />
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $appendBlocks, $exportDocument, $importDocument, createMarkdownEditor, DocumentReader } from './index';
import { $isUnchanged } from './provenance';

const FIXTURES = import.meta.glob<string>('/fixtures/**/*.{md,mdx}', { query: '?raw', import: 'default', eager: true });

/** A note loaded the way the editor loads a big one: the first piece now, the rest on demand. */
function startLoading(source: string) {
  const editor = createMarkdownEditor();
  const reader = new DocumentReader(source, 1);
  const { doc } = reader;
  editor.update(
    () => {
      $importDocument(doc);
      $appendBlocks(doc, reader.read(1));
    },
    { discrete: true },
  );
  return {
    editor,
    reader,
    doc,
    save: () => editor.read(() => $exportDocument(doc)),
    loadNext: () => editor.update(() => $appendBlocks(doc, reader.read(1)), { discrete: true }),
    edit: (change: () => void) => editor.update(change, { discrete: true }),
  };
}

const NOTE = ['---', 'tags: [a]', '---', '# Title', '', 'First *paragraph*.', '', '```js', 'x();', '', 'y();', '```', '', '## Second', '', '- a', '- b', '', 'Last.', ''].join('\n');

describe('a note still loading', { timeout: 120_000 }, () => {
  it('is written back byte for byte at every step of the load', () => {
    for (const source of [NOTE, ...Object.values(FIXTURES)]) {
      const note = startLoading(source);
      expect(note.save()).toBe(source);
      while (!note.reader.done) {
        note.loadNext();
        expect(note.save()).toBe(source);
      }
      // Every block is still the loaded one, the last of each piece included.
      expect(note.editor.read(() => $getRoot().getChildren().every((block) => $isUnchanged(note.doc, block)))).toBe(true);
    }
  });

  it('writes an edit in the loaded part, and the unloaded rest as it is', () => {
    const note = startLoading(NOTE);
    expect(note.reader.done).toBe(false);
    note.edit(() => {
      const heading = $getRoot().getFirstChild<ElementNode>()!;
      heading.getAllTextNodes()[0]!.setTextContent('Renamed');
    });
    const expected = NOTE.replace('# Title', '# Renamed');
    expect(note.save()).toBe(expected);
    while (!note.reader.done) note.loadNext();
    expect(note.save()).toBe(expected);
  });

  it('keeps a paragraph typed after the loaded part before the rest', () => {
    const note = startLoading(NOTE);
    note.edit(() => $getRoot().getLastChild()!.insertAfter($createParagraphNode().append($createTextNode('New'))));
    const expected = NOTE.replace('# Title\n', '# Title\n\nNew\n');
    expect(note.save()).toBe(expected);
    while (!note.reader.done) note.loadNext();
    expect(note.save()).toBe(expected);
  });

  it('drops a deleted block and keeps the rest', () => {
    const note = startLoading(NOTE);
    note.loadNext();
    note.edit(() => $getRoot().getLastChild()!.remove());
    const expected = NOTE.replace('First *paragraph*.\n\n', '');
    expect(note.save()).toBe(expected);
    while (!note.reader.done) note.loadNext();
    expect(note.save()).toBe(expected);
  });
});

/** The first whole lines of `source` up to about `chars`, as `notes:readStart` gives them. */
const startOf = (source: string, chars: number) => source.slice(0, source.lastIndexOf('\n', chars - 1) + 1);

describe('a note whose start arrives before the whole file', { timeout: 120_000 }, () => {
  it('reads the same blocks as from the whole file, and writes it back byte for byte', () => {
    let extended = 0;
    for (const source of [NOTE, ...Object.values(FIXTURES)]) {
      for (const chars of [40, 400, 4000]) {
        const start = startOf(source, chars);
        if (start.length === source.length) continue;
        const partial = new DocumentReader(start, 1, false);
        const shown = partial.read(1);
        while (partial.canRead) shown.push(...partial.read(1));
        expect(partial.done).toBe(false);
        if (!partial.extend(source)) continue; // the start could not be shown safely: the caller starts over
        extended++;
        while (partial.canRead) shown.push(...partial.read(1));
        expect(partial.done).toBe(true);

        const whole = new DocumentReader(source, 1);
        const expected = whole.read(1);
        while (whole.canRead) expected.push(...whole.read(1));
        expect(shown.map((b) => b.gap + b.raw)).toEqual(expected.map((b) => b.gap + b.raw));
        expect(partial.doc.source).toBe(source);
        expect(partial.doc.trailing).toBe(whole.doc.trailing);
      }
    }
    // Most fixtures go on from their start; the test is not passing by starting over every time.
    expect(extended).toBeGreaterThan(20);
  });

  it('never reads a piece whose end only the rest of the file can tell', () => {
    const source = ['# Title', '', '```', 'code', '', 'more code', '```', '', 'After.', ''].join('\n');
    const partial = new DocumentReader(startOf(source, 20), 1, false);
    expect(partial.read(1).map((b) => b.raw)).toEqual(['# Title']);
    expect(partial.canRead).toBe(false);
    expect(partial.read(1)).toEqual([]);
    expect(partial.extend(source)).toBe(true);
    expect(partial.read(1).map((b) => b.raw)).toEqual(['```\ncode\n\nmore code\n```']);
  });

  it('starts over when the rest holds a definition, which can change how the start reads', () => {
    const source = 'See [the spec][ref].\n\nMore.\n\n[ref]: https://example.com\n';
    const partial = new DocumentReader(startOf(source, 30), 1, false);
    expect(partial.read(1)).not.toEqual([]);
    expect(partial.extend(source)).toBe(false);
  });

  it('starts over when the whole file does not begin with the start (it changed on disk meanwhile)', () => {
    const partial = new DocumentReader('# One\n\nTwo\n\n', 1, false);
    partial.read(1);
    expect(partial.extend('# Changed\n\nTwo\n\nThree\n')).toBe(false);
  });

  it('holds back front matter it cannot see the end of, and starts over', () => {
    const source = '---\ntags: [a]\nlong: yes\n---\n# Title\n';
    const partial = new DocumentReader(startOf(source, 12), 1, false);
    expect(partial.read(1)).toEqual([]);
    expect(partial.doc.frontmatter).toBeNull();
    expect(partial.extend(source)).toBe(false);
  });
});
