import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCIES } from './competencies';
import { buildMatrix, type StoryRef } from './matrix';

const STORIES: StoryRef[] = [
  { id: 'Stories/outage.md', title: 'Checkout outage', competencies: ['ownership', 'Customer focus'], questions: ['Tell me about a time you owned a problem end to end.'] },
  { id: 'Stories/migration.md', title: 'Database migration', competencies: ['leadership', 'ownership', 'grit'], questions: ['tell me about a time you owned a problem end-to-end!', 'Why did you leave?'] },
  { id: 'Stories/empty.md', title: 'Empty', competencies: [], questions: [] },
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(STORIES, DEFAULT_COMPETENCIES, ['Tell me about a time you owned a problem end to end', 'Describe a conflict.', 'Why did you leave', 'describe a conflict']);

  it('gives each story its row of covered competencies, and the names not in the set', () => {
    expect(matrix.stories).toEqual([
      { id: 'Stories/outage.md', title: 'Checkout outage', competencyIds: ['ownership', 'customer-focus'], unknownCompetencies: [] },
      { id: 'Stories/migration.md', title: 'Database migration', competencyIds: ['leadership', 'ownership'], unknownCompetencies: ['grit'] },
      { id: 'Stories/empty.md', title: 'Empty', competencyIds: [], unknownCompetencies: [] },
    ]);
  });

  it('counts the stories of each competency, in the order of the set', () => {
    expect(matrix.coverage.map((entry) => entry.competency.id)).toEqual(DEFAULT_COMPETENCIES.map((competency) => competency.id));
    const ownership = matrix.coverage.find((entry) => entry.competency.id === 'ownership')!;
    expect(ownership).toMatchObject({ storyIds: ['Stories/outage.md', 'Stories/migration.md'], count: 2 });
  });

  it('names the gaps', () => {
    expect(matrix.gaps).toHaveLength(DEFAULT_COMPETENCIES.length - 3);
    expect(matrix.gaps).toContainEqual({ competencyId: 'conflict', message: 'No story for conflict yet' });
    expect(matrix.gaps).toContainEqual({ competencyId: 'cross-team-collaboration', message: 'No story for cross-team collaboration yet' });
    expect(matrix.gaps.map((gap) => gap.competencyId)).not.toContain('leadership');
  });

  it('links questions ignoring case, spacing and punctuation, each question once', () => {
    expect(matrix.questions).toEqual([
      { question: 'Tell me about a time you owned a problem end to end', storyIds: ['Stories/outage.md', 'Stories/migration.md'] },
      { question: 'Describe a conflict.', storyIds: [] },
      { question: 'Why did you leave', storyIds: ['Stories/migration.md'] },
    ]);
    expect(matrix.unlinkedQuestions).toEqual(['Describe a conflict.']);
  });

  it('builds an empty matrix', () => {
    const empty = buildMatrix([], DEFAULT_COMPETENCIES, []);
    expect(empty.gaps).toHaveLength(DEFAULT_COMPETENCIES.length);
    expect(empty).toMatchObject({ stories: [], questions: [], unlinkedQuestions: [] });
  });

  it('counts a story once for a question it lists twice', () => {
    const twice = buildMatrix([{ id: 'a', title: 'A', competencies: [], questions: ['Q?', 'q'] }], DEFAULT_COMPETENCIES, ['Q']);
    expect(twice.questions).toEqual([{ question: 'Q', storyIds: ['a'] }]);
  });
});
