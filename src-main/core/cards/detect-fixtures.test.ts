/**
 * The detector on real notes. `interview-notes.expected.json` was written by
 * reading the note line by line; the lines below that are not cards were
 * checked the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCards } from './detect';
import expected from './fixtures/interview-notes.expected.json';

const examples = join(__dirname, '../../../fixtures/examples');
const read = (path: string) => readFileSync(join(examples, path), 'utf8');

describe('the interview notes of a real user', () => {
  const cards = detectCards(read('interview-notes.md'), 'interview-notes.md');

  it('finds every card, with its line, kind and format', () => {
    expect(cards.map(({ line, endLine, kind, format, question }) => ({ line, endLine, kind, format, question }))).toEqual(expected);
  });

  it.each([
    [58, 'a paragraph line inside the answer of the heading on line 50'],
    [61, 'a heading that is not a question'],
    [77, 'asked again, with an answer, on line 142'],
    [80, 'a list item with neither "?" nor an opening that addresses the reader'],
    [81, 'asked again, with an answer, on line 148'],
    [82, 'asked again, with an answer, on line 169'],
    [87, 'asked again, with an answer, on line 191'],
    [91, 'one of the two items without "?" among the follow-ups of line 89'],
    [105, 'a follow-up inside the answer of line 104'],
    [134, 'not a list item: "11.13." is no list marker'],
    [185, 'code'],
  ])('makes no card of line %i: %s', (line) => {
    expect(cards.find((card) => card.line === line)).toBeUndefined();
  });

  it('keeps answers as written, code included', () => {
    const answerOf = (line: number) => cards.find((card) => card.line === line)?.answer ?? '';
    expect(answerOf(104).startsWith('- When raise an idea')).toBe(true);
    expect(answerOf(104).endsWith('consult with higher level who can solve that issue')).toBe(true);
    expect(answerOf(119)).toBe('1. core problem\n\t2. definition of done - ETA deadline - may need to split into smaller milestone\n\t3. identify constrains maybe with other team, any blocks\n\t4. which part is unclear, do we need a deeper meeting to solve it?');
    expect(answerOf(191)).toContain('```\n  func outerFunc() func() int {');
  });

  it('gives every card the front matter tags and its headings', () => {
    expect(new Set(cards.map((card) => card.tags.join()))).toEqual(new Set(['OS,Process,Thread,Goroutine,closure']));
    expect(cards.find((card) => card.line === 50)?.headingPath).toEqual(['What happened when start an application, how many type of memory allocated behind it?']);
    expect(cards.find((card) => card.line === 103)?.headingPath).toEqual(['Chotot round 2 (1 Tech manager + 1 tech lead)']);
  });
});

describe('public question banks', () => {
  // Counts checked with grep: list items ending in "?" or opening with
  // Explain/Describe/Talk about/Have you…; "###" headings but "Other Answers".
  it.each([
    ['h5bp-front-end-questions/general-questions.md', 31],
    ['h5bp-front-end-questions/css-questions.md', 37],
    ['h5bp-front-end-questions/javascript-questions.md', 54],
    ['h5bp-front-end-questions/coding-questions.md', 12],
    ['front-end-interview-handbook/contents/html-questions.md', 13],
    ['front-end-interview-handbook/contents/css-questions.md', 31],
    ['front-end-interview-handbook/contents/javascript-questions.md', 58],
  ])('finds the questions of %s', (path, count) => {
    expect(detectCards(read(`public-corpus/${path}`), path)).toHaveLength(count);
  });

  it('reads the follow-up items of the h5bp lists as questions', () => {
    const cards = detectCards(read('public-corpus/h5bp-front-end-questions/general-questions.md'), 'general-questions.md');
    expect(cards.find((card) => card.question === 'What are the exceptions?')).toMatchObject({ line: 21, answer: '' });
    expect(cards.find((card) => card.question.startsWith('How did you handle a disagreement'))?.kind).toBe('behavioral');
  });

  it('reads a question file of the handbook as one card: its title and its whole body', () => {
    const folder = 'public-corpus/front-end-interview-handbook/quiz';
    const files = readdirSync(join(examples, folder));
    for (const file of files) {
      const cards = detectCards(read(`${folder}/${file}`), `quiz/${file}`);
      expect(cards, file).toHaveLength(1);
      expect(cards[0]).toMatchObject({ format: 'title', line: 2, tags: ['quiz'] });
    }
    expect(files.length).toBe(40);
  });
});
