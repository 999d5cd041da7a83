import { describe, expect, it } from 'vitest';
import { TermTable } from './term-table';
import { hashTerm, WordCursor } from './tokenize';

describe('TermTable', () => {
  it('keeps every term findable while it grows', () => {
    const table = new TermTable();
    const terms = Array.from({ length: 20_000 }, (_, i) => `t${i.toString(36)}`);
    const ids = terms.map((term) => table.idOf(term));
    expect(new Set(ids).size).toBe(terms.length);
    terms.forEach((term, i) => expect(table.lookup(term)).toBe(ids[i]));
    expect(table.lookup('absent')).toBe(-1);
  });

  it('finds an ASCII word in the text by its hash, whatever its case, without a new term', () => {
    const table = new TermTable();
    const id = table.idOf('redis');
    const words = new WordCursor();
    const text = 'Redis, REDIS and redis';
    for (words.reset(text); words.next(); ) {
      if (words.end - words.start === 5) expect(table.idOfAsciiWord(text, words.start, words.end, words.hash)).toBe(id);
    }
    expect(table.size).toBe(1);
    expect(hashTerm('redis')).toBe(words.hash);
  });
});
