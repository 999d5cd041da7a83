/// <reference types="electron-vite/node" />
/**
 * The script a worker thread runs, in each of the forms this code runs in:
 *
 * - Built by electron-vite (Electron main, the browser-mode host, `npm start`):
 *   the caller's `?modulePath` import makes electron-vite bundle the worker as
 *   a file of its own beside the main bundle, and gives its path computed from
 *   the importing chunk's own location. In a packaged app that path is inside
 *   app.asar, which Electron's worker_threads can load from.
 * - From source (Vitest, tsx): this module is still a .ts file and there is
 *   no bundle, so one is made with esbuild (which tsx and Vite run on), once
 *   per worker source and process. Running the worker's TypeScript through
 *   tsx's loader works too, but costs each worker 0.5–2 s to start (a loader
 *   thread, and every module through it), which every test and every
 *   benchmark run would pay.
 *
 * The `?modulePath` import has to be written in the caller (electron-vite
 * sees only literal imports), so the caller passes it as a function: each
 * form only evaluates its own. Either way the script is one self-contained
 * file, so workers are started without the parent's `execArgv`
 * (WORKER_OPTIONS): under tsx they would otherwise each register tsx's loader
 * again, which doubles their start-up time.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export const WORKER_OPTIONS = { execArgv: [] } satisfies WorkerOptions;

/** `source`: the worker's .ts file; `bundled`: the caller's `import('./x.worker?modulePath')`. */
export async function workerScript(source: URL, bundled: () => Promise<{ default: string }>): Promise<string | URL> {
  return import.meta.url.endsWith('.ts') ? bundleFromSource(source) : (await bundled()).default;
}

/** Not a literal, so the electron-vite build leaves esbuild (a development tool) out of the app. */
const ESBUILD = 'esbuild';
const sourceBundles = new Map<string, Promise<URL>>();

function bundleFromSource(source: URL): Promise<URL> {
  let bundle = sourceBundles.get(source.href);
  if (!bundle) {
    bundle = makeBundle(source);
    sourceBundles.set(source.href, bundle);
  }
  return bundle;
}

async function makeBundle(source: URL): Promise<URL> {
  const esbuild = (await import(/* @vite-ignore */ ESBUILD)) as typeof import('esbuild');
  const { outputFiles } = await esbuild.build({
    entryPoints: [fileURLToPath(source)],
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
  const name = fileURLToPath(source).replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
  const file = new URL(`${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, dir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const temp = new URL(`${file.href}.${process.pid}.tmp`);
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, file);
  }
  return file;
}
