/**
 * What the search worker and its load helper do per note: read it from disk
 * and index it, the same way in both threads.
 */
import { readTextFileSync } from '../fs/text-file';
import { extractNoteFields } from './note-fields';
import type { SearchIndex } from './search-index';
import type { LoadedNote, NoteFile } from './search-protocol';
import { errorMessage } from '../util/error-message';

export type Warn = (message: string) => void;

/** Reads notes[start, end) and indexes them; adds the ones that are text, with their hashes, to `loaded`. */
export function loadNotes(index: SearchIndex, notes: readonly NoteFile[], start: number, end: number, loaded: LoadedNote[], warn: Warn): void {
  for (let i = start; i < end; i++) {
    const note = notes[i] as NoteFile;
    let read;
    try {
      read = readTextFileSync(note[1], note[0]);
    } catch {
      continue; // Not searchable (binary, too large, gone), still listed in the tree; opening it shows the reason.
    }
    indexNote(index, note, read.content, warn);
    loaded.push([note[0], read.hash]);
  }
}

export function indexNote(index: SearchIndex, note: NoteFile, text: string, warn: Warn): void {
  try {
    index.upsert(note, extractNoteFields(note[0], text));
  } catch (error) {
    // One note the indexer cannot handle must not take search down for the others.
    index.remove(note[0]);
    warn(`“${note[0]}” could not be indexed for search: ${errorMessage(error)}`);
  }
}
