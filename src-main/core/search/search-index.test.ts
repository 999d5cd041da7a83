import { describe, expect, it } from 'vitest';
import { extractNoteFields } from './note-fields';
import { SearchIndex } from './search-index';

function indexOf(notes: Record<string, string>): SearchIndex {
  const index = new SearchIndex();
  for (const [path, content] of Object.entries(notes)) index.upsert(path, extractNoteFields(path, content));
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
    live.upsert('a.md', extractNoteFields('a.md', 'beta words'));
    expect(paths(live, 'alpha')).toEqual([]);
    expect(paths(live, 'beta')).toEqual(['a.md']);
    live.remove('a.md');
    expect(paths(live, 'beta')).toEqual([]);
    expect(live.size).toBe(0);
  });

  it('keeps answering correctly after many re-indexes trigger compaction', () => {
    const live = indexOf({ 'keep.md': 'stable content' });
    for (let i = 0; i < 2000; i++) live.upsert('churn.md', extractNoteFields('churn.md', `version ${i} ${'filler '.repeat(20)}w${i}x`));
    expect(paths(live, 'stable')).toEqual(['keep.md']);
    expect(paths(live, 'w1999x')).toEqual(['churn.md']);
    expect(paths(live, 'w5x')).toEqual([]);
  });
});
