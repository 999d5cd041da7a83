/**
 * Every test gets a fresh vault and data dir and the app running on them:
 * browser mode (a `serve` process + Chromium) or, in the "electron" project,
 * the desktop app through `_electron.launch`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, _electron, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVE_ENTRY = join(ROOT, 'out', 'main', 'serve.js');
const ELECTRON_ENTRY = join(ROOT, 'out', 'main', 'index.js');

export interface AppHandle {
  page: Page;
  vaultDir: string;
  dataDir: string;
  /** Browser mode's address (with token); undefined under Electron. */
  url?: string;
  /** Reloads the window the way a user would (F5 / View › Reload). */
  reload(): Promise<void>;
}

interface Options {
  /** A folder under e2e/fixtures/vaults to copy into the test's vault; empty when unset. */
  vaultFixture: string | undefined;
}

interface WorkerFixtures {
  /** Chromium for browser mode, launched on first use, once per worker (never under Electron). */
  lazyChromium: () => Promise<Browser>;
}

export const test = base.extend<Options & { app: AppHandle }, WorkerFixtures>({
  lazyChromium: [
    async ({ playwright }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => (launched ??= playwright.chromium.launch(chromiumLaunchOptions())));
      await (await launched)?.close();
    },
    { scope: 'worker' },
  ],
  vaultFixture: [undefined, { option: true }],
  app: async ({ lazyChromium, vaultFixture }, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'coach-e2e-'));
    const vaultDir = join(dir, 'vault');
    const dataDir = join(dir, 'data');
    if (vaultFixture) await cp(join(ROOT, 'e2e', 'fixtures', 'vaults', vaultFixture), vaultDir, { recursive: true });
    else await cp(join(ROOT, 'e2e', 'fixtures', 'vaults', 'empty'), vaultDir, { recursive: true });

    if (testInfo.project.name === 'electron') {
      const executablePath = electronBinary();
      testInfo.skip(!executablePath, 'The Electron binary is not installed on this machine (it cannot be downloaded here); the browser project runs these specs.');
      const electronApp = await _electron.launch({
        executablePath: executablePath!,
        args: [ELECTRON_ENTRY, `--vault=${vaultDir}`, `--data=${dataDir}`],
        env: { ...process.env, COACH_E2E: '1' },
      });
      const page = await electronApp.firstWindow();
      await use({ page, vaultDir, dataDir, reload: () => page.reload().then(() => undefined) });
      await electronApp.close();
    } else {
      const server = await startServer(vaultDir, dataDir);
      const context = await (await lazyChromium()).newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await use({ page, vaultDir, dataDir, url: server.url, reload: () => page.reload().then(() => undefined) });
      await context.close();
      await server.stop();
    }
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Electron's executable, when its package has downloaded it (never on these offline machines). */
function electronBinary(): string | undefined {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

export async function startServer(vaultDir: string, dataDir: string): Promise<{ url: string; process: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [SERVE_ENTRY, '--vault', vaultDir, '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(stdout);
      if (match) resolveUrl(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
  };
  return { url, process: child, stop };
}
