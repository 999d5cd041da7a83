/**
 * The note and folder operations of one open vault. Every path is resolved
 * through `VaultPaths`, every write goes through the atomic writer, and every
 * read or write is recorded in the catalog so the watcher recognises it.
 */
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import nodePath from 'node:path';
import type { NoteFile, NoteStart, SavedNote, TreeNode } from '../../contract';
import { CoachError } from '../../contract';
import type { Emit } from '../events';
import type { AtomicWriter } from '../fs/atomic-write';
import { errnoCode, toCoachError } from '../fs/fs-errors';
import { hashBytes, hashText, readTextFile } from '../fs/text-file';
import type { NoteCatalog } from './note-catalog';
import { pathsOf, scanTree } from './tree';
import type { Trash } from './trash';
import { splitExtension, uniqueName } from './unique-name';
import { isIgnoredName, isNoteName, normalizeVaultPath, type VaultPaths } from './vault-paths';

/** Several screenfuls: enough for the editor's first piece (see progressive-load.ts) and the cut after it. */
export const NOTE_START_CHARS = 32_768;

/** What the hosts' asset route serves from the vault: the notes' images, and the recordings of mock interviews. */
const ASSET_EXTENSION = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|webm|ogg|oga|opus|m4a|mp3|wav)$/i;

export interface VaultServiceOptions {
  paths: VaultPaths;
  catalog: NoteCatalog;
  trash: Trash;
  writer: AtomicWriter;
  emit: Emit;
}

export class VaultService {
  constructor(private readonly options: VaultServiceOptions) {}

  tree(): Promise<TreeNode[]> {
    return scanTree(this.options.paths);
  }

  async read(relative: string): Promise<NoteFile> {
    const { path, absolute } = await this.resolveNote(relative);
    const file = await readTextFile(absolute, path);
    this.options.catalog.record(path, file.content, file.hash);
    return { path, ...file };
  }

  /** `read`, but only about the first `NOTE_START_CHARS` characters of a longer note, cut after a line ending. */
  async readStart(relative: string): Promise<NoteStart> {
    const file = await this.read(relative);
    if (file.content.length <= NOTE_START_CHARS) return { ...file, complete: true };
    // Whole lines only (a CRLF is never split): the editor relies on it.
    const end = file.content.lastIndexOf('\n', NOTE_START_CHARS - 1) + 1;
    return { ...file, content: file.content.slice(0, end), complete: false };
  }

  async write(args: { path: string; content: string; expectedHash: string | null; force?: boolean }): Promise<SavedNote> {
    const { path, absolute } = await this.resolveNote(args.path);
    const onDisk = await currentHash(absolute, path);
    if (!args.force && onDisk === null && args.expectedHash !== null) {
      // Not a CONFLICT: there is no other version to choose. The editor offers to save it again or elsewhere.
      throw new CoachError('NOT_FOUND', `“${path}” was not saved: it was deleted or moved on disk since you opened it.`);
    }
    if (!args.force && onDisk !== args.expectedHash) throw conflict(path, args.expectedHash);
    const hash = hashText(args.content);
    const { writer, catalog, emit } = this.options;
    await catalog.trackWrite(path, hash, args.content, () =>
      // A note that should not exist yet is created exclusively: never overwrite a file that appeared meanwhile.
      onDisk === null ? writer.create(absolute, args.content, path) : writer.replace(absolute, args.content, path),
    );
    if (onDisk === null) emit('tree:changed', {});
    const stat = await fsp.stat(absolute);
    return { path, hash, mtimeMs: stat.mtimeMs };
  }

  /** Creates a note; without a name, "Untitled", "Untitled 2"… */
  async create(args: { folder: string; name?: string; content?: string }): Promise<NoteFile> {
    const folder = await this.options.paths.resolve(args.folder, { allowRoot: true });
    const name = args.name === undefined ? await uniqueName(folder.absolute, 'Untitled', '.md') : withNoteExtension(checkName(args.name));
    const { path, absolute } = await this.options.paths.resolve(join(folder.path, name));
    const content = args.content ?? '';
    const hash = hashText(content);
    await this.options.catalog.trackWrite(path, hash, content, () => this.options.writer.create(absolute, content, path));
    this.options.emit('tree:changed', {});
    const stat = await fsp.stat(absolute);
    return { path, content, hash, mtimeMs: stat.mtimeMs, size: stat.size };
  }

  async createFolder(args: { parent: string; name: string }): Promise<{ path: string }> {
    const parent = await this.options.paths.resolve(args.parent, { allowRoot: true });
    const { path, absolute } = await this.options.paths.resolve(join(parent.path, checkName(args.name)));
    try {
      await fsp.mkdir(absolute);
    } catch (error) {
      throw toCoachError(error, 'create the folder', path);
    }
    this.options.emit('tree:changed', {});
    return { path };
  }

  /**
   * Renames or moves a note or folder; never replaces an existing target. A
   * note keeps its extension if the new name has none.
   */
  async rename(args: { from: string; to: string }): Promise<{ path: string }> {
    const { paths, catalog } = this.options;
    const from = await paths.resolve(args.from);
    const source = await lstatOrThrow(from.absolute, from.path, 'rename');
    const wanted = source.isFile() && isNoteName(from.path) && !isNoteName(args.to) ? args.to + splitExtension(from.path)[1] : args.to;
    const to = await paths.resolve(wanted);
    if (to.path === from.path) return { path: to.path };
    if (to.path.startsWith(`${from.path}/`)) {
      throw new CoachError('INVALID_ARGUMENT', `Cannot move “${from.path}” into itself.`);
    }
    const target = await lstatOrNull(to.absolute, to.path);
    // On a case-insensitive disk "a.md" → "A.md" finds the source itself as the target.
    const caseOnly = target !== null && target.ino === source.ino && target.dev === source.dev;
    if (target && !caseOnly) throw new CoachError('EXISTS', `Cannot rename to “${to.path}”: something with that name already exists.`);

    // Forget first, so the watcher does not report our own move as a deletion.
    catalog.forget(from.path);
    try {
      if (caseOnly) {
        const temp = `${from.absolute}.renaming-${process.pid}`;
        await fsp.rename(from.absolute, temp);
        await fsp.rename(temp, to.absolute);
      } else {
        await fsp.rename(from.absolute, to.absolute);
      }
    } catch (error) {
      await this.indexFromDisk(from.path);
      throw toCoachError(error, 'rename', from.path);
    }
    await this.indexFromDisk(to.path);
    this.options.emit('tree:changed', {});
    return { path: to.path };
  }

  async delete(relative: string): Promise<{ trashId: string }> {
    const { path, absolute } = await this.options.paths.resolve(relative);
    await lstatOrThrow(absolute, path, 'delete');
    this.options.catalog.forget(path);
    try {
      const trashId = await this.options.trash.moveToTrash(path, absolute);
      this.options.emit('tree:changed', {});
      return { trashId };
    } catch (error) {
      await this.indexFromDisk(path);
      throw error;
    }
  }

  async restore(trashId: string): Promise<{ path: string }> {
    const path = await this.options.trash.restore(trashId);
    await this.indexFromDisk(path);
    this.options.emit('tree:changed', {});
    return { path };
  }

  /**
   * Writes an image or a recording (a mock interview's answer) atomically,
   * replacing a file of that name, its folders made as needed. Notes are not
   * written here: they go through `write`, which checks for conflicts.
   */
  async writeAsset(relative: string, bytes: Uint8Array): Promise<{ path: string }> {
    const { path, absolute } = await this.options.paths.resolve(relative);
    if (!ASSET_EXTENSION.test(path)) throw new CoachError('INVALID_ARGUMENT', `“${path}” is not an image or a recording.`);
    const folderExisted = await lstatOrNull(nodePath.dirname(absolute), path);
    try {
      // The nearest existing folder was proved inside the vault; what is made below it is too.
      await fsp.mkdir(nodePath.dirname(absolute), { recursive: true });
    } catch (error) {
      throw toCoachError(error, 'save', path);
    }
    await this.options.writer.replace(absolute, bytes, path);
    if (!folderExisted) this.options.emit('tree:changed', {});
    return { path };
  }

  /** The images and recordings directly in `folder` (none when it does not exist), with their size and time. */
  async listAssets(folder: string): Promise<{ path: string; bytes: number; mtimeMs: number }[]> {
    const { path, absolute } = await this.options.paths.resolve(folder);
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(absolute, { withFileTypes: true });
    } catch {
      return [];
    }
    const assets = entries.filter((entry) => entry.isFile() && ASSET_EXTENSION.test(entry.name));
    return Promise.all(
      assets.map(async (entry) => {
        const stat = await fsp.stat(nodePath.join(absolute, entry.name));
        return { path: `${path}/${entry.name}`, bytes: stat.size, mtimeMs: stat.mtimeMs };
      }),
    );
  }

  /** The absolute path of an image or a recording in the vault, for the hosts' asset route. */
  async resolveAsset(relative: string): Promise<string> {
    const { path, absolute } = await this.options.paths.resolve(relative);
    if (!ASSET_EXTENSION.test(path)) throw new CoachError('INVALID_ARGUMENT', `“${path}” is not an image or a recording.`);
    const stat = await lstatOrThrow(absolute, path, 'open');
    if (!stat.isFile()) throw new CoachError('NOT_FOUND', `“${path}” is not a file.`);
    return absolute;
  }

  /** Reads notes into the catalog and the search index; unreadable ones (binary, too large) are skipped. */
  indexNotes(notePaths: readonly string[]): Promise<void> {
    return this.options.catalog.load(notePaths);
  }

  /** Indexes a note, or every note in a folder, as it is on disk now. */
  async indexFromDisk(path: string): Promise<void> {
    const stat = await lstatOrNull(this.options.paths.toAbsolute(path), path);
    if (stat?.isDirectory()) await this.indexNotes(pathsOf(await scanTree(this.options.paths, path), 'note'));
    else if (stat?.isFile() && isNoteName(path)) await this.indexNotes([path]);
  }

  private async resolveNote(relative: string) {
    const resolved = await this.options.paths.resolve(relative);
    if (!isNoteName(resolved.path)) {
      throw new CoachError('INVALID_ARGUMENT', `“${resolved.path}” is not a Markdown note (.md or .mdx).`);
    }
    return resolved;
  }
}

/** A file or folder name typed by the user: one path segment. */
function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes('/') || trimmed.includes('\\')) throw new CoachError('INVALID_ARGUMENT', 'A name cannot contain “/” or “\\”.');
  if (trimmed === '' || trimmed === '.' || trimmed === '..') throw new CoachError('INVALID_ARGUMENT', 'Please give a name.');
  if (isIgnoredName(trimmed)) throw new CoachError('INVALID_ARGUMENT', `“${trimmed}” would be hidden; choose a name that does not start with a dot.`);
  return normalizeVaultPath(trimmed);
}

function withNoteExtension(name: string): string {
  return isNoteName(name) ? name : `${name}.md`;
}

function join(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

async function currentHash(absolute: string, path: string): Promise<string | null> {
  try {
    return hashBytes(await fsp.readFile(absolute));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw toCoachError(error, 'save', path);
  }
}

function conflict(path: string, expected: string | null): CoachError {
  const why = expected === null ? 'a note with that name already exists.' : 'it was changed on disk by another program since you opened it.';
  return new CoachError('CONFLICT', `“${path}” was not saved: ${why}`);
}

async function lstatOrNull(absolute: string, path: string) {
  try {
    return await fsp.lstat(absolute);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw toCoachError(error, 'open', path);
  }
}

async function lstatOrThrow(absolute: string, path: string, action: string) {
  try {
    return await fsp.lstat(absolute);
  } catch (error) {
    throw toCoachError(error, action, path);
  }
}
