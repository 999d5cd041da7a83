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
