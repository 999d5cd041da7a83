import { describe, expect, it } from 'vitest';
import { competencyId, DEFAULT_COMPETENCIES, resolveCompetencies, type Competency } from './competencies';

const ids = (competencies: readonly Competency[]) => competencies.map((competency) => competency.id);

describe('DEFAULT_COMPETENCIES', () => {
  it('has the competencies of the issue, with stable kebab-case ids made from their labels', () => {
    expect(ids(DEFAULT_COMPETENCIES)).toEqual([
      'leadership',
      'ownership',
      'conflict',
      'influence-and-persuasion',
      'failure-and-learning',
      'ambiguity',
      'prioritisation-under-pressure',
      'cross-team-collaboration',
      'mentoring',
      'customer-focus',
      'delivering-results',
      'dealing-with-feedback',
    ]);
    for (const competency of DEFAULT_COMPETENCIES) {
      expect(competency.id).toBe(competencyId(competency.label));
      expect(competency.description).toMatch(/^[A-Z].{20,100}\.$/);
    }
  });
});

describe('competencyId', () => {
  it.each([
    ['Influence & persuasion', 'influence-and-persuasion'],
    ['  Cross-team   collaboration ', 'cross-team-collaboration'],
    ['Customer focus!', 'customer-focus'],
    ['Qualité', 'qualité'],
  ])('%j → %j', (label, id) => {
    expect(competencyId(label)).toBe(id);
  });
});

describe('resolveCompetencies', () => {
  it('matches ids and labels in any case and spacing, each once, in the story order', () => {
    const resolved = resolveCompetencies(['Conflict', 'customer focus', 'Cross-Team Collaboration', 'conflict'], DEFAULT_COMPETENCIES);
    expect(ids(resolved.known)).toEqual(['conflict', 'customer-focus', 'cross-team-collaboration']);
    expect(resolved.unknown).toEqual([]);
  });

  it('matches the words of exactly one id, and -ize spellings', () => {
    expect(ids(resolveCompetencies(['influence', 'collaboration', 'prioritization', 'feedback', 'failure'], DEFAULT_COMPETENCIES).known)).toEqual([
      'influence-and-persuasion',
      'cross-team-collaboration',
      'prioritisation-under-pressure',
      'dealing-with-feedback',
      'failure-and-learning',
    ]);
  });

  it('reports names that are not in the set, as written, without dropping them', () => {
    const resolved = resolveCompetencies(['leadership', 'Grit', 'and', 'grit', ' '], DEFAULT_COMPETENCIES);
    expect(ids(resolved.known)).toEqual(['leadership']);
    expect(resolved.unknown).toEqual(['Grit', 'and', 'grit']);
  });

  it('resolves against a set the user edited: a removed competency becomes unknown', () => {
    const edited = [...DEFAULT_COMPETENCIES.filter((competency) => competency.id !== 'conflict'), { id: 'grit', label: 'Grit', description: 'Keeping going.' }];
    const resolved = resolveCompetencies(['conflict', 'Grit', 'mentoring'], edited);
    expect(ids(resolved.known)).toEqual(['grit', 'mentoring']);
    expect(resolved.unknown).toEqual(['conflict']);
  });
});
