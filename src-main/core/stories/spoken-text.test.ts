import { describe, expect, it } from 'vitest';
import { countWords, spokenText } from './spoken-text';

describe('spokenText', () => {
  it('blanks what is not said, keeping every offset and line break', () => {
    const text = '---\ntitle: x\n---\nSee [the doc](https://a.b/c) <br>\r\n<!-- a\nnote -->said\n```\ncode\n```\nend';
    const spoken = spokenText(text, 17);
    expect(spoken).toHaveLength(text.length);
    expect(spoken.replace(/[^\n]/g, '')).toBe(text.replace(/[^\n]/g, ''));
    expect(spoken.split(/\s+/).filter(Boolean)).toEqual(['See', '[the', 'doc]', 'said', 'end']);
    expect(spoken.indexOf('said')).toBe(text.indexOf('said'));
  });

  it('ends fenced code only at a fence of the same kind, at least as long', () => {
    const text = '````\n```\nstill code\n````\nsaid';
    expect(spokenText(text, 0).trim()).toBe('said');
  });

  it('takes a line of inline code as text, not as a fence', () => {
    expect(spokenText('```a``` said', 0)).toBe('```a``` said');
  });
});

describe('countWords', () => {
  it('counts words as the editor does, in a range', () => {
    expect(countWords("I can't — it's 3x faster, 0.2% of p95")).toBe(9);
    expect(countWords('one two three', 4, 7)).toBe(1);
  });
});
