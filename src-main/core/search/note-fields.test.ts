import { describe, expect, it } from 'vitest';
import { extractNoteFields, inlineTags, readFrontMatter, splitFrontMatter } from './note-fields';

describe('extractNoteFields', () => {
  it('takes title and tags from front matter, inline #tags outside code, and headings', () => {
    const note = [
      '---',
      'title: Event loop',
      'tags:',
      '  - JavaScript',
      '  - runtime',
      '---',
      '# Ignored H1 because front matter has a title',
      '## What is a microtask? #async',
      'Plain text with #Promises and #javascript again, not #123 or a#b.',
      'Inline `#notatag` code.',
      '```js',
      '// #alsonotatag',
      '```',
    ].join('\n');
    const fields = extractNoteFields('Tech/loop.md', note);
    expect(fields.title).toBe('Event loop');
    expect(fields.tags).toEqual(['JavaScript', 'runtime', 'async', 'Promises']);
    expect(fields.headings).toBe('Ignored H1 because front matter has a title\nWhat is a microtask? #async');
    expect(fields.text.slice(fields.bodyStart).startsWith('# Ignored')).toBe(true);
  });

  it('falls back to the first H1, then the file name', () => {
    expect(extractNoteFields('a/My note.md', 'text\n# Heading One\n').title).toBe('Heading One');
    expect(extractNoteFields('a/My note.md', 'just text').title).toBe('My note');
  });

  it('reads the common front matter shapes, and anything else through the YAML parser', () => {
    expect(readFrontMatter('tags: [a, "b c"]')).toEqual({ tags: ['a', 'b c'] });
    expect(readFrontMatter('tags: one, two')).toEqual({ tags: ['one', 'two'] });
    expect(readFrontMatter("title: 'Quoted: yes'")).toEqual({ title: 'Quoted: yes' });
    expect(readFrontMatter('title: >\n  Folded\n  title\ntags: [x]')).toEqual({ title: 'Folded title\n', tags: ['x'] });
    expect(readFrontMatter('other: 1')).toEqual({});
    expect(readFrontMatter('tags: [unclosed')).toEqual({}); // broken YAML: no tags, body still indexed
  });

  it('keeps a BOM and CRLF front matter apart from the body', () => {
    const split = splitFrontMatter('\uFEFF---\r\ntags: [x]\r\n---\r\nBody\r\n');
    expect(split).toEqual({ yaml: 'tags: [x]', body: 'Body\r\n', bodyStart: 22 });
  });

  it('inlineTags needs a space or line start before #', () => {
    expect(inlineTags('#start (#paren) mid#dle #nested/tag #2024 #a-b_c')).toEqual(['start', 'paren', 'nested/tag', 'a-b_c']);
  });
});
