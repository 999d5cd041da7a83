/**
 * Scans the vault into the tree the sidebar shows: folders and Markdown notes,
 * folders first, each level in case-insensitive natural order ("Note 2" before
 * "Note 10").
 */
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { TreeNode } from '../../contract';
import { isIgnoredName, isNoteName, type VaultPaths } from './vault-paths';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Natural, case-insensitive; names equal but for case still get a stable order. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function noteTitleFromName(name: string): string {
  return name.replace(/\.mdx?$/i, '');
}

export async function scanTree(paths: VaultPaths, folder = ''): Promise<TreeNode[]> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(paths.toAbsolute(folder), { withFileTypes: true });
  } catch {
    return []; // An unreadable subfolder shows as empty rather than failing the whole tree.
  }
  const prefix = folder === '' ? '' : `${folder}/`;
  // Symlinks are skipped: they can loop, duplicate notes, or point outside the vault.
  const folders = entries.filter((e) => e.isDirectory() && !isIgnoredName(e.name));
  const notes = entries.filter((e) => e.isFile() && !isIgnoredName(e.name) && isNoteName(e.name));
  const byName = (a: Dirent, b: Dirent) => compareNames(a.name, b.name);

  const folderNodes = await Promise.all(
    folders.sort(byName).map(async (e): Promise<TreeNode> => {
      const path = prefix + e.name;
      return { kind: 'folder', path, name: e.name, children: await scanTree(paths, path) };
    }),
  );
  const noteNodes = notes.sort(byName).map((e): TreeNode => ({ kind: 'note', path: prefix + e.name, name: e.name, title: noteTitleFromName(e.name) }));
  return [...folderNodes, ...noteNodes];
}

/** Every note's (or folder's) path in the tree, depth first. */
export function pathsOf(tree: readonly TreeNode[], kind: TreeNode['kind'], out: string[] = []): string[] {
  for (const node of tree) {
    if (node.kind === kind) out.push(node.path);
    if (node.kind === 'folder') pathsOf(node.children, kind, out);
  }
  return out;
}
