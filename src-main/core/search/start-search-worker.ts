/**
 * Starts the search worker (search.worker.ts), and its load helper beside it
 * where there is a second core.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { WORKER_OPTIONS, workerScript } from '../util/worker-script';
import type { LoadHelperData, SearchWorkerData } from './search-protocol';

/**
 * The worker's young generation, far below V8's default (up to 48 MB): the
 * worker lives as long as the vault is open, and V8 keeps a young generation
 * at the largest size it ever grew to. Measured on the benchmark vault: the
 * app holds ~30 MB less, and the vault opens no slower (its index is
 * long-lived data that would be promoted anyway).
 */
const YOUNG_GENERATION_MB = 8;

export async function startSearchWorker(): Promise<Worker> {
  const script = await workerScript(new URL('./search.worker.ts', import.meta.url), () => import('./search.worker?modulePath'));
  const helper = startLoadHelper(script);
  const worker = new Worker(script, { workerData: { helper: helper?.port ?? null } satisfies SearchWorkerData, transferList: helper ? [helper.port] : [], ...WORKER_OPTIONS, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  // Stopped with the worker, even in the middle of its share of a load.
  if (helper) worker.once('exit', () => void helper.thread.terminate());
  return worker;
}

/**
 * Starts a load helper (load-helper.ts: the same script, in another role)
 * beside the search worker, at the same time, so that it is ready when the
 * worker's first load arrives; returns it and the worker's port to it. None
 * on a single core, where it would only compete with the worker.
 */
function startLoadHelper(script: string | URL): { thread: Worker; port: MessagePort } | null {
  if (availableParallelism() < 2) return null;
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(script, { workerData: { searchWorker: port2 } satisfies LoadHelperData, transferList: [port2], ...WORKER_OPTIONS });
  // It ends once the worker closes their channel; it keeps nothing else running.
  thread.unref();
  // A helper that fails only means the worker loads alone; the worker sees its end of the channel close and reports it.
  thread.on('error', () => {});
  return { thread, port: port1 };
}
