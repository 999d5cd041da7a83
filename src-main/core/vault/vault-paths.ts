/**
 * Every path that arrives from the renderer is vault-relative and untrusted.
 * It is checked twice: its shape (no absolute paths, `..`, NUL, backslashes,
 * drive letters, hidden segments), then, on disk, that the real location of
 * the target, or of its nearest existing parent for a new file, is inside the
 * vault's real location, so a symlink cannot lead out of the vault.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { CoachError } from '../../contract/errors';
import { errnoCode, toCoachError } from '../fs/fs-errors';

export const NOTE_EXTENSIONS = ['.md', '.mdx'] as const;

export function isNoteName(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** Hidden folders belong to other tools (.obsidian, .git, .trash); node_modules is never notes. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Checks the shape of a vault-relative path and returns it normalised
 * (forward slashes, no empty or `.` segments). '' is the vault root, which
 * only folder arguments accept.
 */
export function normalizeVaultPath(input: string, options: { allowRoot?: boolean } = {}): string {
  const outside = () => new CoachError('OUTSIDE_VAULT', `“${input.slice(0, 200)}” is not a path inside the vault.`);
  if (input.includes('\0')) throw new CoachError('INVALID_ARGUMENT', 'A path cannot contain a NUL character.');
  // A backslash is a separator on Windows and a legal name character elsewhere: refusing it
  // everywhere means one vault behaves the same on every OS and `..\\x` cannot slip through.
  if (input.includes('\\')) throw outside();
  if (input.startsWith('/') || /^[a-zA-Z]:/.test(input)) throw outside();
  if (process.platform === 'win32' && input.includes(':')) throw outside(); // alternate data streams
  const segments = input.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw outside();
  if (segments.some(isIgnoredName)) {
    throw new CoachError('INVALID_ARGUMENT', `“${input.slice(0, 200)}” is inside a hidden folder, which the app does not manage.`);
  }
  if (segments.length === 0 && !options.allowRoot) throw new CoachError('INVALID_ARGUMENT', 'A path inside the vault is required.');
  return segments.join('/');
}

export class VaultPaths {
  private constructor(
    /** The vault folder as the user chose it. */
    readonly root: string,
    /** The same folder with every symlink resolved: the containment boundary. */
    readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<VaultPaths> {
    const absolute = path.resolve(root);
    try {
      return new VaultPaths(absolute, await fsp.realpath(absolute));
    } catch (error) {
      throw toCoachError(error, 'open the vault', absolute);
    }
  }

  /** Lexical join, for paths already normalised (or produced by the core itself). */
  toAbsolute(relative: string): string {
    return relative === '' ? this.root : path.join(this.root, ...relative.split('/'));
  }

  /** The vault-relative form of an absolute path under `root`, with forward slashes. */
  toRelative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }

  /**
   * Normalises `relative` and proves it stays in the vault on disk. Returns the
   * absolute (lexical) path: renames and deletes act on a symlink itself, not
   * on what it points to.
   */
  async resolve(relative: string, options: { allowRoot?: boolean } = {}): Promise<{ path: string; absolute: string }> {
    const normalized = normalizeVaultPath(relative, options);
    const absolute = this.toAbsolute(normalized);
    await this.assertInsideOnDisk(absolute, normalized);
    return { path: normalized, absolute };
  }

  private async assertInsideOnDisk(absolute: string, shown: string) {
    let probe = absolute;
    for (;;) {
      let real: string;
      try {
        real = await fsp.realpath(probe);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT' && errnoCode(error) !== 'ENOTDIR') throw toCoachError(error, 'open', shown);
        if (await existsAsLink(probe)) {
          // A dangling symlink: writing through it would create a file wherever it points.
          throw new CoachError('OUTSIDE_VAULT', `“${shown}” is a link to a place that does not exist; the app does not follow it.`);
        }
        const parent = path.dirname(probe);
        if (parent === probe) throw toCoachError(error, 'open', shown);
        probe = parent;
        continue;
      }
      if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
        throw new CoachError('OUTSIDE_VAULT', `“${shown}” leads outside the vault (through a symbolic link), so the app does not open it.`);
      }
      return;
    }
  }
}

async function existsAsLink(file: string): Promise<boolean> {
  try {
    return (await fsp.lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}
