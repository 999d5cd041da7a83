import { describe, expect, it } from 'vitest';
import { detectCards } from './detect';

const brief = (text: string) => detectCards(text, 'note.md').map(({ question, answer, line, endLine }) => ({ question, answer, line, endLine }));

describe('detectCards on bad input', () => {
  it('takes nothing inside code blocks for a question', () => {
    const text = ['## What is X?', 'X.', '', '```md', '## What is Y?', '- Is this Z?', '```', '', '- Real?'].join('\n');
    expect(brief(text).map((card) => card.question)).toEqual(['What is X?']);
  });

  it('finds every question of a note with 10,000 of them', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `- What is question number ${i}?`).join('\n');
    const cards = detectCards(text, 'big.md');
    expect(cards.length).toBe(10_000);
    expect(cards[9_999]).toMatchObject({ question: 'What is question number 9999?', line: 10_000 });
  });

  it('gives an empty answer to a question followed by another', () => {
    expect(brief('## What is X?\n\n## What is Y?\nY.\n')).toEqual([
      { question: 'What is X?', answer: '', line: 1, endLine: 1 },
      { question: 'What is Y?', answer: 'Y.', line: 3, endLine: 4 },
    ]);
  });

  it('gives an empty answer to a question heading with nothing after it', () => {
    expect(brief('# Notes\n\n## Why is the sky blue?\n\n\n')).toEqual([{ question: 'Why is the sky blue?', answer: '', line: 3, endLine: 3 }]);
  });

  it('makes one card of a question asked twice in a note, keeping the answered one', () => {
    const text = ['- What is closure and how it works?', '- Why Go?', '', '### What is closure and how it works', 'A function.', '', '- why go ?'].join('\n');
    expect(brief(text)).toEqual([
      { question: 'Why Go?', answer: '', line: 2, endLine: 2 },
      { question: 'What is closure and how it works', answer: 'A function.\n\n- why go ?', line: 4, endLine: 7 },
    ]);
  });

  it('keeps the same question in two notes as two cards', () => {
    expect([...detectCards('- What is X?', 'a.md'), ...detectCards('- What is X?', 'b.md')]).toHaveLength(2);
  });

  it('reads CRLF line endings, keeping them inside answers as written', () => {
    expect(brief('## What is X?\r\nX is\r\nY.\r\n\r\n- Why?\r\n  - because\r\n')).toEqual([
      { question: 'What is X?', answer: 'X is\r\nY.\r\n\r\n- Why?\r\n  - because', line: 1, endLine: 6 },
    ]);
  });

  it('reads a note that starts with a byte order mark', () => {
    expect(detectCards('\uFEFF---\ntags: [a]\n---\n## What is X?\nX.\n', 'note.md')).toMatchObject([{ question: 'What is X?', line: 4, tags: ['a'] }]);
    expect(brief('\uFEFF## What is X?\nX.')).toEqual([{ question: 'What is X?', answer: 'X.', line: 1, endLine: 2 }]);
  });

  it('reads the rest of a note after an unclosed fence as code', () => {
    expect(brief('- What is X?\n\n```\n## What is Y?\n- Is Z?\n')).toEqual([{ question: 'What is X?', answer: '', line: 1, endLine: 1 }]);
  });

  it('reads unclosed front matter as body text, with no tags or title from it', () => {
    const cards = detectCards('---\ntitle: What is X?\ntags: [a]\n## What is Y?\nY.\n', 'note.md');
    expect(cards.map(({ question, tags, line }) => ({ question, tags, line }))).toEqual([{ question: 'What is Y?', tags: [], line: 4 }]);
  });

  it('reads empty notes and notes of blank lines', () => {
    expect(detectCards('', 'note.md')).toEqual([]);
    expect(detectCards('\n\n  \n', 'note.md')).toEqual([]);
    expect(detectCards('## ?\n- ?\n', 'note.md')).toEqual([]);
  });
});
