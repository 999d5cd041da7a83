/**
 * The suite runs against a private copy of the build taken when it starts.
 *
 * Why: `out/` is shared. Anyone running `electron-vite build` (or `npm run
 * serve`, which rebuilds when sources are newer) while the suite runs empties
 * `out/renderer` for a few seconds, and every test that loads the page then
 * fails with "Not found". The copy lives under node_modules/.cache so that
 * `out/main/serve.js` still resolves its dependencies from the project's
 * node_modules; `resources` is linked beside it, where serve.js looks for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const SNAPSHOT_ENV = 'COACH_E2E_BUILD';

/** The snapshot's `out` folder (set up by the global setup), or the live build when run without it. */
export function buildDir(): string {
  return process.env[SNAPSHOT_ENV] ?? join(ROOT, 'out');
}

export async function snapshotBuild(): Promise<() => Promise<void>> {
  const out = join(ROOT, 'out');
  assertComplete(out);
  const base = join(ROOT, 'node_modules', '.cache', 'coach-e2e', `run-${process.pid}`);
  await rm(base, { recursive: true, force: true });
  await mkdir(base, { recursive: true });
  await cp(out, join(base, 'out'), { recursive: true });
  await symlink(join(ROOT, 'resources'), join(base, 'resources'));
  // Node does not look for a package scope across node_modules: say again that out/ is ESM.
  await writeFile(join(base, 'package.json'), '{ "type": "module" }\n');
  // A build finishing between the check and the copy would leave a mixed copy: check the copy too.
  assertComplete(join(base, 'out'));
  process.env[SNAPSHOT_ENV] = join(base, 'out');
  return () => rm(base, { recursive: true, force: true });
}

function assertComplete(out: string): void {
  const index = join(out, 'renderer', 'index.html');
  const serve = join(out, 'main', 'serve.js');
  const missing = [index, serve].filter((file) => !existsSync(file));
  const assets = existsSync(index) ? [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]!) : [];
  missing.push(...assets.map((asset) => join(out, 'renderer', asset)).filter((file) => !existsSync(file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (or a build is running): missing ${missing.join(', ')}. Run "npx electron-vite build" first.`);
  }
}
