/**
 * `npm run serve -- --vault DIR [--data DIR] [--port N]`: runs the core in
 * this Node process and serves the renderer on 127.0.0.1. Prints one line with
 * the address to open; Ctrl+C saves what the open pages hold, then exits.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core';
import { appendFsFor } from '../core/drills/append-file';
import { atomicWriteFsFor } from '../core/fs/test-faults';
import { consoleLogger } from '../core/logger';
import { startBrowserHost } from './browser-host';
import { defaultVaultDir, parseServeArgs, UsageError } from './args';
import { browserPlatform } from './browser-platform';
import { errorMessage } from '../core/util/error-message';

const here = dirname(fileURLToPath(import.meta.url));
// Built layout: out/main/serve.js beside out/renderer; the repo root two levels up.
const rendererDir = join(here, '..', 'renderer');
const starterDir = join(here, '..', '..', 'resources', 'starter-vault');

async function main() {
  const options = parseServeArgs(process.argv.slice(2));
  const logger = consoleLogger();
  const core = createCore({
    dataDir: options.dataDir,
    defaultVaultDir: defaultVaultDir(),
    initialVault: options.vault,
    starterDir,
    platform: browserPlatform(process.env.npm_package_version ?? '0.0.0'),
    writeFs: atomicWriteFsFor(process.env, options.dataDir),
    appendFs: appendFsFor(process.env, options.dataDir),
    logger,
  });
  await core.start();
  const host = await startBrowserHost({ core, rendererDir, port: options.port, logger });
  process.stdout.write(`Interview Coach is running. Open ${host.url}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: saving open notes…\n`);
    host.close().then(
      () => process.exit(0),
      (error) => {
        logger.error('Stopping failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('Stopping'));
  process.on('SIGTERM', () => stop('Stopping'));
}

main().catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Interview Coach could not start: ${errorMessage(error)}\n`);
  process.exit(1);
});
