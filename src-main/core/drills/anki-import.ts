/**
 * An Anki text export (or any CSV/TSV of questions and answers) as a new
 * note: a title, then per card a `## question` heading with the card's tags
 * after it, and the answer below. The caller writes the note into the vault.
 *
 * Never throws on bad input: a row that cannot be read (wrong number of
 * columns, a quote never closed, an empty question) is skipped and reported
 * with its line; every other row is imported. Lines that are not UTF-8 are
 * read as windows-1252 and named in a warning.
 *
 * Understood: Anki's header lines (`#separator:`, `#html:`, `#tags:`,
 * `#columns:`, `#tags column:`, `#deck column:`, `#notetype column:`,
 * `#guid column:`), a first row of column names (Front/Back/Tags,
 * Question/Answer), quoted fields with separators, line breaks and `""`.
 * Columns past question and answer are added to the answer, not dropped.
 */
import path from 'node:path';
import { toMarkdown } from 'mdast-util-to-markdown';
import { decodeText } from './decode-text';
import { parseDelimited, type DelimitedRow } from './delimited';
import { HEADINGS_ARE_CARDS } from '../cards/detect';
import { answerMarkdown, fieldBlocks, looksLikeHtml, questionMarkdown, type FieldFormat } from './field-markdown';

export interface ImportOptions {
  /** The file's name: its extension tells CSV from TSV, and it names the note unless `title` does. */
  fileName: string;
  title?: string;
}

export interface SkippedRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  reason: string;
}

export interface ImportResult {
  markdown: string;
  imported: number;
  skipped: SkippedRow[];
  /** Things to tell the user that did not cost a row (lines read as windows-1252, an empty file). */
  warnings: string[];
}

interface Header {
  separator?: string;
  html?: boolean;
  /** Tags for every card (`#tags:`). */
  tags: string[];
  columnNames?: string;
  /** 0-based columns that hold tags, and columns that hold no content (deck, note type, guid). */
  tagsColumn?: number;
  otherColumns: number[];
  /** Lines the header took. */
  lines: number;
}

/** Anki's names for separators, besides the character itself. */
const SEPARATOR_NAMES: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };
const FRONT_NAMES = new Set(['front', 'question', 'q']);
const BACK_NAMES = new Set(['back', 'answer', 'a']);
const TAG_NAMES = new Set(['tags', 'tag']);
const LINES_NAMED = 10;

export function importDeck(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const { text, nonUtf8Lines } = decodeText(bytes);
  const header = readHeader(text);
  const body = text.split(/\r\n|\n|\r/).slice(header.lines).join('\n');
  const separator = header.separator ?? separatorFor(options.fileName, body);
  const { rows, problems } = parseDelimited(body, separator, header.lines + 1);
  const skipped: SkippedRow[] = [...problems];
  const warnings: string[] = [];
  if (nonUtf8Lines.length > 0) {
    const one = nonUtf8Lines.length === 1;
    warnings.push(
      `${one ? 'Line' : 'Lines'} ${listLines(nonUtf8Lines)} ${one ? 'is' : 'are'} not valid UTF-8 and ${one ? 'was' : 'were'} read as Windows-1252 (Western European): check the accented letters and symbols there.`,
    );
  }

  const names = header.columnNames?.split(separator).map(columnName) ?? namesInFirstRow(rows);
  if (names && !header.columnNames) rows.shift();
  const columns = names?.length ?? mostCommonLength(rows);
  const roles = columnRoles(columns, header, names);

  const title = options.title ?? path.basename(options.fileName, path.extname(options.fileName));
  const parts = [titleHeading(title)];
  let imported = 0;
  for (const row of rows) {
    if (row.fields.length !== columns) {
      skipped.push({ line: row.line, reason: `expected ${plural(columns, 'column')}, found ${row.fields.length}` });
      continue;
    }
    const card = toCard(row, roles, header);
    if (card === null) {
      skipped.push({ line: row.line, reason: 'the question is empty' });
      continue;
    }
    parts.push(card);
    imported++;
  }
  if (rows.length === 0 && problems.length === 0) warnings.push('The file has no cards in it.');
  skipped.sort((a, b) => a.line - b.line);
  // A front like "Capital of France" is no question to the detector: the switch makes every `##` one.
  return { markdown: `${HEADINGS_ARE_CARDS}\n\n${parts.join('\n\n')}\n`, imported, skipped, warnings };
}

interface Roles {
  front: number;
  /** The answer, then any further content columns. */
  back: number[];
  tags: number | undefined;
}

function columnRoles(columns: number, header: Header, names: string[] | undefined): Roles {
  const byName = (set: Set<string>) => {
    const index = names?.findIndex((name) => set.has(name)) ?? -1;
    return index < 0 ? undefined : index;
  };
  const tags = header.tagsColumn ?? byName(TAG_NAMES);
  const content = [...Array(columns).keys()].filter((i) => i !== tags && !header.otherColumns.includes(i));
  const front = byName(FRONT_NAMES) ?? content[0] ?? 0;
  const back = byName(BACK_NAMES);
  const rest = content.filter((i) => i !== front && i !== back);
  return { front, back: back === undefined ? rest : [back, ...rest], tags };
}

/** A card's Markdown, or null when its question is empty. */
function toCard(row: DelimitedRow, roles: Roles, header: Header): string | null {
  const field = (i: number) => row.fields[i] ?? '';
  const question = questionMarkdown(fieldBlocks(field(roles.front), formatOf(field(roles.front), header)));
  if (question === '') return null;
  const answer = roles.back
    .map((i) => answerMarkdown(fieldBlocks(field(i), formatOf(field(i), header))))
    .filter((part) => part !== '')
    .join('\n\n');
  const tags = [...header.tags, ...(roles.tags === undefined ? [] : field(roles.tags).split(/\s+/))].map(obsidianTag).filter((tag) => tag !== '');
  const title = `## ${question}${[...new Set(tags)].map((tag) => ` #${tag}`).join('')}`;
  return answer === '' ? title : `${title}\n\n${answer}`;
}

function formatOf(field: string, header: Header): FieldFormat {
  if (header.html !== undefined) return header.html ? 'html' : 'text';
  return looksLikeHtml(field) ? 'html' : 'text';
}

/** Anki nests tags with `::`, Obsidian with `/`; other characters a tag cannot hold become `-`. */
function obsidianTag(tag: string): string {
  return tag.replaceAll('::', '/').replace(/[^\p{L}\p{N}_/-]/gu, '-').replace(/^\/+|\/+$/g, '');
}

/** Anki's header lines at the top of the file; other `#` lines there are comments, as in Anki. */
function readHeader(text: string): Header {
  const header: Header = { tags: [], otherColumns: [], lines: 0 };
  const lines = text.split(/\r\n|\n|\r/);
  while (header.lines < lines.length && lines[header.lines]!.startsWith('#')) {
    const match = /^#([a-z ]+):(.*)$/i.exec(lines[header.lines]!);
    header.lines++;
    if (!match) continue;
    const key = match[1]!.trim().toLowerCase();
    const value = match[2]!;
    const column = Number.parseInt(value, 10) - 1;
    if (key === 'separator') header.separator = SEPARATOR_NAMES[value.trim().toLowerCase()] ?? (value.length === 1 ? value : undefined);
    else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'tags') header.tags = value.trim().split(/\s+/).filter(Boolean);
    else if (key === 'columns') header.columnNames = value;
    else if (key === 'tags column' && column >= 0) header.tagsColumn = column;
    else if (['deck column', 'notetype column', 'guid column'].includes(key) && column >= 0) header.otherColumns.push(column);
  }
  return header;
}

/** By extension; otherwise what the first line holds most of (Anki's own exports are `.txt` with tabs). */
function separatorFor(fileName: string, body: string): string {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.csv') return ',';
  if (extension === '.tsv' || extension === '.tab') return '\t';
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  if (firstLine.includes('\t')) return '\t';
  return firstLine.split(';').length > firstLine.split(',').length ? ';' : firstLine.includes(',') ? ',' : '\t';
}

function columnName(name: string): string {
  return name.trim().toLowerCase();
}

/** A first row such as "Front,Back,Tags" names the columns instead of being a card. */
function namesInFirstRow(rows: DelimitedRow[]): string[] | undefined {
  const names = rows[0]?.fields.map(columnName);
  if (!names?.some((name) => FRONT_NAMES.has(name))) return undefined;
  const known = names.every((name) => FRONT_NAMES.has(name) || BACK_NAMES.has(name) || TAG_NAMES.has(name));
  return known ? names : undefined;
}

/** The column count most rows have: the odd row out is the damaged one. Ties go to the first seen. */
function mostCommonLength(rows: DelimitedRow[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const { fields } of rows) {
    const count = (counts.get(fields.length) ?? 0) + 1;
    counts.set(fields.length, count);
    if (count > bestCount) {
      best = fields.length;
      bestCount = count;
    }
  }
  return best;
}

function titleHeading(title: string): string {
  return toMarkdown({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }).trim();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function listLines(lines: number[]): string {
  return `${lines.slice(0, LINES_NAMED).join(', ')}${lines.length > LINES_NAMED ? ', …' : ''}`;
}
