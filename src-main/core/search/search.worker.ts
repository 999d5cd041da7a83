/**
 * The search worker: reads the notes of a vault, indexes them and answers
 * queries, so the CPU-heavy part of opening a vault (over a second for 10,000
 * notes) runs beside the main thread instead of stalling every request while
 * it lasts. SearchClient starts it and is its only peer.
 */
import { parentPort } from 'node:worker_threads';
import { readTextFileSync } from '../fs/text-file';
import { extractNoteFields } from './note-fields';
import { SearchIndex } from './search-index';
import { readNoteStart, searchNotes } from './search-notes';
import type { LoadedNote, NoteFile, SearchOp, SearchReply } from './search-protocol';

const port = parentPort!;
const index = new SearchIndex();
/** Each indexed note's file, where snippets are read from. */
const files = new Map<string, string>();
const send = (reply: SearchReply) => port.postMessage(reply);

port.on('message', (ops: SearchOp[]) => {
  for (const op of ops) apply(op);
});

function apply(op: SearchOp): void {
  switch (op.op) {
    case 'add':
      indexNote(op.note, op.text);
      return;
    case 'remove':
      index.remove(op.path);
      files.delete(op.path);
      return;
    case 'load':
      send({ id: op.id, ok: true, value: load(op.notes) });
      return;
    case 'query':
      try {
        send({ id: op.id, ok: true, value: searchNotes(index, (path) => readNoteStart(files.get(path) as string), op.query, op.limit) });
      } catch (error) {
        send({ id: op.id, ok: false, message: describe(error) });
      }
  }
}

function load(notes: NoteFile[]): LoadedNote[] {
  const loaded: LoadedNote[] = [];
  for (const note of notes) {
    let read;
    try {
      read = readTextFileSync(note[1], note[0]);
    } catch {
      continue; // Not searchable (binary, too large, gone), still listed in the tree; opening it shows the reason.
    }
    indexNote(note, read.content);
    loaded.push([note[0], read.hash]);
  }
  index.prepareForQueries();
  return loaded;
}

function indexNote([path, file]: NoteFile, text: string): void {
  try {
    index.upsert(path, extractNoteFields(path, text));
    files.set(path, file);
  } catch (error) {
    // One note the indexer cannot handle must not take search down for the others.
    index.remove(path);
    files.delete(path);
    send({ warning: `“${path}” could not be indexed for search: ${describe(error)}` });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
