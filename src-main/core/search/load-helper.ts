/**
 * Big loads on two cores. Reading and indexing the notes of a vault is work
 * for one thread that a second can halve: a load helper, started beside the
 * search worker (start-search-worker.ts) and connected to it by a
 * MessageChannel, reads and indexes notes from the back of a big load while
 * the worker does the front (ChunkClaims), then hands over what it indexed as
 * an IndexPart that the worker's index absorbs: the index one thread would
 * have built, note numbers and so ranking included.
 *
 * A helper serves one load, the worker's first (usually a whole vault), and
 * then ends: between loads it would only hold memory. It takes part only
 * where that pays: in a load of MIN_HELPED_NOTES or more, with a core that
 * other programs leave spare (OthersLoad), and at low priority (see
 * search.worker.ts). Without one, or if it stops, the worker does its share.
 */
import { availableParallelism, cpus } from 'node:os';
import { cpuUsage } from 'node:process';
import type { MessagePort } from 'node:worker_threads';
import { ChunkClaims } from './chunk-claims';
import { loadNotes, type Warn } from './note-loading';
import { type IndexPart, SearchIndex } from './search-index';
import type { LoadedNote, NoteFile } from './search-protocol';

/**
 * Below this, a load was measured to finish sooner alone: a helper spends its
 * first few hundred notes warming up (its own JIT), and handing its share
 * over costs the worker time too.
 */
export const MIN_HELPED_NOTES = 3000;

interface HelpRequest {
  notes: NoteFile[];
  claims: SharedArrayBuffer;
}

interface HelpReply {
  part: IndexPart;
  loaded: LoadedNote[];
  warnings: string[];
}

/**
 * How busy other programs keep the machine's cores. A helper only pays for
 * itself on a core of its own: on a machine busy with other work it made
 * loads slower (measured on a shared 2-core machine: a third slower, where on
 * an idle one it made them a third faster), even at its low priority.
 */
class OthersLoad {
  private readonly start = OthersLoad.reading();

  /** The cores other programs kept busy, on average, since this was made; null if that is too short to tell. */
  cores(): number | null {
    const now = OthersLoad.reading();
    const elapsed = now.at - this.start.at;
    if (elapsed < 100) return null;
    return (now.allBusy - this.start.allBusy - (now.ownBusy - this.start.ownBusy)) / elapsed;
  }

  /** Milliseconds: now, CPU time of every program, and of this one (all its threads). */
  private static reading() {
    const own = cpuUsage();
    return {
      at: performance.now(),
      allBusy: cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0),
      ownBusy: (own.user + own.system) / 1000,
    };
  }
}

/** The search worker's side: loads notes into its index, the first big load with the helper. */
export class HelpedLoader {
  /** Measured from the worker's start to its first load: while the main thread scans the vault. */
  private readonly othersLoad = new OthersLoad();

  constructor(
    private readonly index: SearchIndex,
    private readonly warn: Warn,
    private helper: MessagePort | null,
  ) {
    // The channel closes early only if the helper failed (to start, most likely): worth a line in the log.
    helper?.once('close', () => {
      if (this.helper !== helper) return;
      this.helper = null;
      warn('The search load helper stopped before its load; notes are indexed on one thread.');
    });
  }

  /** Reads `notes` from disk into the index; resolves with the ones that are text and their hashes. */
  async load(notes: NoteFile[]): Promise<LoadedNote[]> {
    const { index, warn } = this;
    const helper = this.helper;
    this.helper = null;
    const loaded: LoadedNote[] = [];
    if (!helper || notes.length < MIN_HELPED_NOTES || !this.hasSpareCore()) {
      helper?.close();
      loadNotes(index, notes, 0, notes.length, loaded, warn);
      return loaded;
    }
    try {
      const claims = new ChunkClaims(notes.length);
      const helped = new Promise<HelpReply | null>((resolve) => {
        helper.once('message', resolve);
        helper.once('close', () => resolve(null));
      });
      helper.postMessage({ notes, claims: claims.buffer } satisfies HelpRequest);
      for (let chunk; (chunk = claims.claimFront()); ) loadNotes(index, notes, chunk[0], chunk[1], loaded, warn);
      const [start, end] = claims.backShare();
      if (start === end) return loaded; // done before the helper took anything
      // While the helper finishes: the terms found so far join the vocabulary now, the helper's as they are absorbed.
      index.prepareForQueries();
      const reply = await helped;
      if (!reply) {
        warn('The search load helper stopped; the notes it had taken were indexed without it.');
        loadNotes(index, notes, start, end, loaded, warn);
        return loaded;
      }
      index.absorb(reply.part);
      reply.warnings.forEach(warn);
      return loaded.concat(reply.loaded);
    } finally {
      helper.close();
    }
  }

  /** Whether a core is left for the helper beside the worker's own and what other programs use. */
  private hasSpareCore(): boolean {
    const others = this.othersLoad.cores();
    return others === null || availableParallelism() - 1 - others >= 0.5;
  }
}

/** The helper's side: indexes its share of the load it is sent, hands it over and ends. */
export function serveAsHelper(searchWorker: MessagePort): void {
  searchWorker.once('message', ({ notes, claims: buffer }: HelpRequest) => {
    const index = new SearchIndex();
    const claims = new ChunkClaims(notes.length, buffer);
    const loaded: LoadedNote[] = [];
    const warnings: string[] = [];
    const positions = new Map<string, number>();
    for (let chunk; (chunk = claims.claimBack()); ) {
      loadNotes(index, notes, chunk[0], chunk[1], loaded, (warning) => warnings.push(warning));
      for (let i = chunk[0]; i < chunk[1]; i++) positions.set((notes[i] as NoteFile)[0], i);
    }
    const part = index.toPart((path) => positions.get(path) as number);
    searchWorker.postMessage({ part, loaded, warnings } satisfies HelpReply, [part.counts.buffer, part.postings.buffer]);
    searchWorker.close();
  });
}
