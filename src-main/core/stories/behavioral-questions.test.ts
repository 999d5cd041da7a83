import { describe, expect, it } from 'vitest';
import { collectQuestions, questionViews, type NoteQuestion } from './behavioral-questions';
import { DEFAULT_COMPETENCIES } from './competencies';
import { QUESTION_BANK } from './question-bank';

const card = (id: string, question: string, notePath = 'Behavioral.md', line = 1, answered = false): NoteQuestion => ({ id, question, notePath, line, answered });

describe('collectQuestions', () => {
  it('puts the notes’ questions first, by note and line, then the bank; each question once, the note’s wording winning', () => {
    const questions = collectQuestions([
      card('b', 'Why did you leave your last job?', 'b.md', 9),
      card('a2', 'TELL ME ABOUT YOUR BIGGEST PROFESSIONAL MISTAKE!', 'a.md', 7, true),
      card('a1', 'Why did you leave your last job', 'a.md', 3),
      card('empty', '???', 'a.md', 1),
    ]);
    expect(questions.slice(0, 2)).toEqual([
      { text: 'Why did you leave your last job', source: 'notes', card: { id: 'a1', notePath: 'a.md', line: 3, hasDraft: false } },
      { text: 'TELL ME ABOUT YOUR BIGGEST PROFESSIONAL MISTAKE!', source: 'notes', card: { id: 'a2', notePath: 'a.md', line: 7, hasDraft: true } },
    ]);
    expect(questions).toHaveLength(QUESTION_BANK.length + 1);
    expect(questions.filter((q) => q.text === 'Tell me about your biggest professional mistake.')).toEqual([]);
    expect(questions[2]).toEqual({ text: QUESTION_BANK[0]!.text, source: 'bank', card: null });
  });
});

describe('questionViews', () => {
  const stories = [
    { id: 'Stories/fight.md', title: 'The API fight', competencies: ['conflict', 'influence'], questions: [] },
    { id: 'Stories/mentor.md', title: 'Mentored Ana', competencies: ['mentoring'], questions: ['tell me about a time you helped a junior engineer grow'] },
    { id: 'Stories/calm.md', title: 'A calm disagreement', competencies: ['conflict'], questions: [] },
  ];

  it('links questions to stories by normalised text, and suggests stories for the others (at most three, best first)', () => {
    const views = questionViews(collectQuestions([]), stories, DEFAULT_COMPETENCIES);
    expect(views.find((q) => q.text === 'Tell me about a time you helped a junior engineer grow.')).toMatchObject({
      competencies: ['mentoring'],
      storyPaths: ['Stories/mentor.md'],
      suggestions: [],
    });
    expect(views.find((q) => q.text === 'Tell me about a time you disagreed with your manager.')).toMatchObject({
      storyPaths: [],
      suggestions: [
        { path: 'Stories/calm.md', title: 'A calm disagreement', reason: 'Both about conflict' },
        { path: 'Stories/fight.md', title: 'The API fight', reason: 'Both about conflict' },
      ],
    });
    expect(views.every((q) => q.suggestions.length <= 3)).toBe(true);
  });

  it('names only competencies of the set, so a question about a removed one has none', () => {
    const set = DEFAULT_COMPETENCIES.filter((competency) => competency.id !== 'mentoring');
    const views = questionViews(collectQuestions([]), [], set);
    expect(views.find((q) => q.text === 'Describe how you onboarded a new person to your team.')?.competencies).toEqual([]);
  });
});
