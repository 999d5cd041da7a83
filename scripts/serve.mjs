// `npm run serve`: builds the app when a source is newer than the build, then
// starts browser mode with the given arguments.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'out', 'main', 'serve.js');
const sources = ['src-main', 'src-renderer', 'package.json', 'electron.vite.config.ts'].map((p) => join(root, p));

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const builtAt = existsSync(entry) && existsSync(join(root, 'out', 'renderer', 'index.html')) ? statSync(entry).mtimeMs : 0;
if (sources.some((source) => newestMtime(source) > builtAt)) {
  process.stderr.write('Building Interview Coach…\n');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(build.status ?? 1);
  }
}
await import(pathToFileURL(entry).href);
