import { describe, expect, it } from 'vitest';
import { detectCards } from './detect';
import type { Card } from './types';

const cards = (text: string, path = 'note.md') => detectCards(text, path);
const brief = (text: string, path?: string) => cards(text, path).map(({ question, answer, line }) => ({ question, answer, line }));
const questions = (text: string) => cards(text).map((card) => card.question);

describe('question headings', () => {
  it('answer runs to the next heading of the same or a higher level', () => {
    const text = ['# Go', '', '## What is a goroutine?', 'A light thread.', '', '## Scheduling', 'Not a card.', '# Why channels?', 'To talk.'].join('\n');
    expect(cards(text)).toEqual<Card[]>([
      { question: 'What is a goroutine?', answer: 'A light thread.', kind: 'technical', line: 3, endLine: 4, headingPath: ['Go'], tags: [], format: 'heading' },
      { question: 'Why channels?', answer: 'To talk.', kind: 'technical', line: 8, endLine: 9, headingPath: [], tags: [], format: 'heading' },
    ]);
  });

  it('keeps deeper headings that are not questions inside the answer', () => {
    const text = ['### What does a DOCTYPE do?', 'Picks a mode.', '#### References', '- spec', '### Next thing', 'x'].join('\n');
    expect(brief(text)).toEqual([{ question: 'What does a DOCTYPE do?', answer: 'Picks a mode.\n#### References\n- spec', line: 1 }]);
  });

  it('ends an answer at a deeper question heading, which is a card of its own', () => {
    const text = ['## Explain how `this` works', 'It depends.', '### Can you give an ES6 example?', 'Arrows.', '### References', 'links'].join('\n');
    expect(cards(text).map(({ question, answer, headingPath }) => ({ question, answer, headingPath }))).toEqual([
      { question: 'Explain how `this` works', answer: 'It depends.', headingPath: [] },
      { question: 'Can you give an ES6 example?', answer: 'Arrows.', headingPath: ['Explain how `this` works'] },
    ]);
  });

  it.each([
    ['What is a closure', true],
    ['Why Goroutine is cheaper', true],
    ['How thread work when start app:', true],
    ['When to use a mutex', true],
    ['Where do logs go', true],
    ['Which index fits', true],
    ['Who owns the lock', true],
    ["What's new in HTTP/3", true],
    ['Is Redis single-threaded', true],
    ['Are goroutines threads', true],
    ['Can a map be nil', true],
    ['Does Go have generics', true],
    ['Do channels block', true],
    ['Should you use ORMs', true],
    ['Explain event delegation', true],
    ['Describe floats and how they work.', true],
    ['Design a rate limiter', true],
    ['Compare REST and gRPC', true],
    ['Implement an LRU cache', true],
    ['Define idempotence', true],
    ['List the HTTP verbs', true],
    ['Walk me through a deploy', true],
    ['Make this work:', true],
    ['**Stack and heap?**', true],
    ['1. What is React?', true],
    ['Stack and heap', false],
    ['References', false],
    ['Design patterns', false],
    ['List of references', false],
    ['Do not put text in images', false],
    ['How', false],
    ['Interview Notes', false],
    ['**Additional Threads May Be Created**', false],
  ])('reads "%s" as a question: %s', (heading, isQuestion) => {
    expect(cards(`## ${heading}\nanswer\n`).length).toBe(isQuestion ? 1 : 0);
  });

  it('shows the question without emphasis around it, closing hashes or numbering', () => {
    expect(questions('### **Why is X?**\n\n## 3. What is Y? ##\n\n## Q1: How is Z?\n')).toEqual(['Why is X?', 'What is Y?', 'How is Z?']);
  });

  it('reads the numbered-heading style of public question banks', () => {
    const text = ['1. ### What is React?', '', '    React is a library.', '', '2. ### What is JSX?', '', '    Syntax.', '    #### References'].join('\n');
    expect(cards(text).map(({ question, answer, format }) => ({ question, answer, format }))).toEqual([
      { question: 'What is React?', answer: 'React is a library.', format: 'numbered-heading' },
      { question: 'What is JSX?', answer: 'Syntax.\n    #### References', format: 'numbered-heading' },
    ]);
  });
});

describe('question list items', () => {
  it('takes the nested lines as the answer', () => {
    const text = ['- What is a closure?', '  - a function', '', '  - with its scope', '- Not a question', '  - nested'].join('\n');
    expect(cards(text)).toEqual<Card[]>([
      { question: 'What is a closure?', answer: '- a function\n\n  - with its scope', kind: 'technical', line: 1, endLine: 4, headingPath: [], tags: [], format: 'list' },
    ]);
  });

  it('gives a list of questions empty answers', () => {
    expect(brief('* What is X?\n* Why Y?\n1. How Z?\n')).toEqual([
      { question: 'What is X?', answer: '', line: 1 },
      { question: 'Why Y?', answer: '', line: 2 },
      { question: 'How Z?', answer: '', line: 3 },
    ]);
  });

  it('reads nested items that are mostly questions as follow-up questions, each its own card', () => {
    const text = ['- How many requests at a time?', '  - What are the exceptions?', '  - Why?', '- Persuade your team?', '  - Did they agree?', '  - I wrote a proposal', '  - then a demo'].join('\n');
    expect(brief(text)).toEqual([
      { question: 'How many requests at a time?', answer: '', line: 1 },
      { question: 'What are the exceptions?', answer: '', line: 2 },
      { question: 'Why?', answer: '', line: 3 },
      { question: 'Persuade your team?', answer: '- Did they agree?\n  - I wrote a proposal\n  - then a demo', line: 4 },
    ]);
  });

  it('accepts the endings of real notes: hints, stray full stops, emphasis, tags', () => {
    const text = ['- Is it tied to the OS? (Hint: no)', '- Why QC prioritize their task?.', '- **Bold question?**', '- What is X? #redis #cache'].join('\n');
    expect(questions(text)).toEqual(['Is it tied to the OS? (Hint: no)', 'Why QC prioritize their task?.', 'Bold question?', 'What is X? #redis #cache']);
  });

  it('takes items that address the reader or set a prompt, without a question mark', () => {
    const text = ['- Have you standardized your API.', '- Explain what happens when a query runs (hint: parsing)', '- Talk about your last project.', '- Implement retries', '- When the TTL expires, the key goes'].join('\n');
    expect(questions(text)).toEqual(['Have you standardized your API.', 'Explain what happens when a query runs (hint: parsing)', 'Talk about your last project.']);
  });

  it('reads task items', () => {
    expect(questions('- [ ] What is X?\n- [x] Why Y?\n')).toEqual(['What is X?', 'Why Y?']);
  });
});

describe('Q: / A: pairs', () => {
  it('reads plain and bold markers; the answer runs to the next Q: or heading', () => {
    const text = ['Q: What is X?', 'A: X is', 'two lines.', '', 'More answer.', '**Q:** Bold?', '**A:** Yes.', '- Q: In a list?', '- A: Fine.', '## Notes', 'text'].join('\n');
    expect(cards(text).map(({ question, answer, line, endLine, format }) => ({ question, answer, line, endLine, format }))).toEqual([
      { question: 'What is X?', answer: 'X is\ntwo lines.\n\nMore answer.', line: 1, endLine: 5, format: 'qa' },
      { question: 'Bold?', answer: 'Yes.', line: 6, endLine: 7, format: 'qa' },
      { question: 'In a list?', answer: 'Fine.', line: 8, endLine: 9, format: 'qa' },
    ]);
  });

  it('keeps code shown with a question in the question', () => {
    const text = ['Question: What does this print?', '```js', 'console.log(1)', '```', '', 'Question: And this?', '```js', 'x', '```'].join('\n');
    expect(brief(text)).toEqual([
      { question: 'What does this print?\n```js\nconsole.log(1)\n```', answer: '', line: 1 },
      { question: 'And this?\n```js\nx\n```', answer: '', line: 6 },
    ]);
  });
});

describe('<details>', () => {
  it('reads the summary as the question and the rest as the answer, on one line or many', () => {
    const text = ['<details><summary>What is a closure?</summary>', '', 'A function and its scope.', '', '</details>', '<details><summary><b>Why?</b></summary>Because.</details>'].join('\n');
    expect(cards(text).map(({ question, answer, line, endLine, format }) => ({ question, answer, line, endLine, format }))).toEqual([
      { question: 'What is a closure?', answer: 'A function and its scope.', line: 1, endLine: 5, format: 'details' },
      { question: 'Why?', answer: 'Because.', line: 6, endLine: 6, format: 'details' },
    ]);
  });

  it('makes no card of a reveal widget, and reads nothing inside it as a question', () => {
    expect(cards('<details>\n<summary>Show answer</summary>\n\n- Is this a question?\n</details>\n')).toEqual([]);
  });
});

describe('callouts', () => {
  it('answers a question callout with its body', () => {
    expect(cards('> [!question] What is X?\n> X is a thing.\n> Really.\n')).toEqual<Card[]>([
      { question: 'What is X?', answer: 'X is a thing.\nReally.', kind: 'technical', line: 1, endLine: 3, headingPath: [], tags: [], format: 'callout' },
    ]);
  });

  it('answers it with a following answer or success callout', () => {
    const text = ['> [!question]- Why Y?', '', '> [!answer]', '> Because.', '', '> [!faq]', '> Body question?', '> [!success] Done', '> Body answer.'].join('\n');
    expect(brief(text)).toEqual([
      { question: 'Why Y?', answer: 'Because.', line: 1 },
      { question: 'Body question?', answer: 'Body answer.', line: 6 },
    ]);
  });

  it('ignores other callouts', () => {
    expect(cards('> [!note] What is X?\n> text\n')).toEqual([]);
  });
});

describe('front matter title', () => {
  it('makes the whole body the answer when the title is a question', () => {
    const text = ['---', 'tags: css', "title: 'What does `box-sizing` do?'", '---', '', 'It sizes boxes.', '', '## How is it computed?', 'Like so.', ''].join('\n');
    expect(cards(text)).toEqual<Card[]>([
      {
        question: 'What does `box-sizing` do?',
        answer: 'It sizes boxes.\n\n## How is it computed?\nLike so.',
        kind: 'technical',
        line: 3,
        endLine: 9,
        headingPath: [],
        tags: ['css'],
        format: 'title',
      },
    ]);
  });

  it('reads the body as usual when the title is not a question', () => {
    expect(questions('---\ntitle: General Questions\n---\n\n* What did you learn?\n')).toEqual(['What did you learn?']);
  });
});

describe('spaced-repetition plugin cards', () => {
  it('reads front::back and front:::back (both ways)', () => {
    expect(cards('Capital of France::Paris\nTCP :: reliable\nfront:::back\n').map(({ question, answer, format }) => ({ question, answer, format }))).toEqual([
      { question: 'Capital of France', answer: 'Paris', format: 'inline' },
      { question: 'TCP', answer: 'reliable', format: 'inline' },
      { question: 'front', answer: 'back', format: 'inline-reversed' },
      { question: 'back', answer: 'front', format: 'inline-reversed' },
    ]);
  });

  it('does not take code, Dataview fields, CSS or admonitions for separators', () => {
    expect(cards('Use `std::move` here\nstatus:: done\nthe ::before element\n:::info\n:::\n')).toEqual([]);
  });

  it('reads multi-line cards separated by ? or ??, ending at a blank line', () => {
    const text = ['What is', 'a closure?', '?', 'A function', 'with scope.', 'Not after', '', 'Front', '??', 'Back', '', 'After'].join('\n');
    expect(cards(text).map(({ question, answer, line, endLine, format }) => ({ question, answer, line, endLine, format }))).toEqual([
      { question: 'What is\na closure?', answer: 'A function\nwith scope.\nNot after', line: 1, endLine: 6, format: 'multiline' },
      { question: 'Front', answer: 'Back', line: 8, endLine: 10, format: 'multiline-reversed' },
      { question: 'Back', answer: 'Front', line: 10, endLine: 10, format: 'multiline-reversed' },
    ]);
  });
});

describe('code', () => {
  it('never reads fenced code as questions or separators, whatever the fence', () => {
    const text = ['```', '## What is this?', '- Is this?', 'a::b', '?', '```', '~~~~', 'Q: no', '```', '~~~~', '````md', '> [!question] No?', '````'].join('\n');
    expect(cards(text)).toEqual([]);
  });

  it('keeps code indented in a list item inside the answer', () => {
    const text = ['- What does this print?', '  ```js', '  // - Is this a question?', '  ```', '  It prints 1.'].join('\n');
    expect(brief(text)).toEqual([{ question: 'What does this print?', answer: '```js\n  // - Is this a question?\n  ```\n  It prints 1.', line: 1 }]);
  });

  it('never reads indented code as questions', () => {
    expect(cards('Text.\n\n    - Is this code?\n    Q: code\n')).toEqual([]);
  });

  it('never reads inline code as a question or a separator', () => {
    expect(cards('## `How to` use it\n\n## `Why?`\n\n- `Is it?`\n\n`Q: no`\n\n`a::b` and `c:::d`\n')).toEqual([]);
    expect(questions('## What is `x`?\n\n## Explain `this`\n')).toEqual(['What is `x`?', 'Explain `this`']);
  });

  it('does not read front matter as body text', () => {
    expect(cards('---\nquestion: What is X?\nq:: a\n---\nbody\n')).toEqual([]);
  });
});

describe('heading paths and tags', () => {
  it('gives the headings above a card', () => {
    const text = ['# Interview', '## Go', '### Runtime', '- Why M:N?', '## Behavioral', '- Tell me about a conflict?'].join('\n');
    expect(cards(text).map((card) => card.headingPath)).toEqual([['Interview', 'Go', 'Runtime'], ['Interview', 'Behavioral']]);
  });

  it('tags a card with front matter tags, folder names and its inline tags outside code', () => {
    const text = ['---', 'tags:', '  - Go', '  - "#os"', '---', '## What is a goroutine? #runtime', 'Cheap #threads `#notatag` #go', '', '## Why channels?', 'See #2024 and page#anchor.'].join('\n');
    expect(cards(text, 'prep/backend/go.md').map((card) => card.tags)).toEqual([
      ['Go', 'os', 'prep', 'backend', 'runtime', 'threads'],
      ['Go', 'os', 'prep', 'backend'],
    ]);
  });

  it('reads a front matter tags string', () => {
    expect(cards('---\ntags: a, b\n---\n- What?\n')[0]?.tags).toEqual(['a', 'b']);
  });
});

describe('kind', () => {
  it('marks behavioral questions', () => {
    const text = ['- Tell me about a time you failed?', '- How did you handle a disagreement with your boss?', '- What is a common mistake with closures?', '- How do you resolve a merge conflict in git?'].join('\n');
    expect(cards(text).map((card) => card.kind)).toEqual(['behavioral', 'behavioral', 'technical', 'technical']);
  });
});

describe('a note whose front matter says every heading is a card (an imported deck)', () => {
  it('takes every heading below the title as a question, whatever its wording', () => {
    const note = '---\ncards: headings\n---\n\n# Capitals\n\n## Capital of France\n\nParis\n\n## Capital of Japan\n\nTokyo\n';
    expect(detectCards(note, 'Capitals.md').map((c) => [c.question, c.answer])).toEqual([
      ['Capital of France', 'Paris'],
      ['Capital of Japan', 'Tokyo'],
    ]);
  });
});
