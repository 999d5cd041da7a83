/** Command-line options of browser mode: `--vault DIR [--data DIR] [--port N]`. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServeOptions {
  vault?: string;
  dataDir: string;
  port: number;
}

export class UsageError extends Error {}

export const USAGE = 'Usage: npm run serve -- --vault DIR [--data DIR] [--port N]';

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') throw new UsageError(USAGE);
    if (!['--vault', '--data', '--port'].includes(flag)) throw new UsageError(`Unknown option ${flag}.\n${USAGE}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.\n${USAGE}`);
    values.set(flag, value);
  }
  const portText = values.get('--port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(portText)}.`);
  }
  const vault = values.get('--vault');
  return {
    vault: vault === undefined ? undefined : resolve(vault),
    dataDir: resolve(values.get('--data') ?? defaultDataDir(env)),
    port,
  };
}

/** The same folder the desktop app uses on Linux, so both hosts share settings. */
function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'Interview Coach');
}

export function defaultVaultDir(): string {
  return join(homedir(), 'Documents', 'Interview Coach');
}
