/**
 * Every test gets a fresh vault and data dir and the app running on them:
 * browser mode (a `serve` process + Chromium) or, in the "electron" project,
 * the desktop app through `_electron.launch`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test as base, _electron, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { buildDir, ROOT } from './build-snapshot';
import { chromiumLaunchOptions } from './chromium';

export interface AppHandle {
  page: Page;
  host: 'browser' | 'electron';
  /** The test's own temp folder. The vault and the data dir are inside it; anything else here is outside the vault. */
  root: string;
  vaultDir: string;
  dataDir: string;
  /** Browser mode's address (with token); undefined under Electron. */
  url?: string;
  /** Reloads the window the way a user would (F5 / View › Reload). */
  reload(): Promise<void>;
}

interface Options {
  /** A folder under e2e/fixtures/vaults to copy into the test's vault; an empty vault when unset. */
  vaultFixture: string | undefined;
  /** Files added to the vault before the app starts: vault-relative path → content. */
  vaultFiles: Record<string, string | Uint8Array>;
  /** false starts the app with no vault at all: the welcome screen. */
  openVault: boolean;
  /** Files written into the data dir before the app starts (a damaged settings file, say). */
  dataFiles: Record<string, string>;
  /** 'denied': the page's microphone request fails as when the user refuses it (Chromium's own fake one is allowed otherwise). */
  microphone: 'allowed' | 'denied';
}

interface WorkerFixtures {
  /** Chromium for browser mode, launched on first use, once per worker (never under Electron). */
  lazyChromium: () => Promise<Browser>;
}

/**
 * Test-only fault switches of the core (see src-main/core/fs/test-faults.ts):
 * only this fixture sets the variable, so a user's app never has them.
 */
const APP_ENV = { COACH_TEST_FAULTS: '1' };
const SKIP_ELECTRON =
  'The Electron binary is not installed on this machine (it cannot be downloaded here); the browser project runs these specs.';

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
  vaultFiles: [{}, { option: true }],
  openVault: [true, { option: true }],
  dataFiles: [{}, { option: true }],
  microphone: ['allowed', { option: true }],
  app: async ({ lazyChromium, vaultFixture, vaultFiles, openVault, dataFiles, microphone }, use, testInfo) => {
    const electronPath = testInfo.project.name === 'electron' ? electronBinary() : undefined;
    testInfo.skip(testInfo.project.name === 'electron' && !electronPath, SKIP_ELECTRON);

    const root = await mkdtemp(join(tmpdir(), 'coach-e2e-'));
    const vaultDir = join(root, 'vault');
    const dataDir = join(root, 'data');
    await cp(join(ROOT, 'e2e', 'fixtures', 'vaults', vaultFixture ?? 'empty'), vaultDir, { recursive: true });
    await writeFiles(vaultDir, vaultFiles);
    await writeFiles(dataDir, dataFiles);
    const vaultArgs = openVault ? [vaultDir] : [];
    const pageErrors: string[] = [];

    if (electronPath) {
      const electronApp = await _electron.launch({
        executablePath: electronPath,
        // Electron cannot run on these machines, so it runs the live build rather than the snapshot.
        args: [join(ROOT, 'out', 'main', 'index.js'), ...vaultArgs.map((v) => `--vault=${v}`), `--data=${dataDir}`],
        env: { ...process.env, ...APP_ENV, COACH_E2E: '1' },
      });
      const page = await electronApp.firstWindow();
      if (microphone === 'denied') {
        await page.addInitScript(denyMicrophone);
        await page.reload();
      }
      await untilShellShown(page);
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
      await use({ page, host: 'electron', root, vaultDir, dataDir, reload: () => page.reload().then(() => undefined) });
      await electronApp.close();
    } else {
      const [server, context] = await Promise.all([
        startServer({ vault: vaultArgs[0], dataDir }, testInfo),
        lazyChromium().then((browser) => browser.newContext()),
      ]);
      if (microphone === 'denied') await context.addInitScript(denyMicrophone);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
      await page.goto(server.url);
      await untilShellShown(page);
      await use({ page, host: 'browser', root, vaultDir, dataDir, url: server.url, reload: () => page.reload().then(() => undefined) });
      // The page first: with no page left to ask, the host's quit flush has nobody to wait for.
      await context.close();
      await server.stop();
    }
    await rm(root, { recursive: true, force: true });
    // An exception nobody caught is a bug even when the test's own checks passed.
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect } from '@playwright/test';

/** Run in the page: every microphone request fails the way it does when the user says no. */
const denyMicrophone = {
  content: "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));",
};

/**
 * Waits for the app's first real screen: before it, the page has no keyboard
 * handlers, and a shortcut pressed that early is lost.
 */
async function untilShellShown(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).or(page.getByText('Interview Coach could not start')).waitFor();
}

async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

/** Electron's executable, when its package has downloaded it (never on these offline machines). */
function electronBinary(): string | undefined {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

export interface ServerHandle {
  url: string;
  stop(): Promise<void>;
}

/** Starts browser mode on a free port; its output is attached to the test when the test fails. */
export async function startServer(options: { vault?: string; dataDir: string }, testInfo?: TestInfo): Promise<ServerHandle> {
  const args = [join(buildDir(), 'main', 'serve.js'), '--data', options.dataDir, '--port', '0'];
  if (options.vault) args.push('--vault', options.vault);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...APP_ENV } });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) resolveUrl(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT');
      await exited;
    }
    if (testInfo && testInfo.status !== testInfo.expectedStatus) await testInfo.attach('serve output', { body: output, contentType: 'text/plain' });
  };
  return { url, stop };
}
