/** The test's side of the disk: what is in the vault (and around it), read and changed behind the app's back. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export class VaultFiles {
  constructor(readonly dir: string) {}

  path(relativePath: string): string {
    return join(this.dir, ...relativePath.split('/'));
  }

  read(relativePath: string): Promise<string> {
    return readFile(this.path(relativePath), 'utf8');
  }

  bytes(relativePath: string): Promise<Buffer> {
    return readFile(this.path(relativePath));
  }

  /** Another program writes the file. */
  write(relativePath: string, content: string | Uint8Array): Promise<void> {
    return writeFile(this.path(relativePath), content);
  }

  /** Another program deletes the file. */
  remove(relativePath: string): Promise<void> {
    return rm(this.path(relativePath));
  }

  /** Another program renames the file. */
  move(from: string, to: string): Promise<void> {
    return rename(this.path(from), this.path(to));
  }

  async exists(relativePath: string): Promise<boolean> {
    return stat(this.path(relativePath)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Every file under the folder with a hash of its bytes and its mtime: two
   * equal snapshots mean nothing was written, created, renamed or deleted.
   */
  async snapshot(): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        const key = relative(this.dir, full);
        if (entry.isDirectory()) {
          result[`${key}/`] = 'folder';
          await walk(full);
        } else {
          const [bytes, info] = await Promise.all([readFile(full).catch(() => Buffer.from('(link)')), stat(full).catch(() => null)]);
          result[key] = `${createHash('sha256').update(bytes).digest('hex')} ${info?.mtimeMs ?? 'dangling'}`;
        }
      }
    };
    await walk(this.dir);
    return result;
  }

  /** Every file under the folder, as paths relative to it with forward slashes. */
  async list(): Promise<string[]> {
    const entries = await readdir(this.dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => relative(this.dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
}
