/**
 * New / due / total counts for the deck list: per note (a deck is a note
 * holding cards), per folder and per tag. A folder counts the folders below
 * it and a tag its nested tags (`a` counts `a/b`), as studying them does;
 * '' is the vault's root. Tags are grouped without regard to case, under the
 * spelling seen first.
 */
import { dueLimits, isAvailable, isDue } from './due';
import type { CardStateSource } from './queue';
import type { DrillCard } from './types';

export interface Counts {
  /** Never graded, neither suspended nor buried; the day's new-card limit is not applied (see `newLeftToday`). */
  new: number;
  /** Due today, neither suspended nor buried. */
  due: number;
  /** Every card, suspended and buried ones included. */
  total: number;
}

export interface DeckCounts {
  notes: Record<string, Counts>;
  folders: Record<string, Counts>;
  tags: Record<string, Counts>;
  /** How many new cards today's limit still allows. */
  newLeftToday: number;
}

interface Group {
  counts: Counts;
  /** Index of the last card counted, so a card under `a` and `a/b` counts once for `a`. */
  lastCard: number;
}

export function deckCounts(cards: readonly DrillCard[], store: CardStateSource, now: number, newCardsPerDay: number): DeckCounts {
  const limits = dueLimits(now);
  const notes = new Groups();
  const folders = new Groups();
  const tags = new Groups();
  // Cards of one note share their folder and tag strings: resolve each distinct one once.
  const folderGroups = new Map<string, Group[]>();
  const tagGroups = new Map<string, Group[]>();
  const states = store.statesOf(cards);
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    const state = states[i];
    const available = !state || isAvailable(state, now);
    const isNew = available && !state?.schedule;
    const due = available && !!state?.schedule && isDue(state.schedule, limits);
    count(notes.get(card.notePath), i, isNew, due);
    for (const group of memo(folderGroups, card.folder, () => folderAncestors(card.folder).map((f) => folders.get(f)))) {
      count(group, i, isNew, due);
    }
    for (const tag of card.tags) {
      for (const group of memo(tagGroups, tag, () => tagAncestors(tag).map((t) => tags.get(t.toLowerCase(), t)))) count(group, i, isNew, due);
    }
  }
  return {
    notes: notes.result(),
    folders: folders.result(),
    tags: tags.result(),
    newLeftToday: Math.max(0, newCardsPerDay - store.introducedOn(now)),
  };
}

function count(group: Group, card: number, isNew: boolean, due: boolean): void {
  if (group.lastCard === card) return;
  group.lastCard = card;
  group.counts.total++;
  if (isNew) group.counts.new++;
  if (due) group.counts.due++;
}

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** 'a/b' → ['a/b', 'a', '']. */
function folderAncestors(folder: string): string[] {
  const result = [''];
  for (let slash = folder.indexOf('/'); slash >= 0; slash = folder.indexOf('/', slash + 1)) result.push(folder.slice(0, slash));
  if (folder !== '') result.push(folder);
  return result;
}

/** 'a/b/c' → ['a', 'a/b', 'a/b/c']. */
function tagAncestors(tag: string): string[] {
  const parts = tag.replace(/^#/, '').split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Groups by key; a tag group keeps the spelling it was first seen with. */
class Groups {
  private readonly byKey = new Map<string, { name: string; group: Group }>();

  get(key: string, name = key): Group {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { name, group: { counts: { new: 0, due: 0, total: 0 }, lastCard: -1 } };
      this.byKey.set(key, entry);
    }
    return entry.group;
  }

  result(): Record<string, Counts> {
    const result: Record<string, Counts> = {};
    for (const { name, group } of this.byKey.values()) result[name] = group.counts;
    return result;
  }
}
