import { defineConfig } from '@playwright/test';

// One suite, two hosts: "browser" runs the app in browser mode against
// Chromium (works on every machine); "electron" runs the same specs against
// the desktop app and skips itself, saying why, where Electron's binary is
// missing.
export default defineConfig({
  testDir: 'e2e',
  // Copies the build, so a rebuild during the run cannot pull files from under the tests.
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', actionTimeout: 10_000 },
  projects: [{ name: 'browser' }, { name: 'electron' }],
});
