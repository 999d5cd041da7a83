/**
 * Cuts short excerpts around the matched words of a search hit, with the
 * highlight ranges relative to each excerpt's own text.
 */
import type { SearchHit } from '../../contract';
import { scanWords } from './tokenize';

export type Snippet = SearchHit['snippets'][number];

const ELLIPSIS = '…';

export function buildSnippets(body: string, terms: ReadonlySet<string>, options: { max?: number; radius?: number } = {}): Snippet[] {
  const { max = 3, radius = 60 } = options;
  const termLengths = new Set([...terms].map((term) => term.length));
  const matches: [number, number][] = [];
  const windows: [number, number][] = [];
  scanWords(body, (start, end) => {
    const last = windows[windows.length - 1];
    if (windows.length === max && last && start >= last[1]) return false; // every excerpt is complete
    // Most words cannot match by length alone; only those are sliced and compared.
    if (!termLengths.has(end - start) || !terms.has(body.slice(start, end).toLowerCase())) return;
    matches.push([start, end]);
    if (last && start < last[1]) return; // shown in the previous excerpt
    if (windows.length < max) windows.push([wordStartAtOrAfter(body, start - radius, start), wordEndAtOrBefore(body, end + radius, end)]);
  });
  if (matches.length === 0) return openingSnippet(body, radius * 2);

  return windows.map(([from, to]) => {
    const lead = from > 0 ? ELLIPSIS : '';
    const text = lead + flattenWhitespace(body.slice(from, to)) + (to < body.length ? ELLIPSIS : '');
    const highlights = matches
      .filter(([start, end]) => start >= from && end <= to)
      .map(([start, end]): [number, number] => [start - from + lead.length, end - from + lead.length]);
    return { text, highlights };
  });
}

/** For a hit that matched only in its title or tags: the start of the note. */
function openingSnippet(body: string, length: number): Snippet[] {
  const start = body.search(/\S/);
  if (start < 0) return [];
  const end = wordEndAtOrBefore(body, start + length, Math.min(body.length, start + length));
  return [{ text: flattenWhitespace(body.slice(start, end)) + (end < body.length ? ELLIPSIS : ''), highlights: [] }];
}

/** Same length as the input, so highlight offsets stay valid. */
function flattenWhitespace(text: string): string {
  return text.replace(/[\r\n\t]/g, ' ');
}

function wordStartAtOrAfter(text: string, index: number, limit: number): number {
  if (index <= 0) return 0;
  const space = text.slice(index, limit).search(/\s/);
  return space < 0 ? index : index + space + 1;
}

function wordEndAtOrBefore(text: string, index: number, limit: number): number {
  if (index >= text.length) return text.length;
  const space = text.slice(limit, index).lastIndexOf(' ');
  const newline = text.slice(limit, index).lastIndexOf('\n');
  const cut = Math.max(space, newline);
  return cut < 0 ? index : limit + cut;
}
