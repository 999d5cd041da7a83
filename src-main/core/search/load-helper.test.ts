/**
 * The worker's and the helper's sides of a shared load, in this thread, over
 * a stand-in channel: what the worker sends is handled at once, so the helper
 * is as far ahead as a test needs. Real threads: search-client.test.ts.
 */
import { EventEmitter } from 'node:events';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChunkClaims } from './chunk-claims';
import { HelpedLoader, MIN_HELPED_NOTES, serveAsHelper } from './load-helper';
import { loadNotes } from './note-loading';
import { SearchIndex } from './search-index';
import type { NoteFile } from './search-protocol';

let dir: string;
let notes: NoteFile[];
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'load-helper-'));
  notes = [];
  for (let i = 0; i < MIN_HELPED_NOTES + 100; i++) {
    const file = path.join(dir, `note-${i}.md`);
    // Few kinds of note, so that many scores tie and the order of ties is checked too.
    await fsp.writeFile(file, `# Note ${i}\n${['alpha beta', 'beta gamma', 'gamma alpha'][i % 3]} w${i % 7}x\n`);
    notes.push([`note-${i}.md`, file]);
  }
  await fsp.writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x00]));
  notes.splice(42, 0, ['binary.md', path.join(dir, 'binary.md')]);
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** One end of the stand-in channel. */
class End extends EventEmitter {
  peer!: End;
  closed = false;
  constructor(private readonly handlesAtOnce: boolean) {
    super();
  }
  postMessage(message: unknown) {
    if (this.peer.handlesAtOnce) this.peer.emit('message', message);
    else setImmediate(() => this.peer.emit('message', message));
  }
  close() {
    for (const end of [this, this.peer]) {
      if (end.closed) continue;
      end.closed = true;
      setImmediate(() => end.emit('close'));
    }
  }
}

function channel() {
  const worker = new End(false);
  const helper = new End(true);
  worker.peer = helper;
  helper.peer = worker;
  return { worker, helper, port: (end: End) => end as unknown as MessagePort };
}

const queries = ['alpha', 'beta gamma', 'w3x', 'gam', 'note 420', 'gamma w5x'];

function loadedByOneThread() {
  const index = new SearchIndex();
  const loaded: [string, string][] = [];
  loadNotes(index, notes, 0, notes.length, loaded, () => {});
  return { index, loaded };
}

describe('HelpedLoader', () => {
  it('absorbs what the helper indexed: the index, and the hashes, one thread would have', async () => {
    const { worker, helper, port } = channel();
    serveAsHelper(port(helper));
    const index = new SearchIndex();
    const loaded = await new HelpedLoader(index, () => {}, port(worker)).load(notes);
    const alone = loadedByOneThread();
    expect(loaded.sort()).toEqual(alone.loaded.sort());
    for (const query of queries) expect(index.search(query, 100)).toEqual(alone.index.search(query, 100));
    expect(helper.closed).toBe(true);
  });

  it('indexes the share of a helper that stopped after taking it, and says so', async () => {
    const { worker, helper, port } = channel();
    helper.once('message', ({ claims }: { claims: SharedArrayBuffer }) => {
      const taken = new ChunkClaims(notes.length, claims);
      for (let i = 0; i < 3; i++) taken.claimBack();
      helper.close();
    });
    const index = new SearchIndex();
    const warnings: string[] = [];
    const loaded = await new HelpedLoader(index, (warning) => warnings.push(warning), port(worker)).load(notes);
    const alone = loadedByOneThread();
    expect(loaded.sort()).toEqual(alone.loaded.sort());
    expect(index.size).toBe(alone.index.size);
    expect(index.search('w6x', 10)).toHaveLength(10);
    expect(warnings).toEqual([expect.stringMatching(/helper stopped/)]);
  });

  it('reports a helper that stopped before its load, and loads alone', async () => {
    const { worker, helper, port } = channel();
    const warnings: string[] = [];
    const loader = new HelpedLoader(new SearchIndex(), (warning) => warnings.push(warning), port(worker));
    helper.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([expect.stringMatching(/stopped before its load/)]);
    expect(await loader.load(notes)).toHaveLength(notes.length - 1);
  });

  it('loads a small load alone, and lets the helper go', async () => {
    const { worker, helper, port } = channel();
    const sent: unknown[] = [];
    helper.on('message', (message) => sent.push(message));
    const index = new SearchIndex();
    const loaded = await new HelpedLoader(index, () => {}, port(worker)).load(notes.slice(0, 10));
    expect(loaded).toHaveLength(10);
    expect(sent).toEqual([]);
    expect(helper.closed).toBe(true);
  });
});
