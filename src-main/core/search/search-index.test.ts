import { describe, expect, it } from 'vitest';
import { extractNoteFields } from './note-fields';
import { SearchIndex } from './search-index';

function indexOf(notes: Record<string, string>): SearchIndex {
  const index = new SearchIndex();
  for (const [path, content] of Object.entries(notes)) index.upsert([path, `/vault/${path}`], extractNoteFields(path, content));
  return index;
}

const paths = (index: SearchIndex, query: string) => index.search(query, 10).map((hit) => hit.path);

describe('SearchIndex', () => {
  const index = indexOf({
    'loop.md': '---\ntags: [javascript]\n---\n# Event loop\nMicrotasks run before the next task.',
    'design.md': '# System design\nA cache sits in front of the database. #scaling',
    'code.md': '# Snippets\n```\n#javascript is not a tag here\n```\nNothing else.',
    'stories/migration.md': '# Led a migration\nWe moved the database under a deadline.',
  });

  it('finds words in the body, ranking title matches higher', () => {
    expect(paths(index, 'database')).toEqual(expect.arrayContaining(['design.md', 'stories/migration.md']));
    expect(paths(index, 'migration')[0]).toBe('stories/migration.md');
  });

  it('finds notes by front matter tags and inline tags, ranking the tagged note first', () => {
    expect(paths(index, 'javascript')[0]).toBe('loop.md');
    expect(index.search('javascript', 10)[0]?.tags).toEqual(['javascript']);
    expect(index.search('scaling', 10)[0]).toMatchObject({ path: 'design.md', tags: ['scaling'] });
  });

  it('matches prefixes and small typos, and puts notes with every query word first', () => {
    expect(paths(index, 'microt')).toEqual(['loop.md']);
    expect(paths(index, 'databse')).toEqual(expect.arrayContaining(['design.md', 'stories/migration.md']));
    expect(paths(index, 'database deadline')[0]).toBe('stories/migration.md');
  });

  it('updates and removes notes incrementally', () => {
    const live = indexOf({ 'a.md': 'alpha words' });
    live.upsert(['a.md', '/vault/a.md'], extractNoteFields('a.md', 'beta words'));
    expect(paths(live, 'alpha')).toEqual([]);
    expect(paths(live, 'beta')).toEqual(['a.md']);
    live.remove('a.md');
    expect(paths(live, 'beta')).toEqual([]);
    expect(live.size).toBe(0);
  });

  it('keeps answering correctly after many re-indexes trigger compaction', () => {
    const live = indexOf({ 'keep.md': 'stable content' });
    for (let i = 0; i < 2000; i++) live.upsert(['churn.md', '/vault/churn.md'], extractNoteFields('churn.md', `version ${i} ${'filler '.repeat(20)}w${i}x`));
    expect(paths(live, 'stable')).toEqual(['keep.md']);
    expect(paths(live, 'w1999x')).toEqual(['churn.md']);
    expect(paths(live, 'w5x')).toEqual([]);
  });
});

describe('SearchIndex parts', () => {
  // Three kinds of note over and over: many equal scores, so the order of ties is checked too.
  const notes = Array.from({ length: 60 }, (_, i) => [`n${i}.md`, `# Note ${i}\n${['alpha beta', 'beta gamma', 'gamma alpha'][i % 3]} w${i % 7}x`] as const);
  const build = (some: readonly (readonly [string, string])[]) => {
    const index = new SearchIndex();
    for (const [path, text] of some) index.upsert([path, `/vault/${path}`], extractNoteFields(path, text));
    return index;
  };

  it('an index that absorbed a part ranks exactly as one that indexed every note itself', () => {
    const whole = build(notes);
    const front = build(notes.slice(0, 25));
    // Built back to front, as a helper thread takes its share.
    const back = build(notes.slice(25).reverse());
    front.absorb(back.toPart((path) => notes.findIndex(([p]) => p === path)));
    expect(front.size).toBe(60);
    for (const query of ['alpha', 'beta gamma', 'w3x', 'gam', 'note 42', 'gamma w5x']) {
      expect(front.search(query, 100)).toEqual(whole.search(query, 100));
    }
  });

  it('absorbing replaces what a path had, and leaves out notes the part had removed', () => {
    const index = build([['a.md', 'old words']]);
    const part = build([
      ['a.md', 'new words'],
      ['b.md', 'gone soon'],
    ]);
    part.remove('b.md');
    index.absorb(part.toPart(() => 0));
    expect(paths(index, 'old')).toEqual([]);
    expect(index.search('new', 10)).toMatchObject([{ path: 'a.md', file: '/vault/a.md' }]);
    expect(paths(index, 'gone')).toEqual([]);
    expect(index.size).toBe(1);
  });
});
