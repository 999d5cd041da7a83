/// <reference types="electron-vite/node" />
/**
 * Starts the search worker in each of the forms this code runs in:
 *
 * - Built by electron-vite (Electron main, the browser-mode host, `npm start`):
 *   the `?modulePath` import makes electron-vite bundle search.worker.ts as a
 *   file of its own beside the main bundle, and gives its path computed from
 *   the importing chunk's own location. In a packaged app that path is inside
 *   app.asar, which Electron's worker_threads can load from.
 * - From source (Vitest, tsx): this module is still a .ts file and there is
 *   no bundle, so one is made with esbuild (which tsx and Vite run on), once
 *   per process. Running the worker's TypeScript through tsx's loader works
 *   too, but costs each worker 0.5–2 s to start (a loader thread, and every
 *   module through it), which every test and every benchmark run would pay.
 *
 * Both imports are dynamic, so each form only evaluates its own. Either way
 * the script is one self-contained file, so workers start without the
 * parent's `execArgv`: under tsx (scripts, benchmarks) they would otherwise
 * each register tsx's loader again, which doubles their start-up time.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { LoadHelperData, SearchWorkerData } from './search-protocol';

export async function startSearchWorker(): Promise<Worker> {
  const script = import.meta.url.endsWith('.ts') ? await bundleFromSource() : (await import('./search.worker?modulePath')).default;
  const helper = startLoadHelper(script);
  const worker = new Worker(script, { workerData: { helper: helper?.port ?? null } satisfies SearchWorkerData, transferList: helper ? [helper.port] : [], execArgv: [] });
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
  const thread = new Worker(script, { workerData: { searchWorker: port2 } satisfies LoadHelperData, transferList: [port2], execArgv: [] });
  // It ends once the worker closes their channel; it keeps nothing else running.
  thread.unref();
  // A helper that fails only means the worker loads alone; the worker sees its end of the channel close and reports it.
  thread.on('error', () => {});
  return { thread, port: port1 };
}

/** Not a literal, so the electron-vite build leaves esbuild (a development tool) out of the app. */
const ESBUILD = 'esbuild';
let sourceBundle: Promise<URL> | undefined;

function bundleFromSource(): Promise<URL> {
  sourceBundle ??= (async () => {
    const esbuild = (await import(/* @vite-ignore */ ESBUILD)) as typeof import('esbuild');
    const { outputFiles } = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./search.worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      logLevel: 'error',
    });
    const code = outputFiles[0]!.contents;
    // Inside node_modules, so the bundle's package imports resolve as the sources' do. Named
    // by content, so test processes running side by side share a file instead of racing on it.
    const dir = new URL('../../../node_modules/.cache/interview-coach/', import.meta.url);
    const file = new URL(`search.worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, dir);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      const temp = new URL(`${file.href}.${process.pid}.tmp`);
      fs.writeFileSync(temp, code);
      fs.renameSync(temp, file);
    }
    return file;
  })();
  return sourceBundle;
}
