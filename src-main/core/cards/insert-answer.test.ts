import { describe, expect, it } from 'vitest';
import { detectCards } from './detect';
import { insertAnswer } from './insert-answer';

/** Inserts `answer` for the note's only unanswered card and returns the new note and its cards. */
function answered(note: string, answer: string) {
  const card = detectCards(note, 'n.md').find((c) => c.answer === '')!;
  expect(card).toBeDefined();
  const text = insertAnswer(note, card, answer);
  return { text, cards: detectCards(text, 'n.md'), question: card.question };
}

describe('insertAnswer', () => {
  it('puts the answer under a question heading, parted by blank lines, the rest untouched', () => {
    const note = '# Title\n\n## What is a closure?\n## Why use queues?\n\nDecoupling.\n';
    const { text, cards, question } = answered(note, 'A function with its scope.');
    expect(text).toBe('# Title\n\n## What is a closure?\n\nA function with its scope.\n\n## Why use queues?\n\nDecoupling.\n');
    expect(cards.find((c) => c.question === question)!.answer).toBe('A function with its scope.');
  });

  it('indents the answer under a list question, so it stays that item’s answer', () => {
    const note = '- What is a heap?\n- What is a stack?\n  - LIFO memory\n';
    const { text, cards } = answered(note, 'A tree-shaped priority queue.\n\nOr the memory for dynamic allocation.');
    expect(text).toBe('- What is a heap?\n\n  A tree-shaped priority queue.\n\n  Or the memory for dynamic allocation.\n\n- What is a stack?\n  - LIFO memory\n');
    expect(cards.find((c) => c.question.includes('heap'))!.answer).toContain('A tree-shaped priority queue.');
  });

  it('answers a Q: line with A:', () => {
    const note = 'Q: What is idempotence?\n\nQ: What is CAP?\nA: Pick two.\n';
    const { cards } = answered(note, 'Same result when repeated.');
    expect(cards.find((c) => c.question.includes('idempotence'))!.answer).toContain('Same result when repeated.');
  });

  it('keeps CRLF line endings and a note without a final line ending', () => {
    const note = '## What is a closure?\r\n\r\n## Next?\r\nYes';
    const { text } = answered(note, 'Scope.');
    expect(text).toBe('## What is a closure?\r\n\r\nScope.\r\n\r\n## Next?\r\nYes');
  });

  it('answers the last question of a note with no final line ending', () => {
    const { text, cards } = answered('## What is a closure?', 'Scope.');
    expect(text).toBe('## What is a closure?\n\nScope.\n');
    expect(cards[0]!.answer).toBe('Scope.');
  });
});
