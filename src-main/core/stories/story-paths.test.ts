import { describe, expect, it } from 'vitest';
import { isStoryPath, storyFileStem, storyPath } from './story-paths';

describe('story paths', () => {
  it('takes Markdown notes under Stories/ at any depth, the folder spelt exactly', () => {
    expect(isStoryPath('Stories/a.md')).toBe(true);
    expect(isStoryPath('Stories/2024/q1/a.MDX')).toBe(true);
    expect(isStoryPath('stories/a.md')).toBe(false);
    expect(isStoryPath('Stories.md')).toBe(false);
    expect(isStoryPath('Stories/a.txt')).toBe(false);
    expect(isStoryPath('Notes/Stories/a.md')).toBe(false);
  });

  it('normalises a path from outside, and refuses anything that is not a story', () => {
    expect(storyPath('Stories//./a.md')).toBe('Stories/a.md');
    expect(() => storyPath('Stories/../secret.md')).toThrow(expect.objectContaining({ code: 'OUTSIDE_VAULT' }));
    expect(() => storyPath('/Stories/a.md')).toThrow(expect.objectContaining({ code: 'OUTSIDE_VAULT' }));
    expect(() => storyPath('Notes/a.md')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('Stories folder') }));
    expect(() => storyPath('Stories/.git/a.md')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('storyFileStem', () => {
  it.each([
    ['Led a migration', 'Led a migration'],
    ['What: a/b\\c? *now* "quoted" <x> |y|', 'What a b c now quoted x y'],
    ['Links #tag ^block [[wiki]]', 'Links tag block wiki'],
    ['...hidden', 'hidden'],
    ['Trailing dots...  ', 'Trailing dots'],
    ['tab\there\nnewline', 'tab here newline'],
    ['', 'Untitled story'],
    ['../..', 'Untitled story'],
    ['???', 'Untitled story'],
  ])('%j → %j', (title, stem) => {
    expect(storyFileStem(title)).toBe(stem);
  });

  it('cuts a long title at a word, to 80 characters at most', () => {
    const stem = storyFileStem('word '.repeat(40));
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem).toMatch(/^word( word)*$/);
    expect(storyFileStem('x'.repeat(200))).toHaveLength(80);
  });
});
