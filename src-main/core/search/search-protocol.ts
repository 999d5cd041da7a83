/**
 * The messages between SearchClient (main thread) and the search worker. The
 * client sends arrays of operations, which the worker applies in order: that
 * order is what makes a query see every add, load and remove sent before it.
 * Every note comes with its absolute file, so the worker only ever reads
 * files the main thread named.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SearchHit } from '../../contract';

/** A vault-relative note path and the absolute file it is read from. */
export type NoteFile = [path: string, file: string];

/** A note that `load` read and indexed, with the sha256 of its bytes. */
export type LoadedNote = [path: string, hash: string];

export type SearchOp =
  /** Indexes content the main thread has in hand, replacing what was indexed under the path. */
  | { op: 'add'; note: NoteFile; text: string }
  | { op: 'remove'; path: string }
  /** Reads notes from disk and indexes them; answered with those that are text, once the index is ready for queries. */
  | { op: 'load'; id: number; notes: NoteFile[] }
  | { op: 'query'; id: number; query: string; limit: number };

export type SearchReply =
  | { id: number; ok: true; value: LoadedNote[] | SearchHit[] }
  | { id: number; ok: false; message: string }
  /** Something the main thread should log: the worker has no logger of its own. */
  | { warning: string };

/** The search worker's `workerData`: its port to the load helper started beside it, if there is one. */
export interface SearchWorkerData {
  helper: MessagePort | null;
}

/** A load helper's `workerData` (load-helper.ts; the same script): its port to the search worker. */
export interface LoadHelperData {
  searchWorker: MessagePort;
}
