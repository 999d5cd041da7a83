import { describe, expect, it } from 'vitest';
import {
  cardContext,
  countsText,
  deindent,
  formatSpent,
  formatThinkingTime,
  importSummary,
  leftText,
  overviewLead,
  selectionTitle,
  studyable,
} from './drill-text';

describe('deindent', () => {
  it('removes the indentation every line shares, keeping the nesting', () => {
    expect(deindent('    - a\n      - b\n    - c')).toBe('- a\n  - b\n- c');
  });

  it('counts a tab as reaching the next multiple of four columns, so tabs and spaces mix', () => {
    expect(deindent('\t- a\n\t\t- b\n    - c')).toBe('- a\n\t- b\n- c');
    // A tab straddling the cut leaves the columns it had beyond it.
    expect(deindent('  - a\n\t- b')).toBe('- a\n  - b');
  });

  it('ignores blank lines when measuring, and drops blank lines at the edges', () => {
    expect(deindent('\n  a\n\n  b\n  \n')).toBe('a\n\nb');
  });

  it('leaves text without common indentation as it is (CRLF made LF)', () => {
    expect(deindent('a\r\n  b')).toBe('a\n  b');
    expect(deindent('')).toBe('');
  });

  it('keeps a fenced code block inside the answer intact relative to its list', () => {
    expect(deindent('  - run:\n    ```sh\n    npm test\n    ```')).toBe('- run:\n  ```sh\n  npm test\n  ```');
  });
});

describe('numbers and words', () => {
  it('formats a session length', () => {
    expect(formatSpent(0)).toBe('0 s');
    expect(formatSpent(44_600)).toBe('45 s');
    expect(formatSpent(120_000)).toBe('2 min');
    expect(formatSpent(200_000)).toBe('3 min 20 s');
    expect(formatSpent(3_900_000)).toBe('1 h 5 min');
    expect(formatSpent(7_200_000)).toBe('2 h');
  });

  it('formats a thinking time', () => {
    expect(formatThinkingTime(30_000)).toBe('30 s');
    expect(formatThinkingTime(60_000)).toBe('1 min');
    expect(formatThinkingTime(90_000)).toBe('1.5 min');
  });

  it('says what is left', () => {
    expect(leftText(12, 3)).toBe('12 left · 3 new');
    expect(leftText(4, 0)).toBe('4 left');
  });

  it('counts what can be studied today with the new-card limit', () => {
    expect(studyable({ new: 30, due: 4, total: 50 }, 20)).toBe(24);
    expect(studyable({ new: 3, due: 0, total: 3 }, 20)).toBe(3);
    expect(countsText({ new: 3, due: 2, total: 8 })).toBe('3 new, 2 due, 8 in all');
  });

  it('sums up the vault in the lead line', () => {
    expect(overviewLead({ new: 12, due: 5, total: 40 }, 20)).toBe('5 due · 12 new today');
    expect(overviewLead({ new: 12, due: 0, total: 40 }, 0)).toBe('All caught up for today.');
    expect(overviewLead({ new: 0, due: 0, total: 0 }, 20)).toBe('No cards yet.');
  });

  it('names selections and card contexts', () => {
    expect(selectionTitle({ kind: 'deck', notePath: 'Tech/Event loop.md' })).toBe('Event loop');
    expect(selectionTitle({ kind: 'folder', folder: '' })).toBe('Whole vault');
    expect(selectionTitle({ kind: 'folder', folder: 'Tech/Go' })).toBe('Tech / Go');
    expect(selectionTitle({ kind: 'tag', tag: 'go' })).toBe('#go');
    expect(selectionTitle({ kind: 'due' })).toBe('All due cards');
    expect(cardContext({ notePath: 'Go.md', headingPath: ['Go', 'Channels'] })).toBe('Go › Channels');
    expect(cardContext({ notePath: 'a/Notes.md', headingPath: [] })).toBe('Notes');
    expect(cardContext({ notePath: 'Go.md', headingPath: ['Go', 'Channels', 'Select'] }, false)).toBe('Channels › Select');
  });
});

describe('import report', () => {
  it('says how many cards went where, and which lines were skipped, grouped by reason', () => {
    const lines = importSummary({
      notePath: 'Imported/Deck.md',
      imported: 12,
      skipped: [
        { line: 7, reason: 'The row has no answer.' },
        { line: 3, reason: 'The row has no answer.' },
        { line: 9, reason: 'Unclosed quote' },
      ],
      warnings: [],
    });
    expect(lines).toEqual(['Imported 12 cards into “Deck”.', 'Skipped lines 3, 7: The row has no answer.', 'Skipped line 9: Unclosed quote.']);
  });

  it('says so when nothing could be imported', () => {
    expect(importSummary({ notePath: 'x.md', imported: 0, skipped: [], warnings: [] })).toEqual(['No card could be imported.']);
    expect(importSummary({ notePath: 'x.md', imported: 1, skipped: [], warnings: [] })).toEqual(['Imported 1 card into “x”.']);
  });
});
