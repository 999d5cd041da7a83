import { describe, expect, it } from 'vitest';
import { matchCards, normalizeQuestion, SAME_QUESTION, similarity } from './identity';

describe('normalizeQuestion', () => {
  it('keeps only lowercase words', () => {
    expect(normalizeQuestion('  **What’s** the `this`   keyword?!  ')).toBe('whats the this keyword');
    expect(normalizeQuestion("What's a [closure](https://mdn.io/closure)?")).toBe('whats a closure');
    expect(normalizeQuestion('Why [[Go notes|Go]] — really?')).toBe('why go really');
    expect(normalizeQuestion('Qu’est-ce qu’une fermeture ?')).toBe('quest ce quune fermeture');
    expect(normalizeQuestion('???')).toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for the same question written differently', () => {
    expect(similarity('What is a closure?', '**what is a Closure**')).toBe(1);
  });

  it('forgives a typo', () => {
    expect(similarity('What is a closure?', 'What is a closrue?')).toBe(1);
    expect(similarity('How does the garbage collector work?', 'How does the garbage colector work?')).toBe(1);
  });

  it('stays high when a word is added', () => {
    expect(similarity('What is a closure?', 'What is a JavaScript closure?')).toBeGreaterThanOrEqual(SAME_QUESTION);
  });

  it('is low for different questions', () => {
    expect(similarity('What is a closure?', 'What is a promise?')).toBeLessThan(SAME_QUESTION);
    expect(similarity('How does TCP work?', 'How does UDP work?')).toBeLessThan(SAME_QUESTION);
    expect(similarity('Explain the event loop', 'Design a rate limiter')).toBeLessThan(0.2);
  });
});

describe('matchCards', () => {
  const old = [
    { id: 'c1', question: 'What is a closure?', notePath: 'js/basics.md' },
    { id: 'c2', question: 'What is a promise?', notePath: 'js/basics.md' },
    { id: 'c3', question: 'Why Go?', notePath: 'go.md' },
  ];

  it('keeps ids of unchanged cards', () => {
    expect(matchCards(old, old)).toEqual(['c1', 'c2', 'c3']);
  });

  it('follows a note that was renamed', () => {
    const renamed = old.map((card) => (card.notePath === 'go.md' ? { ...card, notePath: 'golang.md' } : card));
    expect(matchCards(old, renamed)).toEqual(['c1', 'c2', 'c3']);
  });

  it('follows a note that was moved to another folder', () => {
    const moved = [{ question: 'What is a promise?', notePath: 'archive/js/basics.md' }, { question: 'What is a closure?', notePath: 'archive/js/basics.md' }];
    expect(matchCards(old, moved)).toEqual(['c2', 'c1']);
  });

  it('follows a typo fix and a word added in the same note', () => {
    const edited = [
      { question: 'What is a JavaScript closure?', notePath: 'js/basics.md' },
      { question: 'What is a promsie?', notePath: 'js/basics.md' },
    ];
    expect(matchCards(old, edited)).toEqual(['c1', 'c2']);
  });

  it('gives a different question a new card', () => {
    expect(matchCards(old, [{ question: 'What is a generator?', notePath: 'js/basics.md' }])).toEqual([undefined]);
  });

  it('does not match similar questions across notes', () => {
    expect(matchCards(old, [{ question: 'What is a JavaScript closure?', notePath: 'other.md' }])).toEqual([undefined]);
  });

  it('gives each old id out once', () => {
    const twice = [
      { question: 'Why Go?', notePath: 'go.md' },
      { question: 'Why Go?', notePath: 'copy.md' },
    ];
    expect(matchCards(old, twice)).toEqual(['c3', undefined]);
  });

  it('prefers an exact match to a similar one', () => {
    const both = [
      { question: 'What is a closures?', notePath: 'js/basics.md' },
      { question: 'What is a closure?', notePath: 'js/basics.md' },
    ];
    expect(matchCards(old, both)).toEqual([undefined, 'c1']);
  });

  it('prefers the card of a note that is gone when the same question moved', () => {
    const oldTwice = [
      { id: 'kept', question: 'Why Go?', notePath: 'a.md' },
      { id: 'gone', question: 'Why Go?', notePath: 'b.md' },
    ];
    expect(matchCards(oldTwice, [{ question: 'Why Go?', notePath: 'c.md' }, { question: 'Other?', notePath: 'a.md' }])).toEqual(['gone', undefined]);
  });
});
