/**
 * The main thread's side of search: sends index updates, loads and queries to
 * the search worker (search.worker.ts) and matches its answers to requests.
 *
 * Updates sent within one turn of the event loop go out as one message;
 * loads and queries go out at once. The worker applies everything in the
 * order it was sent, so a query sees every update sent before it.
 *
 * If the worker dies (a crash, running out of memory), everything in flight
 * fails with SearchRestarted, and a new worker is started and sent, before
 * anything else, a load of every note the vault knows (`knownNotes`); queries
 * sent meanwhile are answered after that. After MAX_RESTARTS the client gives
 * up: search reports that it is unavailable (SearchUnavailable), and the rest
 * of the app keeps working.
 */
import type { Worker } from 'node:worker_threads';
import type { SearchHit } from '../../contract';
import { CoachError } from '../../contract';
import type { Logger } from '../types';
import type { LoadedNote, NoteFile, SearchOp, SearchReply } from './search-protocol';
import { startSearchWorker } from './start-search-worker';

export const MAX_RESTARTS = 3;
export const DEFAULT_SEARCH_LIMIT = 20;

export class SearchRestarted extends CoachError {
  constructor() {
    super('INTERNAL', 'Search stopped unexpectedly and is being rebuilt. Try again in a moment.');
  }
}

export class SearchUnavailable extends CoachError {
  constructor() {
    super(
      'INTERNAL',
      'Search is unavailable: its indexer stopped working several times. Notes can still be opened, edited and saved; reopen the vault to try search again.',
    );
  }
}

type Request = Extract<SearchOp, { id: number }>;

interface Waiting {
  request: Request;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface SearchClientOptions {
  logger: Logger;
  /** Every note the vault knows, to fill a restarted worker. */
  knownNotes: () => NoteFile[];
  /** How the worker starts; tests pass one that lets them kill it. */
  start?: () => Promise<Worker>;
}

export class SearchClient {
  private worker: Worker | null = null;
  private starting: Promise<void> = Promise.resolve();
  private outbox: SearchOp[] = [];
  private flushQueued = false;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private restarts = 0;
  private state: 'running' | 'failed' | 'stopped' = 'running';

  constructor(private readonly options: SearchClientOptions) {
    this.spawn();
  }

  /** Indexes content in hand (a note we read, wrote or saw change), replacing what the path had. */
  add(note: NoteFile, text: string): void {
    this.queue({ op: 'add', note, text });
  }

  remove(path: string): void {
    this.queue({ op: 'remove', path });
  }

  /**
   * Reads notes from disk and indexes them, in the worker. Resolves with the
   * notes that are text and their hashes, once the index is ready for
   * queries; unreadable ones (binary, too large, gone) are left out.
   */
  load(notes: NoteFile[]): Promise<LoadedNote[]> {
    return this.request({ op: 'load', id: this.nextId++, notes }) as Promise<LoadedNote[]>;
  }

  search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    return this.request({ op: 'query', id: this.nextId++, query, limit }) as Promise<SearchHit[]>;
  }

  /** Ends the worker; anything still waiting fails. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    for (const { reject } of this.waiting.values()) reject(closed());
    this.waiting.clear();
    this.outbox = [];
    await this.starting;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private queue(op: SearchOp) {
    if (this.state !== 'running') return;
    this.outbox.push(op);
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private request(request: Request): Promise<unknown> {
    if (this.state === 'failed') return Promise.reject(new SearchUnavailable());
    if (this.state === 'stopped') return Promise.reject(closed());
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { request, resolve, reject });
      this.updateRef();
      this.outbox.push(request);
      this.flush();
    });
  }

  private flush() {
    if (!this.worker || this.outbox.length === 0) return;
    this.worker.postMessage(this.outbox);
    this.outbox = [];
  }

  private spawn() {
    const start = this.options.start ?? startSearchWorker;
    this.starting = start().then(
      (worker) => {
        if (this.state === 'stopped') return void worker.terminate();
        worker.on('message', (reply: SearchReply) => this.onReply(reply));
        worker.on('error', (error) => this.options.logger.error('The search worker failed', error));
        worker.on('exit', () => this.worker === worker && this.crashed());
        this.worker = worker;
        this.updateRef();
        this.flush();
      },
      (error) => {
        this.options.logger.error('The search worker could not start', error);
        this.crashed();
      },
    );
  }

  private onReply(reply: SearchReply) {
    if ('warning' in reply) return this.options.logger.warn(reply.warning);
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    this.updateRef();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new CoachError('INTERNAL', `Search failed: ${reply.message}`));
  }

  /** An idle worker must not keep a process alive on its own (a test run, a script); one with requests pending must. */
  private updateRef() {
    if (this.waiting.size > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  private crashed() {
    this.worker = null;
    if (this.state !== 'running') return;
    const failed = ++this.restarts > MAX_RESTARTS;
    for (const { reject } of this.waiting.values()) reject(failed ? new SearchUnavailable() : new SearchRestarted());
    this.waiting.clear();
    if (failed) {
      this.options.logger.error(`The search worker stopped ${this.restarts} times; search is off until the vault is opened again`);
      this.state = 'failed';
      this.outbox = [];
      return;
    }
    this.options.logger.warn('The search worker stopped unexpectedly; rebuilding the search index');
    // The whole vault first, then whatever was not sent yet. Its answer goes nowhere: the catalog knows these notes.
    this.outbox.unshift({ op: 'load', id: this.nextId++, notes: this.options.knownNotes() });
    this.spawn();
  }
}

function closed(): CoachError {
  return new CoachError('NO_VAULT', 'The vault was closed before the search finished.');
}
