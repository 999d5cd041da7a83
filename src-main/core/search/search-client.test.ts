/**
 * The worker boundary: real search workers for what they answer, and a
 * stand-in worker where a test needs a crash at an exact moment.
 */
import { EventEmitter } from 'node:events';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../testing/test-core';
import { MAX_RESTARTS, SearchClient, type SearchClientOptions, SearchRestarted, SearchUnavailable } from './search-client';
import { MIN_HELPED_NOTES } from './load-helper';
import { loadNotes } from './note-loading';
import { SearchIndex } from './search-index';
import { readNoteStart, searchNotes } from './search-notes';
import type { LoadedNote, NoteFile } from './search-protocol';
import { startSearchWorker } from './start-search-worker';

let dir: string;
let notes: NoteFile[];
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'search-client-'));
  notes = [];
  for (let i = 0; i < 40; i++) {
    const file = path.join(dir, `note-${i}.md`);
    await fsp.writeFile(file, `# Note ${i}\nShared words in every note, and w${i}x only here.\n`);
    notes.push([`note-${i}.md`, file]);
  }
  await fsp.writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x00]));
  notes.push(['binary.md', path.join(dir, 'binary.md')]);
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const clients: SearchClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()));
});

/** A client whose workers the test can reach, and whether each has exited. */
function clientWith(options: Partial<SearchClientOptions> = {}) {
  const workers: { worker: Worker; exited: Promise<number> }[] = [];
  const client = new SearchClient({
    logger: silentLogger,
    knownNotes: () => [],
    start: async () => {
      const worker = await startSearchWorker();
      workers.push({ worker, exited: new Promise((resolve) => worker.once('exit', resolve)) });
      return worker;
    },
    ...options,
  });
  clients.push(client);
  return { client, workers };
}

const hitPaths = async (client: SearchClient, query: string) => (await client.search(query, 50)).map((hit) => hit.path).sort();

describe('SearchClient with real workers', () => {
  it('loads notes with their hashes, leaving out files that are not text', async () => {
    const { client } = clientWith();
    const loaded = await client.load(notes);
    expect(loaded).toHaveLength(40);
    expect(loaded.map(([p]) => p)).not.toContain('binary.md');
    expect(loaded[0]![1]).toMatch(/^[0-9a-f]{64}$/);
    const [hit] = await client.search('w7x');
    expect(hit).toMatchObject({ path: 'note-7.md', title: 'Note 7' });
    expect(hit!.snippets[0]!.text).toContain('w7x');
  });

  it('answers a query sent while a load is indexing only once the whole load is in', async () => {
    const { client } = clientWith();
    const loading = client.load(notes);
    const answered = await client.search('shared', 50);
    expect(answered).toHaveLength(40);
    await loading;
  });

  it('rebuilds from the known notes after the worker dies, and search works again', async () => {
    const known = notes.slice(0, 5);
    const { client, workers } = clientWith({ knownNotes: () => known });
    await client.load(known);
    await workers[0]!.worker.terminate(); // as a crash looks from outside
    expect(await hitPaths(client, 'shared')).toEqual(known.map(([p]) => p).sort());
    expect(workers).toHaveLength(2);
  });

  it('shares a big load with its helper thread, and finds just what one thread would have indexed', async () => {
    const many: NoteFile[] = [];
    const folder = path.join(dir, 'many');
    await fsp.mkdir(folder);
    for (let i = 0; i < MIN_HELPED_NOTES + 1000; i++) many.push([`many/n${i}.md`, path.join(folder, `n${i}.md`)]);
    await Promise.all(many.map(([, file], i) => fsp.writeFile(file, `# Many ${i}\n${['red green', 'green blue', 'blue red'][i % 3]} m${i % 11}x\n`)));
    const { client } = clientWith();
    const loaded = await client.load(many);
    const alone = new SearchIndex();
    const loadedAlone: LoadedNote[] = [];
    loadNotes(alone, many, 0, many.length, loadedAlone, () => {});
    expect(loaded.sort()).toEqual(loadedAlone.sort());
    for (const query of ['red', 'green blue', 'm7x', 'blu', 'many 1234']) {
      expect(await client.search(query, 30)).toEqual(searchNotes(alone, readNoteStart, query, 30));
    }
  }, 30_000);

  it('stop() ends the worker', async () => {
    const { client, workers } = clientWith();
    await client.load(notes.slice(0, 3));
    await client.stop();
    expect(await workers[0]!.exited).toBe(1);
    await expect(client.search('shared')).rejects.toMatchObject({ code: 'NO_VAULT' });
  });
});

/** Enough of a Worker for the client: it records what it is sent and crashes on demand. */
class StandInWorker extends EventEmitter {
  readonly received: unknown[][] = [];
  postMessage(ops: unknown[]) {
    this.received.push(ops);
  }
  crash() {
    this.emit('exit', 1);
  }
  terminate() {
    return Promise.resolve(1);
  }
  ref() {}
  unref() {}
}

function clientWithStandIns() {
  const workers: StandInWorker[] = [];
  const client = new SearchClient({
    logger: silentLogger,
    knownNotes: () => [['known.md', '/vault/known.md']],
    start: async () => {
      const worker = new StandInWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });
  clients.push(client);
  return { client, workers };
}

const started = () => new Promise((resolve) => setImmediate(resolve));

describe('SearchClient when the worker crashes', () => {
  it('fails what was in flight with a clear error and sends a new worker the known notes first', async () => {
    const { client, workers } = clientWithStandIns();
    await started();
    const query = client.search('anything');
    const load = client.load([['new.md', '/vault/new.md']]);
    workers[0]!.crash();
    await expect(query).rejects.toBeInstanceOf(SearchRestarted);
    await expect(query).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/being rebuilt/) });
    await expect(load).rejects.toBeInstanceOf(SearchRestarted);
    const again = client.search('again');
    await started();
    expect(workers[1]!.received.flat()).toEqual([
      { op: 'load', id: expect.any(Number), notes: [['known.md', '/vault/known.md']] },
      { op: 'query', id: expect.any(Number), query: 'again', limit: 20 },
    ]);
    await client.stop();
    await expect(again).rejects.toMatchObject({ code: 'NO_VAULT' });
  });

  it(`gives up after ${MAX_RESTARTS} restarts: search says it is unavailable, updates are dropped`, async () => {
    const { client, workers } = clientWithStandIns();
    for (let crash = 0; crash <= MAX_RESTARTS; crash++) {
      await started();
      workers.at(-1)!.crash();
    }
    await started();
    expect(workers).toHaveLength(MAX_RESTARTS + 1);
    await expect(client.search('anything')).rejects.toBeInstanceOf(SearchUnavailable);
    await expect(client.search('anything')).rejects.toMatchObject({ message: expect.stringMatching(/Notes can still be opened, edited and saved/) });
    await expect(client.load([])).rejects.toBeInstanceOf(SearchUnavailable);
    client.add(['a.md', '/vault/a.md'], 'text');
    await started();
    expect(workers.at(-1)!.received.flat().filter((op) => (op as { op: string }).op === 'add')).toEqual([]);
  });
});
