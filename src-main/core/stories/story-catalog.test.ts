import { describe, expect, it } from 'vitest';
import { hashText } from '../fs/text-file';
import { silentLogger } from '../testing/test-core';
import { StoryCatalog } from './story-catalog';

/** A catalog whose reads wait until the test lets them finish. */
function setup(files: Record<string, string>) {
  const pending: (() => void)[] = [];
  let changes = 0;
  const catalog = new StoryCatalog({
    read: (notePath) =>
      new Promise((resolve, reject) => {
        const content = files[notePath];
        pending.push(() => (content === undefined ? reject(new Error('gone')) : resolve({ content, hash: hashText(content) })));
      }),
    logger: silentLogger,
    onChange: () => changes++,
  });
  return { catalog, finishReads: () => pending.splice(0).forEach((finish) => finish()), changes: () => changes };
}

describe('StoryCatalog', () => {
  it('reads only the notes under Stories/, and tells once when the load found stories', async () => {
    const { catalog, finishReads, changes } = setup({ 'Stories/a.md': '# A\n', 'Stories/b.md': '# B\n' });
    const loading = catalog.load(['Stories/a.md', 'Notes/x.md', 'Stories/b.md', 'Stories/missing.md']);
    finishReads();
    await loading;
    expect(catalog.all().map((entry) => [entry.path, entry.meta.title])).toEqual([
      ['Stories/a.md', 'A'],
      ['Stories/b.md', 'B'],
    ]);
    expect(changes()).toBe(1);
  });

  it('keeps a story changed or removed while the load read it: the load’s copy is older', async () => {
    const { catalog, finishReads } = setup({ 'Stories/a.md': '# Old\n', 'Stories/b.md': '# B\n' });
    const loading = catalog.load(['Stories/a.md', 'Stories/b.md']);
    catalog.noteChanged('Stories/a.md', '# New\n');
    catalog.noteRemoved('Stories/b.md');
    finishReads();
    await loading;
    expect(catalog.all().map((entry) => [entry.path, entry.meta.title])).toEqual([['Stories/a.md', 'New']]);
  });

  it('ignores notes elsewhere, and a change that leaves a story as it was', () => {
    const { catalog, changes } = setup({});
    catalog.noteChanged('Notes/a.md', '# A\n');
    catalog.noteRemoved('Notes/a.md');
    catalog.noteChanged('Stories/a.md', '# A\n');
    catalog.noteChanged('Stories/a.md', '# A\n');
    expect(changes()).toBe(1);
    catalog.noteRemoved('Stories/a.md');
    catalog.noteRemoved('Stories/a.md');
    expect(changes()).toBe(2);
  });
});
