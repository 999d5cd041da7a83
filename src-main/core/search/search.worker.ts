/**
 * The search worker: reads the notes of a vault, indexes them and answers
 * queries, so the CPU-heavy part of opening a vault (over a second for 10,000
 * notes) runs beside the main thread instead of stalling every request while
 * it lasts. SearchClient starts it and is its only peer. The same script also
 * runs as the load helper started beside it (load-helper.ts).
 */
import { setPriority } from 'node:os';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { HelpedLoader, serveAsHelper } from './load-helper';
import { indexNote } from './note-loading';
import { SearchIndex } from './search-index';
import { readNoteStart, searchNotes } from './search-notes';
import type { LoadedNote, LoadHelperData, NoteFile, SearchOp, SearchReply, SearchWorkerData } from './search-protocol';
import { errorMessage } from '../util/error-message';

const port = parentPort!;
const data = workerData as SearchWorkerData | LoadHelperData | undefined;
if (data && 'searchWorker' in data) {
  // A helper only makes a load faster on a core nobody else wants: sharing
  // one with the worker (or other programs) slows the worker down, often by
  // more than the helper gains. At the lowest priority it runs on an idle core
  // and gives way on a busy one. On Linux a thread's nice value is its own;
  // elsewhere it would be the whole app's, so there the helper runs as it is.
  if (process.platform === 'linux') setPriority(19);
  serveAsHelper(data.searchWorker);
} else {
  serveSearch(data?.helper ?? null);
}

function serveSearch(helper: MessagePort | null) {
  const index = new SearchIndex();
  const send = (reply: SearchReply) => port.postMessage(reply);
  const warn = (warning: string) => send({ warning });
  const loader = new HelpedLoader(index, warn, helper);
  // Operations wait here while a load waits for its helper, so they still apply in the order sent.
  const queue: SearchOp[] = [];
  let draining = false;

  port.on('message', (ops: SearchOp[]) => {
    queue.push(...ops);
    if (!draining) void drain();
  });

  async function drain() {
    draining = true;
    for (let op; (op = queue.shift()); ) {
      if (op.op === 'load') send({ id: op.id, ok: true, value: await load(op.notes) });
      else apply(op);
    }
    draining = false;
  }

  async function load(notes: NoteFile[]): Promise<LoadedNote[]> {
    const loaded = await loader.load(notes);
    index.prepareForQueries();
    return loaded;
  }

  function apply(op: Exclude<SearchOp, { op: 'load' }>): void {
    switch (op.op) {
      case 'add':
        indexNote(index, op.note, op.text, warn);
        return;
      case 'remove':
        index.remove(op.path);
        return;
      case 'query':
        try {
          send({ id: op.id, ok: true, value: searchNotes(index, readNoteStart, op.query, op.limit) });
        } catch (error) {
          send({ id: op.id, ok: false, message: errorMessage(error) });
        }
    }
  }
}
