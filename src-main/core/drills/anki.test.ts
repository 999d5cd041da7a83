import { describe, expect, it } from 'vitest';
import { exportDeck } from './anki-export';
import { HEADINGS_ARE_CARDS } from '../cards/detect';
import { importDeck } from './anki-import';
import type { DrillCard } from './types';

/** What every imported note starts with: its headings are all questions. */
const HEADER = `${HEADINGS_ARE_CARDS}\n\n`;

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function card(question: string, answer: string, tags: string[] = []): DrillCard & { answer: string } {
  return { id: question, notePath: 'go/basics.md', question, answer, answered: answer !== '', kind: 'technical', tags, folder: 'go' };
}

describe('exportDeck', () => {
  it('writes a TSV Anki imports without asking: headers, HTML fields, quoted where needed, tags', () => {
    const text = exportDeck([
      card('What is a **goroutine**?', 'A lightweight thread.\n\n- cheap\n- `go f()`', ['go', 'go/concurrency', 'two words']),
      card('Unanswered?', ''),
      card('Raw <script>alert(1)</script> HTML?', 'Tab\there and "quotes"'),
    ]);
    expect(text).toBe(
      [
        '#separator:tab',
        '#html:true',
        '#tags column:3',
        'What is a <strong>goroutine</strong>?\t"<p>A lightweight thread.</p>\n<ul>\n<li>cheap</li>\n<li><code>go f()</code></li>\n</ul>"\tgo go::concurrency two_words',
        'Unanswered?\t\t',
        'Raw &lt;script&gt;alert(1)&lt;/script&gt; HTML?\t"<p>Tab\there and &quot;quotes&quot;</p>"\t',
        '',
      ].join('\n'),
    );
  });
});

describe('importDeck', () => {
  it('turns an Anki export into a note: one question heading per card with its tags, HTML as Markdown', () => {
    const file = [
      '#separator:tab',
      '#html:true',
      '#tags column:3',
      'What is a <b>closure</b>?\t<div>A function with its <i>environment</i>.</div><div><br></div><ul><li>one</li><li>two</li></ul>\tjs js::functions',
      '"Two<br>lines?"\t"<h2>Heading</h2>1 &lt; 2 &amp; *stars*"\t',
      'Unanswered?\t\t',
    ].join('\n');
    const result = importDeck(utf8(file), { fileName: 'JS deck.txt' });
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.imported).toBe(3);
    expect(result.markdown).toBe(
      HEADER +
      [
        '# JS deck',
        '',
        '## What is a **closure**? #js #js/functions',
        '',
        'A function with its *environment*.',
        '',
        '* one',
        '* two',
        '',
        '## Two lines?',
        '',
        '**Heading**',
        '',
        '1 < 2 & \\*stars\\*',
        '',
        '## Unanswered?',
        '',
      ].join('\n'),
    );
  });

  it('reports rows with the wrong number of columns by line and imports the rest', () => {
    const file = 'q1\ta1\tt\nq2\ta2\nq3\ta3\tt\tx\n"q4\nstill q4"\ta4\tt\nq5\ta5\tt';
    const result = importDeck(utf8(file), { fileName: 'deck.tsv' });
    expect(result.imported).toBe(3);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'expected 3 columns, found 2' },
      { line: 3, reason: 'expected 3 columns, found 4' },
    ]);
    expect(result.markdown).toContain('## q4 still q4');
  });

  it('reads CSV with a header row, quoted commas and line breaks, and a stray quote', () => {
    const file = 'Question,Answer\n"Why, though?","Because:\n\n1. one\n2. two"\n"broken,answer\nplain,text\n,no question\n';
    const result = importDeck(utf8(file), { fileName: 'cards.csv', title: 'Imported' });
    expect(result.imported).toBe(2);
    expect(result.skipped).toEqual([
      { line: 6, reason: 'a quoted field is never closed (a stray " ?)' },
      { line: 8, reason: 'the question is empty' },
    ]);
    // Without HTML in it, a field is plain text: what looks like Markdown is escaped so it reads the same.
    expect(result.markdown).toBe(HEADER + '# Imported\n\n## Why, though?\n\nBecause:\n\n1\\. one\\\n2\\. two\n\n## plain\n\ntext\n');
  });

  it('imports plain-text fields as text: Markdown characters escaped, line breaks kept', () => {
    const file = '#html:false\nUse *stars* and #tags?\t"<b>not bold</b>\n1. not a list\n\nnew paragraph"\n';
    const result = importDeck(utf8(file), { fileName: 'x.txt' });
    expect(result.markdown).toBe(HEADER + '# x\n\n## Use \\*stars\\* and #tags?\n\n\\<b>not bold\\</b>\\\n1\\. not a list\n\nnew paragraph\n');
  });

  it('reads a file that is not UTF-8 as windows-1252 and names the lines', () => {
    const file = Buffer.concat([utf8('Caf'), Buffer.from([0xe9]), utf8('?\tna'), Buffer.from([0xef]), utf8('ve\nok?\tyes\n')]);
    const result = importDeck(file, { fileName: 'latin.tsv' });
    expect(result.imported).toBe(2);
    expect(result.markdown).toContain('## Café?\n\nnaïve');
    expect(result.warnings).toEqual([
      'Line 1 is not valid UTF-8 and was read as Windows-1252 (Western European): check the accented letters and symbols there.',
    ]);
  });

  it('imports nothing from an empty file or one with only headers, and says so', () => {
    for (const file of ['', '\ufeff', '#separator:tab\n#html:true\n', '\n\n']) {
      const result = importDeck(utf8(file), { fileName: 'empty.txt' });
      expect(result).toEqual({ markdown: HEADER + '# empty\n', imported: 0, skipped: [], warnings: ['The file has no cards in it.'] });
    }
  });

  it('adds columns past question and answer to the answer, and skips deck and note type columns', () => {
    const file = '#separator:Semicolon\n#notetype column:1\n#tags column:5\n#tags:shared\nBasic;Q?;A;Extra;t1\n';
    const result = importDeck(utf8(file), { fileName: 'x.txt' });
    expect(result.markdown).toBe(HEADER + '# x\n\n## Q? #shared #t1\n\nA\n\nExtra\n');
  });

  it('survives hostile input without throwing', () => {
    const inputs = [
      Buffer.from([0x00, 0xff, 0xfe, 0x22, 0x09, 0x0a, 0x22]),
      utf8('"'.repeat(1001)),
      utf8('<script>alert(1)</script>\t<img src=x onerror=alert(1)><style>p{}</style>\n'),
      utf8('\t\t\t\n\r\n\r'),
      utf8('#separator:\n#tags column:abc\nq\ta'),
    ];
    for (const input of inputs) expect(() => importDeck(input, { fileName: 'bad.txt' })).not.toThrow();
    expect(importDeck(inputs[2]!, { fileName: 'x.txt' }).markdown).not.toMatch(/script|onerror|style/);
  });
});

describe('export then import', () => {
  it('gives back the questions, answers and tags of a small deck', () => {
    const deck = [
      card('What is a *closure*?', 'A function with its environment.\n\n```js\nconst f = () => x;\n```', ['js', 'js/functions']),
      card('Big-O of `map` lookup?', '| case | cost |\n| - | - |\n| average | O(1) |', ['algorithms']),
      card('Tabs\tand "quotes"?', '1. first\n2. second'),
      card('Unanswered?', ''),
    ];
    const result = importDeck(utf8(exportDeck(deck)), { fileName: 'deck.txt', title: 'Deck' });
    expect(result.skipped).toEqual([]);
    expect(result.imported).toBe(4);
    expect(result.markdown).toBe(
      HEADER +
      [
        '# Deck',
        '',
        '## What is a *closure*? #js #js/functions',
        '',
        'A function with its environment.',
        '',
        '```js',
        'const f = () => x;',
        '```',
        '',
        '## Big-O of `map` lookup? #algorithms',
        '',
        '| case    | cost |',
        '| ------- | ---- |',
        '| average | O(1) |',
        '',
        '## Tabs and "quotes"?',
        '',
        '1. first',
        '2. second',
        '',
        '## Unanswered?',
        '',
      ].join('\n'),
    );
  });
});
