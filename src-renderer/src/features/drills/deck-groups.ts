/** The deck list's order: notes at the vault's root first, then each folder with its notes, folders by path. */
import type { DeckCounts, DrillOverview } from '../../../../src-main/contract';

export type Deck = DrillOverview['decks'][number];

export interface DeckGroup {
  /** '' for the notes at the vault's root (shown without a folder row). */
  folder: string;
  /** The folder's own counts (its subfolders included); undefined for the root. */
  counts: DeckCounts | undefined;
  /** How deep the folder is: 0 for a top-level folder. */
  depth: number;
  decks: Deck[];
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

export function groupDecks(overview: Pick<DrillOverview, 'decks' | 'folders'>): DeckGroup[] {
  const decksIn = new Map<string, Deck[]>();
  for (const deck of overview.decks) decksIn.set(deck.folder, [...(decksIn.get(deck.folder) ?? []), deck]);
  for (const decks of decksIn.values()) decks.sort((a, b) => byText(a.title, b.title));

  const groups: DeckGroup[] = [];
  const root = decksIn.get('');
  if (root) groups.push({ folder: '', counts: undefined, depth: 0, decks: root });
  const folders = new Map(overview.folders.filter((f) => f.folder !== '').map((f) => [f.folder, f.counts]));
  // A folder holding decks always gets its row, even if the overview left it out.
  for (const folder of decksIn.keys()) if (folder !== '' && !folders.has(folder)) folders.set(folder, sum(decksIn.get(folder)!));
  // Path order, segment by segment, so that "a/b" follows "a" and precedes "a b".
  const sorted = [...folders.keys()].sort((a, b) => {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const order = byText(x[i]!, y[i]!);
      if (order !== 0) return order;
    }
    return x.length - y.length;
  });
  for (const folder of sorted) {
    groups.push({ folder, counts: folders.get(folder), depth: folder.split('/').length - 1, decks: decksIn.get(folder) ?? [] });
  }
  return groups;
}

function sum(decks: Deck[]): DeckCounts {
  return decks.reduce((total, deck) => ({ new: total.new + deck.counts.new, due: total.due + deck.counts.due, total: total.total + deck.counts.total }), {
    new: 0,
    due: 0,
    total: 0,
  });
}

/** The last part of a folder path: "Technical/Go" → "Go". */
export function folderLeaf(folder: string): string {
  return folder.slice(folder.lastIndexOf('/') + 1);
}
