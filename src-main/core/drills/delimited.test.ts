import { describe, expect, it } from 'vitest';
import { formatField, parseDelimited } from './delimited';

describe('parseDelimited', () => {
  it('splits records and fields, with the line each record starts on', () => {
    const text = 'a\tb\n"multi\nline"\t"with ""quotes"" and\ttab"\n\nlast\trow';
    expect(parseDelimited(text, '\t')).toEqual({
      rows: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['multi\nline', 'with "quotes" and\ttab'] },
        { line: 5, fields: ['last', 'row'] },
      ],
      problems: [],
    });
  });

  it('reads CRLF and CR line breaks, inside quotes as \\n', () => {
    expect(parseDelimited('a,"b\r\nc"\r\nd,e\re,f', ',', 3).rows).toEqual([
      { line: 3, fields: ['a', 'b\nc'] },
      { line: 5, fields: ['d', 'e'] },
      { line: 6, fields: ['e', 'f'] },
    ]);
  });

  it('keeps quotes inside unquoted fields and text after a closing quote, as Anki does', () => {
    expect(parseDelimited('say "hi"\t"a"b\t""', '\t').rows).toEqual([{ line: 1, fields: ['say "hi"', 'ab', ''] }]);
  });

  it('loses only the record of a quote never closed, and reads on from the next line', () => {
    expect(parseDelimited('a\tb\n"oops\tc\nd\te\nf\tg', '\t')).toEqual({
      rows: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['d', 'e'] },
        { line: 4, fields: ['f', 'g'] },
      ],
      problems: [{ line: 2, reason: 'a quoted field is never closed (a stray " ?)' }],
    });
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseDelimited('\n  \nq,\n,,\n', ',').rows).toEqual([
      { line: 3, fields: ['q', ''] },
      { line: 4, fields: ['', '', ''] },
    ]);
  });
});

describe('formatField', () => {
  it('quotes what needs it, doubling quotes, and round-trips', () => {
    const values = ['plain', 'tab\there', 'line\nbreak', 'say "hi"', '#not a comment', ''];
    const line = values.map((v) => formatField(v, '\t')).join('\t');
    expect(line).toBe('plain\t"tab\there"\t"line\nbreak"\t"say ""hi"""\t"#not a comment"\t');
    expect(parseDelimited(line, '\t').rows[0]!.fields).toEqual(values);
  });
});
