/**
 * The messages between SearchClient (main thread) and search workers. The
 * client sends arrays of operations, which a worker applies in order: that
 * order is what makes a query see every add, load and remove sent before it.
 * Every note comes with its absolute file, so a worker only ever reads files
 * the main thread named.
 */
import type { SearchHit } from '../../contract';
import type { IndexPart } from './search-index';

/** A vault-relative note path and the absolute file it is read from. */
export type NoteFile = [path: string, file: string];

/** A note that `load` read and indexed, with the sha256 of its bytes. */
export type LoadedNote = [path: string, hash: string];

export type SearchOp =
  /** Indexes content the main thread has in hand, replacing what was indexed under the path. */
  | { op: 'add'; note: NoteFile; text: string }
  | { op: 'remove'; path: string }
  /**
   * Reads notes from disk and indexes them; answered with those that are
   * text. With `merge`, the rest of the load is being indexed by a helper
   * worker: queries wait for the `merge` with the same id.
   */
  | { op: 'load'; id: number; notes: NoteFile[]; merge?: true }
  /** Answered with this worker's whole index: how a helper hands its part over. */
  | { op: 'export'; id: number }
  /** Takes over a helper's part of load `id` (null if the helper failed and its notes were loaded here). */
  | { op: 'merge'; id: number; part: IndexPart | null; notes: NoteFile[] }
  | { op: 'query'; id: number; query: string; limit: number };

export type SearchReply =
  | { id: number; ok: true; value?: LoadedNote[] | SearchHit[] | IndexPart }
  | { id: number; ok: false; message: string }
  /** Something the main thread should log: a worker has no logger of its own. */
  | { warning: string };
