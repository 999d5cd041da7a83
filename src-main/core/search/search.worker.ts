/**
 * A search worker: reads the notes of a vault, indexes them and answers
 * queries, so the CPU-heavy part of opening a vault (about a second for
 * 10,000 notes) runs beside the main thread instead of stalling every request
 * while it lasts. SearchClient starts one for the vault, and for a large load
 * briefly a helper, which indexes part of the notes and exports its index.
 */
import { parentPort } from 'node:worker_threads';
import { readTextBytesSync, utf8Text } from '../fs/text-file';
import { extractNoteFields } from './note-fields';
import { type IndexPart, SearchIndex } from './search-index';
import { readNoteStart, searchNotes } from './search-notes';
import type { LoadedNote, NoteFile, SearchOp, SearchReply } from './search-protocol';

const port = parentPort!;
const index = new SearchIndex();
/** Each indexed note's file, where snippets are read from. */
const files = new Map<string, string>();
/** Per load waiting for a helper's part: the paths added or removed here since, which the part must not override. */
const merges = new Map<number, Set<string>>();
/** Queries that arrived while a merge was pending: a partial index must not answer. */
let deferred: Extract<SearchOp, { op: 'query' }>[] = [];
const send = (reply: SearchReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

port.on('message', (ops: SearchOp[]) => {
  for (const op of ops) apply(op);
});

function apply(op: SearchOp): void {
  switch (op.op) {
    case 'add':
      touched(op.note[0]);
      indexNote(op.note, op.text);
      return;
    case 'remove':
      touched(op.path);
      index.remove(op.path);
      files.delete(op.path);
      return;
    case 'load':
      send({ id: op.id, ok: true, value: load(op.notes) });
      if (op.merge) merges.set(op.id, new Set());
      return;
    case 'export': {
      const part = index.export();
      send({ id: op.id, ok: true, value: part }, [part.offsets.buffer as ArrayBuffer, part.postings.buffer as ArrayBuffer]);
      return;
    }
    case 'merge':
      merge(op.id, op.part, op.notes);
      send({ id: op.id, ok: true });
      return;
    case 'query':
      if (merges.size > 0) deferred.push(op);
      else answer(op);
  }
}

function load(notes: NoteFile[]): LoadedNote[] {
  const loaded: LoadedNote[] = [];
  for (const note of notes) {
    let read;
    try {
      read = readTextBytesSync(note[1], note[0]);
    } catch {
      continue; // Not searchable (binary, too large, gone), still listed in the tree; opening it shows the reason.
    }
    indexNote(note, utf8Text(read.bytes));
    loaded.push([note[0], read.hash]);
  }
  index.prepareForQueries();
  return loaded;
}

function merge(id: number, part: IndexPart | null, notes: NoteFile[]): void {
  const skip = merges.get(id) ?? new Set();
  merges.delete(id);
  if (part) {
    index.absorb(part, skip);
    for (const [path, file] of notes) if (index.has(path)) files.set(path, file);
  }
  index.prepareForQueries();
  if (merges.size > 0) return;
  const waiting = deferred;
  deferred = [];
  waiting.forEach(answer);
}

function answer(op: Extract<SearchOp, { op: 'query' }>): void {
  try {
    send({ id: op.id, ok: true, value: searchNotes(index, (path) => readNoteStart(files.get(path) as string), op.query, op.limit) });
  } catch (error) {
    send({ id: op.id, ok: false, message: describe(error) });
  }
}

function touched(path: string): void {
  for (const paths of merges.values()) paths.add(path);
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
