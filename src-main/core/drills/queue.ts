/**
 * Today's queue for a selection: the due cards, most overdue first, then new
 * cards in note order up to what is left of the day's new-card limit.
 * Suspended and buried cards are left out.
 *
 * One pass over the cards with their states already looked up (the store
 * caches that per card list), and only the due cards are sorted: 100,000
 * cards take a few milliseconds.
 */
import type { CardState } from './card-state';
import { dueLimits, isAvailable, isDue } from './due';
import { dueOrder } from './due-order';
import { selectionFilter } from './selection';
import type { DrillCard, DrillSelection } from './types';

export const DEFAULT_NEW_CARDS_PER_DAY = 20;

/** What the queue needs of the schedule store. */
export interface CardStateSource {
  /** Each card's state, index for index; undefined for a card never seen. */
  statesOf(cards: readonly DrillCard[]): readonly (Readonly<CardState> | undefined)[];
  introducedOn(now: number): number;
}

/** `C`: the caller's own card type, handed back as it was given. */
export interface DrillQueue<C extends DrillCard = DrillCard> {
  /** Due cards first, then new ones. */
  cards: C[];
  dueCount: number;
  newCount: number;
}

export interface QueueOptions {
  newCardsPerDay?: number;
}

export function buildQueue<C extends DrillCard>(
  cards: readonly C[],
  store: CardStateSource,
  selection: DrillSelection,
  now: number,
  options: QueueOptions = {},
): DrillQueue<C> {
  const inSelection = selectionFilter(selection);
  const limits = dueLimits(now);
  // "Due" studies only what is due; new cards come from the other selections.
  // Writing answers to unanswered questions is not learning new cards: the day's limit does not apply.
  let newLeft =
    selection.kind === 'due'
      ? 0
      : selection.kind === 'unanswered'
        ? Infinity
        : Math.max(0, (options.newCardsPerDay ?? DEFAULT_NEW_CARDS_PER_DAY) - store.introducedOn(now));
  // Due cards as indexes and times in typed arrays: no allocation per card.
  const dueIndex = new Uint32Array(cards.length);
  const dueAt = new Float64Array(cards.length);
  let dueCount = 0;
  const fresh: C[] = [];
  const states = store.statesOf(cards);
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    if (!inSelection(card)) continue;
    const state = states[i];
    if (state && !isAvailable(state, now)) continue;
    const schedule = state?.schedule;
    if (schedule) {
      if (isDue(schedule, limits)) {
        dueIndex[dueCount] = i;
        dueAt[dueCount++] = schedule.due;
      }
    } else if (newLeft > 0) {
      fresh.push(card);
      newLeft--;
    }
  }
  const queue: C[] = [];
  for (const i of dueOrder(dueAt.subarray(0, dueCount))) queue.push(cards[dueIndex[i]!]!);
  for (const card of fresh) queue.push(card);
  return { cards: queue, dueCount, newCount: fresh.length };
}
