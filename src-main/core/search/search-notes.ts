/**
 * Answers `search:query`: ranks notes with the index, then reads only the top
 * hits from disk to cut snippets, so no note content is kept in memory.
 */
import * as fs from 'node:fs';
import type { SearchHit } from '../../contract';
import { splitFrontMatter } from './note-fields';
import type { SearchIndex } from './search-index';
import { buildSnippets } from './snippets';

/**
 * @param readNoteStart returns the beginning of a note's file, or throws. It is
 * synchronous on purpose: 20 small async reads cost 3–10 ms in thread-pool
 * round trips, synchronous ones under 1.5 ms, which is what keeps a query
 * under 10 ms. It runs on the search worker, so it blocks nothing else.
 */
export function searchNotes(index: SearchIndex, readNoteStart: (file: string) => string, query: string, limit: number): SearchHit[] {
  return index.search(query, limit).map(({ path, file, title, tags, terms }) => {
    let text = '';
    try {
      text = readNoteStart(file);
    } catch {
      // Deleted or made unreadable since it was indexed: still a hit, just without excerpts.
    }
    return { path, title, tags, snippets: buildSnippets(splitFrontMatter(text).body, new Set(terms)) };
  });
}

/** Snippets come from the first SNIPPET_SOURCE_BYTES of a note, which also bounds the synchronous read. */
const SNIPPET_SOURCE_BYTES = 256 * 1024;

export function readNoteStart(absolute: string): string {
  const fd = fs.openSync(absolute, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.min(fs.fstatSync(fd).size, SNIPPET_SOURCE_BYTES));
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    // Not fatal: a cut in the middle of a character at the end only costs that character.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
}
