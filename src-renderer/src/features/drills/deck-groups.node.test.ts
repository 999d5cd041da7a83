import { expect, it } from 'vitest';
import { folderLeaf, groupDecks, type Deck } from './deck-groups';

const counts = (n: number) => ({ new: n, due: 0, total: n });
const deck = (notePath: string, folder: string, n = 1): Deck => ({ notePath, title: notePath.replace(/^.*\//, '').replace(/\.md$/, ''), folder, counts: counts(n) });

it('puts the root notes first, then folders in path order, each with its notes by title', () => {
  const groups = groupDecks({
    decks: [deck('b.md', ''), deck('a.md', ''), deck('Tech/Go/z.md', 'Tech/Go'), deck('Tech/y.md', 'Tech'), deck('Tech x/w.md', 'Tech x')],
    folders: [
      { folder: '', counts: counts(5) },
      { folder: 'Tech x', counts: counts(1) },
      { folder: 'Tech/Go', counts: counts(1) },
      { folder: 'Tech', counts: counts(2) },
    ],
  });
  expect(groups.map((g) => [g.folder, g.depth, g.decks.map((d) => d.title)])).toEqual([
    ['', 0, ['a', 'b']],
    ['Tech', 0, ['y']],
    ['Tech/Go', 1, ['z']],
    ['Tech x', 0, ['w']],
  ]);
  expect(groups[1]!.counts).toEqual(counts(2));
});

it('gives a folder with decks a row even when the overview does not list it, with its decks summed', () => {
  const groups = groupDecks({ decks: [deck('F/a.md', 'F', 2), deck('F/b.md', 'F', 3)], folders: [] });
  expect(groups).toEqual([{ folder: 'F', depth: 0, counts: { new: 5, due: 0, total: 5 }, decks: expect.any(Array) }]);
  expect(folderLeaf('Tech/Go')).toBe('Go');
  expect(folderLeaf('Tech')).toBe('Tech');
});
