/**
 * A whole core over a fresh temp vault and data dir, for tests anywhere in
 * the project:
 *
 *   const t = await createTestCore({ files: { 'a.md': '# A' } });
 *   const note = await t.call('notes:read', { path: 'a.md' });
 *   await t.cleanup();
 *
 * `call` goes through `dispatch`, like a real host, and throws the CoachError
 * a request fails with. Every event is recorded in `events`.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoachError, type EventName, type Events, type MethodArgs, type MethodName, type MethodResult } from '../../contract';
import { dispatch } from '../dispatch';
import { createCore } from '../index';
import type { AtomicWriteFs } from '../fs/atomic-write';
import type { Clock, Core, Logger } from '../types';
import { fakePlatform, type FakePlatform } from './fake-platform';

/** The real starter notes, found from this file (tests run from the source tree). */
export const STARTER_DIR = fileURLToPath(new URL('../../../resources/starter-vault', import.meta.url));

export interface TestCoreOptions {
  /** Vault-relative path → content, written before the core starts. */
  files?: Record<string, string | Uint8Array>;
  /** Open the vault at start (default true). */
  openVault?: boolean;
  /** Use an OS-trash-like fake platform instead of the vault's `.trash/`. */
  osTrash?: boolean;
  clock?: Clock;
  /** Reuse a data dir, e.g. to test what a restart sees. */
  dataDir?: string;
  /** Reuse a vault folder (with `dataDir`: the same vault after a restart). */
  vaultDir?: string;
  /** The atomic writer's file system, e.g. one that fails like a full disk (fs/test-faults.ts). */
  writeFs?: AtomicWriteFs;
}

export interface RecordedEvent {
  name: EventName;
  payload: unknown;
}

export interface TestCore {
  core: Core;
  vaultDir: string;
  dataDir: string;
  platform: FakePlatform;
  events: RecordedEvent[];
  call<M extends MethodName>(name: M, args?: MethodArgs<M>): Promise<MethodResult<M>>;
  /** Resolves with the first event (already seen or future) that matches; rejects after `timeoutMs`. */
  waitForEvent<E extends EventName>(name: E, match?: (payload: Events[E]) => boolean, timeoutMs?: number): Promise<Events[E]>;
  cleanup(): Promise<void>;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function createTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'coach-core-'));
  const vaultDir = options.vaultDir ?? path.join(root, 'vault');
  const dataDir = options.dataDir ?? path.join(root, 'data');
  await fsp.mkdir(vaultDir, { recursive: true });
  await fsp.mkdir(dataDir, { recursive: true });
  for (const [file, content] of Object.entries(options.files ?? {})) {
    await fsp.mkdir(path.dirname(path.join(vaultDir, file)), { recursive: true });
    await fsp.writeFile(path.join(vaultDir, file), content);
  }
  const platform = fakePlatform(options.osTrash ? path.join(root, 'os-trash') : undefined);
  const core = createCore({
    dataDir,
    defaultVaultDir: path.join(root, 'Interview Coach'),
    starterDir: STARTER_DIR,
    initialVault: options.openVault === false ? undefined : vaultDir,
    platform,
    clock: options.clock,
    logger: silentLogger,
    writeFs: options.writeFs,
  });
  const events: RecordedEvent[] = [];
  const waiters = new Set<(event: RecordedEvent) => void>();
  core.onEvent((name, payload) => {
    const event = { name, payload };
    events.push(event);
    for (const waiter of [...waiters]) waiter(event);
  });
  await core.start();

  return {
    core,
    vaultDir,
    dataDir,
    platform,
    events,
    async call(name, args) {
      const result = await dispatch(core.handlers, name, args ?? {});
      if (!result.ok) throw new CoachError(result.error.code as CoachError['code'], result.error.message);
      return result.value as never;
    },
    waitForEvent(name, match = () => true, timeoutMs = 3000) {
      const matches = (event: RecordedEvent) => event.name === name && match(event.payload as never);
      const seen = events.find(matches);
      if (seen) return Promise.resolve(seen.payload as never);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No ${name} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (event: RecordedEvent) => {
          if (!matches(event)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event.payload as never);
        };
        waiters.add(waiter);
      });
    },
    async cleanup() {
      await core.stop();
      await fsp.rm(root, { recursive: true, force: true });
    },
  };
}
