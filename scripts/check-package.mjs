#!/usr/bin/env node
/**
 * Checks what `npm run package` would ship, on a machine that cannot download
 * Electron: builds the unpacked Linux app (`--dir`) with electron-builder and
 * the real electron-builder.yml, around a stand-in Electron distribution (an
 * empty `electron` file), then inspects app.asar and the resources folder.
 *
 * Overrides of the real configuration, and why:
 * - electronDist / electronVersion: the stand-in, so nothing is downloaded;
 * - electronFuses: null, because fuses are flipped inside the real binary;
 * - directories.output: a temporary folder, so dist/ is left alone.
 *
 * Needs the electron-vite build in out/; with --build it runs `electron-vite
 * build` first when out/ is missing. Prints a JSON report; exits 1 on a problem.
 * Usage: node scripts/check-package.mjs [--build]
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const BUILT_ENTRIES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** Packages that must never ship: they are bundled into out/ or only build and test the app. */
const NEVER_SHIPPED = ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'react', 'react-dom', 'lexical', '@lexical/react', '@playwright/test', 'happy-dom'];
const PRELOAD_MAX_BYTES = 4096;

export async function checkPackage({ build = false } = {}) {
  ensureBuilt(build);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'check-package-'));
  try {
    const appDir = await packageUnpacked(pkg, work);
    return inspect(appDir, pkg);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function ensureBuilt(build) {
  const missing = BUILT_ENTRIES.filter((entry) => !existsSync(join(root, entry)));
  if (missing.length === 0) return;
  if (!build) throw new Error(`The build output is missing (${missing.join(', ')}): run npm run build first.`);
  execFileSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function packageUnpacked(pkg, work) {
  const electronDist = join(work, 'electron-dist');
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), pkg.devDependencies.electron);

  const { build, Platform, Arch } = require('electron-builder');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      electronVersion: pkg.devDependencies.electron,
      electronFuses: null,
      directories: { output: join(work, 'dist') },
    },
  });
  return join(work, 'dist', 'linux-unpacked');
}

function inspect(appDir, pkg) {
  const { listPackage } = require('@electron/asar');
  const resources = join(appDir, 'resources');
  const files = listPackage(join(resources, 'app.asar'), { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  const ownFiles = files.filter((file) => !file.startsWith('node_modules/'));
  const shippedPackages = packagesIn(files);
  const productionPackages = productionPackageNames();
  const problems = [];
  const fail = (message) => problems.push(message);

  for (const entry of [...BUILT_ENTRIES, 'package.json']) if (!files.includes(entry)) fail(`app.asar lacks ${entry}`);
  for (const file of ownFiles) {
    if (!(file === 'package.json' || file === 'out' || file.startsWith('out/') || file === 'node_modules')) fail(`app.asar holds ${file}, which is not build output`);
    if (/\.(ts|tsx)$/.test(file) || /\.test\./.test(file) || /(^|\/)(src-main|src-renderer|e2e|bench|fixtures)(\/|$)/.test(file)) fail(`app.asar holds a source or test file: ${file}`);
  }
  for (const name of shippedPackages) {
    if (!productionPackages.has(name)) fail(`app.asar holds ${name}, which is not a production dependency`);
    if (NEVER_SHIPPED.includes(name)) fail(`app.asar holds ${name}, which must never ship`);
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) if (!shippedPackages.has(name)) fail(`app.asar lacks the dependency ${name}`);

  const starter = join(resources, 'starter-vault');
  const starterNotes = existsSync(starter) ? readdirSync(starter, { recursive: true }).filter((file) => String(file).endsWith('.md')) : [];
  if (starterNotes.length === 0) fail('resources/starter-vault (with its notes) is not in the resources folder');

  const preload = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8');
  const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  if (required.some((name) => name !== 'electron')) fail(`the sandboxed preload requires more than electron: ${required.join(', ')}`);
  const preloadBytes = statSync(join(root, 'out/preload/index.cjs')).size;
  if (preloadBytes > PRELOAD_MAX_BYTES) fail(`the preload is ${preloadBytes} bytes; something was bundled into it`);

  return {
    problems,
    asar: {
      files: files.length,
      topLevel: [...new Set(files.map((file) => file.split('/')[0]))].sort(),
      out: [...new Set(ownFiles.filter((file) => file.startsWith('out/')).map((file) => file.split('/').slice(0, 2).join('/')))].sort(),
      packages: [...shippedPackages].sort(),
    },
    resources: readdirSync(resources).sort(),
    starterNotes: starterNotes.length,
    preloadBytes,
  };
}

/** Package names directly under any node_modules folder in the archive. */
function packagesIn(files) {
  const names = new Set();
  for (const file of files) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)/g;
    for (const found of file.matchAll(match)) names.add(found[1]);
  }
  return names;
}

/** Everything package-lock.json installs for production (not marked dev). */
function productionPackageNames() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const names = new Set();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.dev) continue;
    names.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  }
  return names;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  // electron-builder logs to stdout; the report must be the only thing there.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => process.stderr.write(chunk, ...rest);
  // Explicit exits: electron-builder leaves its own exit code behind otherwise.
  checkPackage({ build: process.argv.includes('--build') }).then(
    (report) => write(JSON.stringify(report, null, 2) + '\n', () => process.exit(report.problems.length === 0 ? 0 : 1)),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
