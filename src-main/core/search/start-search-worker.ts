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
 * Both imports are dynamic, so each form only evaluates its own.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export async function startSearchWorker(): Promise<Worker> {
  if (import.meta.url.endsWith('.ts')) return new Worker(await bundleFromSource());
  const { default: bundled } = await import('./search.worker?modulePath');
  return new Worker(bundled);
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
