/**
 * Tab- or comma-separated text as Anki reads and writes it: a field in
 * double quotes may hold separators, line breaks and `""` for a quote; a
 * quote inside an unquoted field is just a character.
 *
 * Written here rather than taken from a CSV library because importing needs
 * two things they do not give: the line each record starts on (to report
 * it), and recovery from a quote that is never closed: csv-parse, for one,
 * reports the line where it gave up and drops the rest of the file; here
 * only the record that opened the quote is lost and reading resumes on the
 * line after it.
 */
export interface DelimitedRow {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
}

export interface DelimitedProblem {
  line: number;
  reason: string;
}

export interface ParsedDelimited {
  rows: DelimitedRow[];
  problems: DelimitedProblem[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits `text` into records of fields. `firstLine` is the line number of
 * the text's first line in the file (after header lines). Blank lines are
 * skipped.
 */
export function parseDelimited(text: string, separator: string, firstLine = 1): ParsedDelimited {
  const sep = separator.charCodeAt(0);
  const rows: DelimitedRow[] = [];
  const problems: DelimitedProblem[] = [];
  let i = 0;
  let line = firstLine;
  records: while (i < text.length) {
    const recordStart = i;
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) {
            problems.push({ line: recordLine, reason: 'a quoted field is never closed (a stray " ?)' });
            i = afterLineBreak(text, recordStart);
            line = recordLine + 1;
            continue records;
          }
          value += text.slice(from, quote);
          line += lineBreaks(text, from, quote);
          if (text.charCodeAt(quote + 1) !== QUOTE) {
            i = quote + 1;
            break;
          }
          value += '"';
          from = quote + 2;
        }
        value = value.replace(/\r\n?/g, '\n');
      }
      // The rest of an unquoted field, or text after a closing quote, which is kept as it is.
      const end = fieldEnd(text, i, sep);
      value += text.slice(i, end);
      fields.push(value);
      i = end;
      if (text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      if (i < text.length) {
        i = afterLineBreak(text, i);
        line++;
      }
      break;
    }
    if (fields.length > 1 || fields[0]!.trim() !== '') rows.push({ line: recordLine, fields });
  }
  return { rows, problems };
}

/** One field for a file Anki will read back: quoted when it must be. */
export function formatField(value: string, separator: string): string {
  // Anki reads a line starting with # as a comment, so such a field is quoted too.
  const mustQuote = value.includes(separator) || /["\r\n]/.test(value) || value.startsWith('#');
  return mustQuote ? `"${value.replaceAll('"', '""')}"` : value;
}

function fieldEnd(text: string, from: number, sep: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === sep || code === LF || code === CR) return i;
  }
  return text.length;
}

/** Index after the line break at or after `from` (CRLF, LF or CR), or the end. */
function afterLineBreak(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) return i + 2;
  return Math.min(text.length, i + 1);
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
