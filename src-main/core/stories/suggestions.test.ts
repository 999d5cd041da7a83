import { describe, expect, it } from 'vitest';
import type { StoryRef } from './matrix';
import { storySuggester, suggestStories } from './suggestions';

const story = (id: string, competencies: string[], title = id): StoryRef => ({ id, title, competencies, questions: [] });

describe('suggestStories', () => {
  it('ranks stories by the competencies they share with the question, and says which', () => {
    const stories = [story('a', ['leadership']), story('b', ['conflict', 'cross-team-collaboration']), story('c', ['Conflict'])];
    const suggestions = suggestStories('When you work with a partner team or cross-team, have you had a conflict?', stories);
    expect(suggestions).toEqual([
      { storyId: 'b', title: 'b', shared: ['cross-team-collaboration', 'conflict'], reason: 'Both about cross-team collaboration and conflict' },
      { storyId: 'c', title: 'c', shared: ['conflict'], reason: 'Both about conflict' },
    ]);
  });

  it("uses the bank's mapping for a bank question", () => {
    // The bank maps this question to ownership too, which no word of it names.
    const suggestions = suggestStories('Tell me about a time you noticed a risk before anyone else and acted on it.', [story('a', ['ownership']), story('b', ['mentoring'])]);
    expect(suggestions.map((suggestion) => suggestion.storyId)).toEqual(['a']);
  });

  it('prefers the story most about the shared competencies, then sorts by title and id', () => {
    const stories = [story('z', ['conflict', 'leadership', 'mentoring']), story('y', ['conflict'], 'Same'), story('x', ['conflict'], 'Same'), story('w', ['conflict'], 'Another')];
    expect(suggestStories('Describe a conflict with a teammate and how you resolved it.', stories).map((suggestion) => suggestion.storyId)).toEqual(['w', 'x', 'y', 'z']);
  });

  it('gives the same order whatever the order of the stories', () => {
    const stories = [story('a', ['conflict']), story('b', ['conflict']), story('c', ['conflict', 'ownership'])];
    const forward = suggestStories('Describe a conflict.', stories);
    expect(suggestStories('Describe a conflict.', [...stories].reverse())).toEqual(forward);
  });

  it('suggests nothing when no competency is shared or the question has none', () => {
    expect(suggestStories('Describe a conflict.', [story('a', ['mentoring'])])).toEqual([]);
    expect(suggestStories('What is your favourite colour?', [story('a', ['mentoring'])])).toEqual([]);
  });

  it('lists three shared competencies in one sentence', () => {
    const [suggestion] = suggestStories('Lead through a conflict and own the mistake.', [story('a', ['leadership', 'ownership', 'conflict', 'failure-and-learning'])]);
    expect(suggestion!.reason).toMatch(/^Both about [a-z -]+, [a-z -]+ and [a-z -]+$/);
  });

  it('suggests the same through a suggester made once for many questions', () => {
    const stories = [story('a', ['conflict']), story('b', ['mentoring', 'leadership']), story('c', ['Mentoring'])];
    const suggest = storySuggester(stories);
    for (const question of ['Describe a conflict.', 'Have you mentored a junior developer?', 'Tell me about a time you led a team through a difficult change.']) {
      expect(suggest(question)).toEqual(suggestStories(question, stories));
    }
  });
});
