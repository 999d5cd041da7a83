/**
 * Indexes part of a large load in a short-lived second search worker, on
 * another core: it reads and indexes its notes, hands its index over as an
 * IndexPart (its arrays transferred, not copied) and ends. Opening a vault is
 * CPU-bound in the worker (reading, hashing, tokenizing); split in two, it
 * takes a little over half the time.
 */
import type { Worker } from 'node:worker_threads';
import type { IndexPart } from './search-index';
import type { LoadedNote, NoteFile, SearchOp, SearchReply } from './search-protocol';

export async function loadInHelper(
  start: () => Promise<Worker>,
  notes: NoteFile[],
  warn: (message: string) => void,
): Promise<{ loaded: LoadedNote[]; part: IndexPart }> {
  const worker = await start();
  try {
    return await new Promise((resolve, reject) => {
      let loaded: LoadedNote[] = [];
      worker.on('message', (reply: SearchReply) => {
        if ('warning' in reply) warn(reply.warning);
        else if (!reply.ok) reject(new Error(reply.message));
        else if (reply.id === LOAD) loaded = reply.value as LoadedNote[];
        else resolve({ loaded, part: reply.value as IndexPart });
      });
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error('The search helper stopped before it finished.')));
      worker.postMessage([
        { op: 'load', id: LOAD, notes },
        { op: 'export', id: EXPORT },
      ] satisfies SearchOp[]);
    });
  } finally {
    void worker.terminate();
  }
}

const LOAD = 1;
const EXPORT = 2;
