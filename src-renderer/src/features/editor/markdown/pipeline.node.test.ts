/// <reference types="vite/client" />
// Fixtures come in through Vite's glob import rather than node:fs, so this
// file also typechecks under the renderer's config, which has no Node types.
import { $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $opaqueKinds, isMeaningPreserved, parseDocument, renderHtml, roundtripFull } from './index';
import { loadNote } from './test-helpers';

const FIXTURES = import.meta.glob<string>('/fixtures/**/*.{md,mdx}', { query: '?raw', import: 'default', eager: true });
const INTERVIEW_NOTES = FIXTURES['/fixtures/examples/interview-notes.md']!;

function firstText(node: ElementNode): TextNode {
  const text = node.getAllTextNodes()[0];
  if (!text) throw new Error('no text in block');
  return text;
}

const NOTE = [
  '---',
  'created_at: 2024-01-02',
  'tags: [a_b, c]',
  '---',
  '# Title',
  '',
  'Intro with **bold**, *italic*, ~~gone~~, `code`, ==marked== and [[Wiki Link]] plus ![[embed.png]].',
  '',
  '| Left | Centre | Right |',
  '|:-----|:------:|------:|',
  '| a    | b      | c     |',
  '',
  '<div class="x">',
  '  raw *html*',
  '</div>',
  '',
  'A footnote[^1] and math $e^{i\\pi}$.',
  '',
  '[^1]: The note.',
  '',
  '$$',
  'x^2',
  '$$',
  '',
  '> [!note] Callout title',
  '> Callout body',
  '',
  '- item',
  '',
  '  ```js',
  '  code();',
  '  ```',
  '- [link](https://example.com "Title") and ![alt](img/a.png)',
  '',
  'Last paragraph.',
  '',
].join('\n');

describe('fixtures', () => {
  const files = Object.entries(FIXTURES);

  it('has the example notes', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(INTERVIEW_NOTES).toContain('### How thread work');
  });

  it.each(files)('%s is written back byte for byte when not edited', (_, source) => {
    expect(loadNote(source).save()).toBe(source);
  });

  it.each(files)('%s keeps its meaning when every block is re-serialised', (_, source) => {
    expect(isMeaningPreserved(source, roundtripFull(source))).toBe(true);
  });
});

describe('editing one block', () => {
  it('changes only that block', () => {
    const source = INTERVIEW_NOTES;
    const note = loadNote(source);
    const target = note.doc.blocks.findIndex((b) => b.raw.startsWith('### How thread work'));
    const block = note.doc.blocks[target]!;
    note.edit(() => {
      const heading = $getRoot().getChildren().find((n) => n.getTextContent().startsWith('How thread work'));
      firstText(heading as ElementNode).setTextContent('How threads work when an app starts:');
    });
    const start = note.doc.source.indexOf(block.raw);
    const out = note.save();
    expect(out.slice(0, start)).toBe(source.slice(0, start));
    expect(out.slice(start)).toBe('### How threads work when an app starts:' + source.slice(start + block.raw.length));
  });

  it('keeps the gap rules when blocks are added and removed', () => {
    const note = loadNote('# A\n\npara one\n\npara two\n');
    note.edit(() => {
      const [, one] = $getRoot().getChildren();
      one!.remove();
      $getRoot().append($createParagraphNode().append($createTextNode('new *text*')));
    });
    expect(note.save()).toBe('# A\n\npara two\n\nnew \\*text\\*\n');
  });

  it('does not escape underscores in front matter, edited or not', () => {
    const note = loadNote(NOTE);
    note.edit(() => firstText($getRoot().getFirstChild() as ElementNode).setTextContent('New title'));
    const out = note.save();
    expect(out.startsWith('---\ncreated_at: 2024-01-02\ntags: [a_b, c]\n---\n# New title\n\nIntro')).toBe(true);
    expect(roundtripFull(NOTE).startsWith('---\ncreated_at: 2024-01-02\ntags: [a_b, c]\n---\n')).toBe(true);
  });

  it('writes front matter from the properties panel, and removes it', () => {
    const note = loadNote('---\na_b: 1\n---\ntext\n');
    expect(note.save({ frontmatter: 'a_b: 2' })).toBe('---\na_b: 2\n---\ntext\n');
    expect(note.save({ frontmatter: null })).toBe('text\n');
    expect(loadNote('text\n').save({ frontmatter: 'k: v' })).toBe('---\nk: v\n---\ntext\n');
  });

  it('keeps CRLF line endings in re-serialised blocks', () => {
    const source = '# Title\r\n\r\nline one\r\nline two\r\n\r\n- a\r\n- b\r\n';
    const note = loadNote(source);
    expect(note.save()).toBe(source);
    note.edit(() => firstText($getRoot().getChildren()[1] as ElementNode).setTextContent('line 1\nline 2'));
    expect(note.save()).toBe('# Title\r\n\r\nline 1\r\nline 2\r\n\r\n- a\r\n- b\r\n');
  });
});

describe('full re-serialisation', () => {
  const out = roundtripFull(NOTE);

  it('keeps the meaning of the whole note', () => {
    expect(isMeaningPreserved(NOTE, out)).toBe(true);
  });

  it.each([
    ['HTML', '<div class="x">\n  raw *html*\n</div>'],
    ['footnote definition', '[^1]: The note.'],
    ['footnote reference', 'footnote[^1]'],
    ['inline math', '$e^{i\\pi}$'],
    ['math block', '$$\nx^2\n$$'],
    ['callout', '> [!note] Callout title\n> Callout body'],
    ['wiki link', '[[Wiki Link]]'],
    ['embed', '![[embed.png]]'],
    ['highlight', '==marked=='],
    ['link title', '[link](https://example.com "Title")'],
    ['image', '![alt](img/a.png)'],
  ])('keeps %s exactly', (_, text) => {
    expect(out).toContain(text);
  });

  it('keeps table alignment', () => {
    expect(out).toMatch(/\| :-+ \| :-+: \| -+: \|/);
  });

  it('keeps a code block inside its list item', () => {
    expect(renderHtml(out)).toContain('<li>\n<p>item</p>\n<pre><code class="language-js">code();\n</code></pre>\n</li>');
  });

  it('models highlight as Lexical highlight format', () => {
    const note = loadNote('a ==b== c\n');
    const formats = note.editor.read(() => $getRoot().getAllTextNodes().map((t) => [t.getTextContent(), t.hasFormat('highlight')]));
    expect(formats).toContainEqual(['b', true]);
    expect(roundtripFull('a ==b== c\n')).toBe('a ==b== c\n');
  });

  it('keeps the nesting order of emphasis and strong', () => {
    for (const source of ['***a***\n', '**_a_**\n', '*a **b** c*\n', '`a``b`\n', '*a*_b_\n']) {
      expect(renderHtml(roundtripFull(source))).toBe(renderHtml(source));
    }
  });

  it('links GFM literals where GFM does, and only there', () => {
    const linked = 'Mail me at ada@example.com or see www.example.com/docs.\n';
    const html = renderHtml(roundtripFull(linked));
    expect(html).toContain('<a href="mailto:ada@example.com">ada@example.com</a>');
    expect(html).toContain('<a href="http://www.example.com/docs">www.example.com/docs</a>');
    expect(html).toBe(renderHtml(linked));
    // An escape inside, or an email right after a slash: no link for a GFM renderer, so none written.
    for (const source of ['<foo\\+@bar.example.com>\n', 'xmpp:foo@bar.baz/txt@bin.com\n', 'foo+@bar.com and foo\\+@bar.com\n']) {
      expect(renderHtml(roundtripFull(source))).toBe(renderHtml(source));
    }
    // The text around such a literal still holds the syntax read from the source.
    expect(roundtripFull('[[Wiki]] and foo\\+@bar.com\n')).toMatch(/^\[\[Wiki\]\] and /);
  });

  it('keeps adjacent lists apart although Lexical merges them', () => {
    const source = '- a\n- b\n* c\n\n1. x\n2) y\n';
    const note = loadNote(source);
    expect(note.editor.read(() => $getRoot().getChildren().filter($isListNode).length)).toBe(2);
    expect(note.save()).toBe(source);
    expect(renderHtml(note.save({ forceFull: true }))).toBe(renderHtml(source));
  });

  it('keeps a missing final newline, an empty file and a BOM', () => {
    for (const source of ['no newline', '', '\n\n', '\uFEFF# bom\n', '```\ncode']) {
      expect(loadNote(source).save()).toBe(source);
      expect(isMeaningPreserved(source, roundtripFull(source))).toBe(true);
    }
    expect(roundtripFull('no newline')).toBe('no newline');
  });

  it('uses real nodes for modelled content and opaque ones only for the rest', () => {
    const note = loadNote(NOTE);
    const kinds = note.editor.read(() => $opaqueKinds());
    expect(kinds.sort()).toEqual(['callout', 'footnoteDefinition', 'footnoteReference', 'html', 'inlineMath', 'list', 'math', 'wikilink', 'wikilink']);
  });
});

describe('size', () => {
  // No timing assertion (a slow machine is not a failure); the timeout only bounds a hang.
  it('handles a 10,000-item list', { timeout: 120_000 }, () => {
    const source = Array.from({ length: 10_000 }, (_, i) => `- item ${i} with *some* text`).join('\n') + '\n';
    const note = loadNote(source);
    expect(note.save()).toBe(source);
    const full = note.save({ forceFull: true });
    expect(full).toBe(source);
    expect(note.editor.read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getChildrenSize())).toBe(10_000);
  });

  it('parses the document once into blocks with their exact source', () => {
    const doc = parseDocument('a\n\n\n  b\n');
    expect(doc.blocks.map((b) => [b.gap, b.raw])).toEqual([['', 'a'], ['\n\n\n', '  b']]);
    expect(doc.trailing).toBe('\n');
  });
});

