import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCards } from '../cards';
import { parseStory } from './story-file';
import { dedent, storyFromDraft, titleFromQuestion } from './story-from-draft';

const NOTES = readFileSync(join(__dirname, '../../../fixtures/examples/interview-notes.md'), 'utf8');
const NOTE_LINES = NOTES.split('\n');

/** The behavioral questions of the real notes, each with the lines of its draft answer as they are in the note. */
const drafts = detectCards(NOTES, 'interview-notes.md')
  .filter((card) => card.kind === 'behavioral')
  .map((card) => ({ question: card.question, draft: NOTE_LINES.slice(card.line, card.endLine).join('\n') }));

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('storyFromDraft on the real interview notes', () => {
  it('finds the behavioral questions of round 2', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(drafts.filter((draft) => draft.draft.trim() !== '').length).toBeGreaterThanOrEqual(3);
  });

  it.each(drafts.map((draft) => [draft.question.slice(0, 50), draft] as const))('turns "%s…" into a story that loses nothing', (_, { question, draft }) => {
    const { title, markdown } = storyFromDraft(question, draft);
    const story = parseStory(markdown, 'Stories/new.md');
    expect(story.frontMatterError).toBeNull();
    expect(story.meta.title).toBe(title);
    expect(story.meta.questions).toEqual([question]);
    expect(story.missing).toEqual([]);
    // No STAR labels in these drafts: the S/T/A/R sections are left for the user, the draft kept whole.
    for (const section of story.sections.filter((s) => s.kind !== 'other')) expect(section.words).toBe(0);
    const kept = story.sections.find((section) => section.heading === 'Draft');
    if (draft.trim() === '') expect(kept).toBeUndefined();
    else expect(words(kept!.body)).toEqual(words(draft));
  });

  it('pre-fills the persuasion question', () => {
    const persuade = drafts.find((draft) => draft.question.startsWith('Do you persuade your team'))!;
    const { title, markdown } = storyFromDraft(persuade.question, persuade.draft);
    expect(title).toBe('Do you persuade your team to raise an idea or innovation');
    const story = parseStory(markdown, 'a.md');
    expect(story.meta.competencies).toContain('influence-and-persuasion');
    const draft = story.sections.find((section) => section.heading === 'Draft')!;
    // The answer was nested under a list item: its indentation is gone, its nesting kept.
    expect(draft.body.split('\n').slice(0, 3)).toEqual([
      '- When raise an idea, are you point out any drawbacks of your implementation?',
      '- First I need create jira ticket, list draft ideas (pain point, idea to solve, background, estimate determine scope affect)',
      '- Raise to team or higher level stakeholders, first let check the priority of this task will it have enough priority to do now, if the task is large we can break it down into multi milestone, what output we expect for each milestone',
    ]);
    expect(draft.body).toContain('\n    - if solution is pointing out many mistakes');
  });

  it('guesses the competencies of the conflict questions', () => {
    const conflict = drafts.find((draft) => draft.question.startsWith('When you work with partner team'))!;
    expect(parseStory(storyFromDraft(conflict.question, conflict.draft).markdown, 'a.md').meta.competencies).toEqual(['cross-team-collaboration', 'conflict']);
  });
});

describe('storyFromDraft with labelled parts', () => {
  it('puts each labelled part in its section', () => {
    const draft = [
      'Some context first.',
      '',
      'Situation: checkout timed out for 5% of shoppers.',
      '**Task:** I had to fix it before the sale.',
      '- Action: I traced the lock',
      '  - and batched the reservations',
      '### Result',
      'Timeouts fell to 0.2%.',
      'Lessons learned: load tests belong in CI.',
    ].join('\n');
    const { markdown } = storyFromDraft('Tell me about a time you fixed an outage.', draft);
    const story = parseStory(markdown, 'a.md');
    const body = (heading: string) => story.sections.find((section) => section.heading === heading)?.body;
    expect(body('Situation')).toBe('checkout timed out for 5% of shoppers.');
    expect(body('Task')).toBe('I had to fix it before the sale.');
    expect(body('Action')).toBe('I traced the lock\n- and batched the reservations');
    expect(body('Result')).toBe('Timeouts fell to 0.2%.');
    expect(body('Reflection')).toBe('load tests belong in CI.');
    expect(body('Draft')).toBe('Some context first.');
  });

  it('joins two parts with the same label', () => {
    const { markdown } = storyFromDraft('Q?', 'S: one.\nA: first.\nA: second.');
    expect(parseStory(markdown, 'a.md').sections.find((section) => section.kind === 'action')!.body).toBe('first.\n\nsecond.');
  });

  it('keeps a draft with a single label whole, under Draft', () => {
    const draft = 'We shipped late.\nResult: the client was happy anyway.';
    const story = parseStory(storyFromDraft('Q?', draft).markdown, 'a.md');
    expect(story.sections.find((section) => section.heading === 'Draft')!.body).toBe(draft);
    expect(story.sections.find((section) => section.kind === 'result')!.words).toBe(0);
  });

  it('ignores labels in code', () => {
    const draft = '```\nSituation: x\nTask: y\n```';
    expect(parseStory(storyFromDraft('Q?', draft).markdown, 'a.md').sections.find((section) => section.heading === 'Draft')!.body).toBe(draft);
  });

  it('writes LF line endings whatever the draft had', () => {
    expect(storyFromDraft('Q?', 'a\r\nb').markdown).not.toContain('\r');
  });
});

describe('titleFromQuestion', () => {
  it.each([
    ['Tell me about a time you disagreed with your manager.', 'I disagreed with my manager'],
    ['Tell me about a time when your manager gave you tough feedback?', 'My manager gave me tough feedback'],
    ['Describe a situation where you had to persuade yourself.', 'I had to persuade myself'],
    ['Tell me about your biggest failure.', 'My biggest failure'],
    ['Have you ever missed a deadline?', 'Missed a deadline'],
    ['Give me an example of a time you’re proud of', "I'm proud of"],
    ['Do you persuade your team to raise an idea? How?', 'Do you persuade your team to raise an idea'],
    ['**Why** did you leave your last job?', 'Why did you leave your last job'],
    ['1. Tell me about a conflict.', 'A conflict'],
    [
      'When you work with partner team or cross-team at your squad, have u encountered any conflicts, describe it & how u solve them?',
      'When you work with partner team or cross-team at your squad…',
    ],
    ['', ''],
  ])('%j → %j', (question, title) => {
    expect(titleFromQuestion(question)).toBe(title);
  });
});

describe('dedent', () => {
  it('removes the indentation all lines share, counting tabs to four columns', () => {
    expect(dedent('   - a\n   - b\n\t   - c')).toBe('- a\n- b\n    - c');
    expect(dedent('\t1. a\n\t2. b')).toBe('1. a\n2. b');
    expect(dedent('  a\n\n  b')).toBe('a\n\nb');
    expect(dedent('a\n  b')).toBe('a\n  b');
  });
});
