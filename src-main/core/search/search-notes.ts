/**
 * Answers `search:query`: ranks notes with the index, then reads only the top
 * hits from disk to cut snippets, so no note content is kept in memory.
 */
import type { SearchHit } from '../../contract';
import { splitFrontMatter } from './note-fields';
import type { SearchIndex } from './search-index';
import { buildSnippets } from './snippets';

export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * @param readNoteStart returns the beginning of a note's text, or throws. It is
 * synchronous on purpose: 20 small async reads cost 3–10 ms in thread-pool
 * round trips, synchronous ones under 1.5 ms, which is what keeps a query
 * under 10 ms. The caller bounds how much it reads per note.
 */
export function searchNotes(index: SearchIndex, readNoteStart: (path: string) => string, query: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  return index.search(query, limit).map(({ path, title, tags, terms }) => {
    let text = '';
    try {
      text = readNoteStart(path);
    } catch {
      // Deleted or made unreadable since it was indexed: still a hit, just without excerpts.
    }
    return { path, title, tags, snippets: buildSnippets(splitFrontMatter(text).body, new Set(terms)) };
  });
}
