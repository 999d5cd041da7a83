import { describe, expect, it } from 'vitest';
import type { BehavioralQuestion, MockPlan } from '../../contract';
import { buildQuestions, type MockCandidates, type TechnicalCard } from './build-session';
import { MOCK_FORMATS } from './formats';

const plan = (patch: Partial<MockPlan> = {}): MockPlan => ({ ...MOCK_FORMATS[0]!.plan, shuffle: false, questionCount: 5, ...patch });

function behavioral(text: string, patch: Partial<BehavioralQuestion> = {}): BehavioralQuestion {
  return { text, source: 'bank', competencies: [], card: null, storyPaths: [], suggestions: [], ...patch };
}

function technical(id: string, question: string, patch: Partial<TechnicalCard> = {}): TechnicalCard {
  return { id, question, notePath: 'Go.md', folder: '', tags: [], answered: true, kind: 'technical', line: 1, ...patch };
}

function candidates(patch: Partial<MockCandidates> = {}): MockCandidates {
  return { behavioral: [], technical: [], isDue: () => false, ...patch };
}

/** A fixed sequence of "random" numbers, round and round. */
function sequence(...values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

const texts = (questions: { text: string }[]) => questions.map((question) => question.text);

describe('picking the questions of a mock session', () => {
  it('asks due cards first, then the rest in note order, without shuffle', () => {
    const cards = [technical('a', 'What is a goroutine?'), technical('b', 'What is a channel?'), technical('c', 'What is a mutex?', { line: 9 })];
    const picked = buildQuestions(plan({ kind: 'technical', questionCount: 2 }), candidates({ technical: cards, isDue: (id) => id === 'c' }));
    expect(texts(picked)).toEqual(['What is a mutex?', 'What is a goroutine?']);
    expect(picked[0]).toEqual({ text: 'What is a mutex?', kind: 'technical', cardId: 'c', notePath: 'Go.md', line: 9 });
  });

  it('prefers behavioral questions no story answers yet, and due ones before those', () => {
    const questions = [
      behavioral('Tell me about a failure.', { storyPaths: ['Stories/a.md'] }),
      behavioral('Tell me about a conflict.'),
      behavioral('Tell me about a deadline.', { source: 'notes', card: { id: 'due', notePath: 'B.md', line: 3, hasDraft: false }, storyPaths: ['Stories/b.md'] }),
    ];
    const picked = buildQuestions(plan({ questionCount: 3 }), candidates({ behavioral: questions, isDue: (id) => id === 'due' }));
    expect(texts(picked)).toEqual(['Tell me about a deadline.', 'Tell me about a conflict.', 'Tell me about a failure.']);
    expect(picked[0]).toMatchObject({ kind: 'behavioral', cardId: 'due', notePath: 'B.md', line: 3 });
    expect(picked[1]).toMatchObject({ cardId: null, notePath: null, line: null });
  });

  it('never asks the same question twice, compared without case or punctuation', () => {
    const cards = [technical('a', 'What is a goroutine?'), technical('b', 'what is a Goroutine', { notePath: 'Other.md' }), technical('c', 'What is a channel?')];
    expect(texts(buildQuestions(plan({ kind: 'technical' }), candidates({ technical: cards })))).toEqual(['What is a goroutine?', 'What is a channel?']);
    // Mixed: a behavioral question of the notes that a technical card also asks comes once.
    const mixed = buildQuestions(
      plan({ kind: 'mixed', questionCount: 4 }),
      candidates({ behavioral: [behavioral('What is a channel?'), behavioral('Tell me about a conflict.')], technical: cards }),
    );
    expect(texts(mixed)).toEqual(['What is a channel?', 'What is a goroutine?', 'Tell me about a conflict.']);
  });

  it('filters technical cards by notes or folders and by tags (nested tags included), behavioral ones by competency and story', () => {
    const cards = [
      technical('a', 'What is a goroutine?', { notePath: 'Lang/Go.md', folder: 'Lang', tags: ['go'] }),
      technical('b', 'What is a B-tree?', { notePath: 'DB/Index.md', folder: 'DB', tags: ['db/index'] }),
      technical('c', 'What is MVCC?', { notePath: 'DB/Tx.md', folder: 'DB', tags: [] }),
    ];
    const pick = (patch: Partial<MockPlan>) => texts(buildQuestions(plan({ kind: 'technical', ...patch }), candidates({ technical: cards })));
    expect(pick({ notePaths: ['Lang/Go.md'] })).toEqual(['What is a goroutine?']);
    expect(pick({ notePaths: ['DB'] })).toEqual(['What is a B-tree?', 'What is MVCC?']);
    expect(pick({ tags: ['#DB'] })).toEqual(['What is a B-tree?']);
    expect(() => pick({ notePaths: ['DB'], tags: ['go'] })).toThrow(/No technical questions match/);

    const questions = [behavioral('Tell me about leading.', { competencies: ['leadership'] }), behavioral('Tell me about a conflict.', { competencies: ['conflict'], storyPaths: ['Stories/c.md'] })];
    const ask = (patch: Partial<MockPlan>) => texts(buildQuestions(plan(patch), candidates({ behavioral: questions })));
    expect(ask({ competencies: ['conflict'] })).toEqual(['Tell me about a conflict.']);
    expect(ask({ linkedToStories: true })).toEqual(['Tell me about a conflict.']);
  });

  it('says clearly when nothing matches the set-up', () => {
    const cards = [technical('a', 'What is a goroutine?', { tags: ['go'] })];
    expect(() => buildQuestions(plan({ kind: 'technical', tags: ['rust'], notePaths: ['Rust.md'] }), candidates({ technical: cards }))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'No technical questions match this set-up: notes “Rust.md”; tags #rust. Widen the set-up, or add questions to your notes.' }),
    );
    expect(() => buildQuestions(plan({ kind: 'technical' }), candidates())).toThrow(/your notes have no technical question cards yet/);
    expect(() => buildQuestions(plan({ competencies: ['grit'], linkedToStories: true }), candidates({ behavioral: [behavioral('Tell me about a conflict.')] }))).toThrow(
      'No behavioral questions match this set-up: competencies grit; only questions linked to a story.',
    );
  });

  it('alternates behavioral and technical questions in a mixed session, the other kind filling in when one runs short', () => {
    const questions = ['Tell me about a failure.', 'Tell me about a conflict.', 'Tell me about a deadline.', 'Tell me about a mentor.'].map((text) => behavioral(text));
    const cards = ['What is a goroutine?', 'What is a channel?', 'What is a mutex?'].map((question, i) => technical(`t${i}`, question));
    expect(buildQuestions(plan({ kind: 'mixed', questionCount: 5 }), candidates({ behavioral: questions, technical: cards })).map((q) => q.kind)).toEqual([
      'behavioral',
      'technical',
      'behavioral',
      'technical',
      'behavioral',
    ]);
    expect(buildQuestions(plan({ kind: 'mixed', questionCount: 6 }), candidates({ behavioral: questions.slice(0, 1), technical: cards })).map((q) => q.kind)).toEqual([
      'behavioral',
      'technical',
      'technical',
      'technical',
    ]);
  });

  it('shuffles with the injected random source, each preference tier still first', () => {
    const cards = ['What is a goroutine?', 'What is a channel?', 'What is a mutex?', 'What is a select?'].map((question, i) => technical(`t${i}`, question));
    const set = plan({ kind: 'technical', questionCount: 2, shuffle: true });
    const isDue = (id: string) => id === 't3';
    const first = buildQuestions(set, candidates({ technical: cards, isDue }), sequence(0.99, 0.1, 0.5));
    const again = buildQuestions(set, candidates({ technical: cards, isDue }), sequence(0.99, 0.1, 0.5));
    expect(again).toEqual(first);
    expect(texts(first)).toContain('What is a select?');
    const other = buildQuestions(set, candidates({ technical: cards, isDue }), sequence(0, 0, 0));
    expect(texts(other)).toContain('What is a select?');
    // Over many draws every card not due comes up, and none twice in one session.
    const seen = new Set<string>();
    let seed = 1;
    const lcg = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 50; i++) {
      const picked = texts(buildQuestions(set, candidates({ technical: cards, isDue }), lcg));
      expect(new Set(picked).size).toBe(2);
      picked.forEach((text) => seen.add(text));
    }
    expect(seen.size).toBe(4);
  });
});
