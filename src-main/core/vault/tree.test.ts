import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TreeNode } from '../../contract';
import { pathsOf, scanTree } from './tree';
import { VaultPaths } from './vault-paths';

let root: string;
beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'tree-'));
  const files = ['Note 10.md', 'Note 2.md', 'note 1.md', 'b.MDX', 'image.png', 'Zeta/z.md', 'alpha/a.md', '.obsidian/app.md', '.trash/old.md', 'node_modules/x.md', '.hidden.md'];
  for (const file of files) {
    await fsp.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fsp.writeFile(path.join(root, file), '');
  }
});
afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

const names = (nodes: TreeNode[]) => nodes.map((n) => n.name);

describe('scanTree', () => {
  it('lists folders first, then notes, in natural case-insensitive order, skipping hidden folders and non-notes', async () => {
    const tree = await scanTree(await VaultPaths.open(root));
    expect(names(tree)).toEqual(['alpha', 'Zeta', 'b.MDX', 'note 1.md', 'Note 2.md', 'Note 10.md']);
    expect(tree[0]).toEqual({ kind: 'folder', path: 'alpha', name: 'alpha', children: [{ kind: 'note', path: 'alpha/a.md', name: 'a.md', title: 'a' }] });
    expect(pathsOf(tree, 'note')).toContain('Zeta/z.md');
    expect(pathsOf(tree, 'folder')).toEqual(['alpha', 'Zeta']);
  });
});
