/**
 * Vault figures on a generated vault of 10,000 notes (~5 KB each, nested):
 * opening it until tree and search index are ready, and reading every note
 * and detecting its drill cards, against plain reads of the same files in
 * the same run; search latency; atomic save latency; and
 * the resident memory of a browser-mode host process with the vault open.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../src-main/core';
import { fakePlatform } from '../src-main/core/testing/fake-platform';
import { scanVaultCards } from './cards';
import { median, percentile, round, time } from './stats';
import { noteText, writeVault } from './vault-fixture';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 3;
/** The same number of reads in flight as the core uses, so the baseline is no slower than it needs to be. */
const BASELINE_CONCURRENCY = 32;

export async function measure(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'coach-bench-vault-'));
  try {
    const vault = join(dir, 'vault');
    const files = await writeVault(vault);
    const reads: number[] = [];
    const opens: number[] = [];
    const detections: number[] = [];
    let lastCore: ReturnType<typeof createCore> | undefined;
    // Alternate them, so none always runs on a warmer cache.
    for (let run = 0; run < RUNS; run++) {
      // Stopped first: its drills read the vault's cards in the background after opening, which would slow what is timed next.
      await lastCore?.stop();
      reads.push(await time(() => readAll(files)));
      detections.push(await time(() => scanVaultCards(files)));
      const core = createCore({
        dataDir: join(dir, `data-${run}`),
        defaultVaultDir: join(dir, 'default'),
        starterDir: join(ROOT, 'resources', 'starter-vault'),
        platform: fakePlatform(),
      });
      await core.start();
      opens.push(await time(() => core.handlers['vault:open']({ path: vault })));
      lastCore = core;
    }
    const core = lastCore!;
    await cardsRead(core);
    const figures = {
      vault_read_10k_ms: round(median(reads)),
      vault_open_10k_ms: round(median(opens)),
      vault_cards_10k_ms: round(median(detections)),
      search_p95_ms: round(await searchP95(core)),
      save_p95_ms: round(await saveP95(core)),
    };
    const cardCount = await cardsRead(core); // after the saves, which changed a note's cards
    await core.stop();
    const rss = await hostRssMb(vault, join(dir, 'host-data'), cardCount);
    return { ...figures, main_rss_10k_mb: round(rss.restingMb), main_rss_10k_peak_mb: round(rss.peakMb) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Waits until the open vault's drills have read its cards (search and saves are timed on a settled app); returns how many there are. */
async function cardsRead(core: ReturnType<typeof createCore>): Promise<number> {
  for (;;) {
    const overview = await core.handlers['drills:overview']({});
    if (overview.ready) return overview.all.total;
    await new Promise((settle) => setTimeout(settle, 50));
  }
}

async function readAll(files: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) await readFile(files[next++]!, 'utf8');
  };
  await Promise.all(Array.from({ length: BASELINE_CONCURRENCY }, worker));
}

const QUERIES = ['redis', 'idempotence retry', 'goroutine', 'dead', 'latency throughput', 'memory allocation', 'event loop', 'schedulr', 'partit', 'transaction lock', 'kernel', 'closure promise'];

async function searchP95(core: ReturnType<typeof createCore>): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of QUERIES) samples.push(await time(() => core.handlers['search:query']({ query, limit: 30 })));
  }
  return percentile(samples.slice(QUERIES.length), 95); // the first round warms up
}

async function saveP95(core: ReturnType<typeof createCore>): Promise<number> {
  const path = 'area-0/topic-0/set-0/note-0.md';
  const base = noteText(0, 100_000);
  let { hash } = await core.handlers['notes:read']({ path });
  const samples: number[] = [];
  for (let i = 0; i < 60; i++) {
    const content = `${base}\nEdit ${i}\n`;
    samples.push(
      await time(async () => {
        ({ hash } = await core.handlers['notes:write']({ path, content, expectedHash: hash }));
      }),
    );
  }
  return percentile(samples.slice(10), 95);
}

/**
 * Starts the real browser-mode host (the build in out/) on the vault and
 * follows its RSS for a minute; the figure counts only if the host then
 * holds the vault's cards (its card registry has them all) and said nothing
 * went wrong.
 */
async function hostRssMb(vault: string, dataDir: string, cardCount: number): Promise<{ restingMb: number; peakMb: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'serve.js'), '--vault', vault, '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let complaints = '';
  child.stderr!.on('data', (chunk: Buffer) => (complaints += chunk.toString()));
  try {
    await new Promise<void>((ready, fail) => {
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('http://127.0.0.1') && ready());
      child.once('exit', (code) => fail(new Error(`The host exited with ${code} (is the app built? npm run build)`)));
    });
    // The figure means nothing unless the vault really is open: the host says so on stderr when it is not.
    if (complaints.trim()) throw new Error(`The host did not open the vault cleanly:\n${complaints}`);
    const rss = await restingRssMb(child.pid!);
    if (complaints.trim()) throw new Error(`The host reported a problem while the vault was open:\n${complaints}`);
    const registered = await registeredCards(dataDir);
    if (registered !== cardCount) throw new Error(`The host had registered ${registered} of the vault's ${cardCount} cards after a minute: the figure would not be of the vault open.`);
    return rss;
  } finally {
    // Waited for: the host saves its state as it stops, and the data dir is removed next.
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT');
      await exited;
    }
  }
}

/** How many cards the host's card registry (one per vault, in its data dir) holds. */
async function registeredCards(dataDir: string): Promise<number> {
  const vaults = await readdir(join(dataDir, 'vaults'));
  let count = 0;
  for (const vault of vaults) {
    const registry = JSON.parse(await readFile(join(dataDir, 'vaults', vault, 'cards.json'), 'utf8').catch(() => '{"cards":[]}')) as { cards: unknown[] };
    count += registry.cards.length;
  }
  return count;
}

/**
 * The process's resident memory over its first minute with the vault open:
 * the vault loads, the drills read its cards in the background, and V8 gives
 * the load's garbage back once the process has been idle for a while (its
 * memory reducer, typically 10–30 s after the last busy moment). The figure
 * is the resting level at the end of that minute (the median of its last
 * 5 s); the peak on the way there is reported beside it.
 */
async function restingRssMb(pid: number): Promise<{ restingMb: number; peakMb: number }> {
  const SAMPLE_MS = 250;
  const samples: number[] = [];
  const end = performance.now() + 60_000;
  while (performance.now() < end) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    samples.push(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024);
    await new Promise((settle) => setTimeout(settle, SAMPLE_MS));
  }
  return { restingMb: median(samples.slice(-5000 / SAMPLE_MS)), peakMb: Math.max(...samples) };
}
