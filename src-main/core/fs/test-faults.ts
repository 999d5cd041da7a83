/**
 * A fault switch for the end-to-end suite, which can neither fill a real disk
 * nor (running as root) make a folder unwritable.
 *
 * Off unless the host was started with COACH_TEST_FAULTS=1, which only the
 * e2e fixture sets. While on, the file `simulate-disk-full` in the app's data
 * dir makes every atomic write fail the way a full disk does (ENOSPC while
 * writing the temp file), so a test sees the app's real failure path (the
 * message, the old file intact, "Try again") and "frees space" by removing
 * the file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeAtomicWriteFs, type AtomicWriteFs } from './atomic-write';

export const TEST_FAULTS_ENV = 'COACH_TEST_FAULTS';
export const DISK_FULL_SWITCH = 'simulate-disk-full';

/** The file system the atomic writer should use in this process. */
export function atomicWriteFsFor(env: NodeJS.ProcessEnv, dataDir: string): AtomicWriteFs {
  if (env[TEST_FAULTS_ENV] !== '1') return nodeAtomicWriteFs;
  return failWritesWhen(() => existsSync(path.join(dataDir, DISK_FULL_SWITCH)), nodeAtomicWriteFs);
}

export function failWritesWhen(diskFull: () => boolean, fs: AtomicWriteFs): AtomicWriteFs {
  return {
    ...fs,
    async open(file, flags, mode) {
      const handle = await fs.open(file, flags, mode);
      return {
        chmod: (m) => handle.chmod(m),
        sync: () => handle.sync(),
        close: () => handle.close(),
        async writeFile(data) {
          if (diskFull()) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return handle.writeFile(data);
        },
      };
    },
  };
}
