import { describe, expect, it } from 'vitest';
import { buildSnippets } from './snippets';

const highlighted = (snippet: { text: string; highlights: [number, number][] }) => snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));

describe('buildSnippets', () => {
  it('cuts up to three excerpts around matches with highlight ranges in the excerpt text', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(10);
    const body = `Start. The Event loop runs tasks.\n${filler}Then the LOOP again.\n${filler}loop three\n${filler}loop four`;
    const snippets = buildSnippets(body, new Set(['loop', 'event']));
    expect(snippets).toHaveLength(3);
    expect(highlighted(snippets[0]!)).toEqual(['Event', 'loop']);
    expect(highlighted(snippets[1]!)).toEqual(['LOOP']);
    expect(snippets[1]!.text.startsWith('…')).toBe(true);
    expect(snippets.every((s) => !s.text.includes('\n'))).toBe(true);
  });

  it('falls back to the opening of the note when only the title matched', () => {
    expect(buildSnippets('\n\nFirst words here.', new Set(['absent']))).toEqual([{ text: 'First words here.', highlights: [] }]);
  });
});
