import { describe, expect, it } from 'vitest';
import { parseStory } from './story-file';
import { spokenSeconds, spokenSplit } from './spoken-time';

describe('spokenSeconds', () => {
  it('reads at 140 words a minute', () => {
    expect(spokenSeconds(0)).toBe(0);
    expect(spokenSeconds(140)).toBe(60);
    expect(spokenSeconds(210)).toBe(90);
    expect(spokenSeconds(1)).toBe(0);
    expect(spokenSeconds(2)).toBe(1);
  });
});

describe('spokenSplit', () => {
  it('splits the spoken time between S, T, A, R and other sections, without Reflection', () => {
    const words = (count: number) => 'word '.repeat(count);
    const markdown = `## Situation\n\n${words(14)}\n## Action\n\n${words(56)}\n## Action\n\n${words(14)}\n## Notes\n\n${words(56)}\n## Reflection\n\n${words(500)}\n`;
    const split = spokenSplit(parseStory(markdown, 'a.md'));
    expect(split).toEqual([
      { kind: 'situation', words: 14, seconds: 6, share: 0.1 },
      { kind: 'task', words: 0, seconds: 0, share: 0 },
      { kind: 'action', words: 70, seconds: 30, share: 0.5 },
      { kind: 'result', words: 0, seconds: 0, share: 0 },
      { kind: 'other', words: 56, seconds: 24, share: 0.4 },
    ]);
  });

  it('gives an empty story four empty STAR parts', () => {
    expect(spokenSplit(parseStory('', 'a.md')).map((part) => part.share)).toEqual([0, 0, 0, 0, 0]);
  });
});
