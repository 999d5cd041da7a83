/**
 * A drill session's course, as plain data: the cards still to go (the one on
 * screen first), the grades given with what the queue was before each (for
 * undo), and the cards taken out of it (suspended, buried, skipped).
 *
 * The queue comes from the core once, when the session starts. A card graded
 * into a short learning step (under 20 minutes: the core's "learn ahead")
 * comes back at the end of the queue, as it would be due again before the
 * session ends; a card scheduled for another day is done for the session.
 */
import type { CardView } from '../../../../src-main/contract';

/** A (re)learning card due within this much is due now: the core's LEARN_AHEAD_MS. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionState {
  readonly queue: readonly CardView[];
  readonly history: readonly { readonly cardId: string; readonly queueBefore: readonly CardView[] }[];
  readonly removed: ReadonlySet<string>;
}

export function startSession(cards: readonly CardView[]): SessionState {
  return { queue: cards, history: [], removed: new Set() };
}

export function currentCard(state: SessionState): CardView | undefined {
  return state.queue[0];
}

export function isFinished(state: SessionState): boolean {
  return state.queue.length === 0;
}

/** Whether a card just graded is due again before this session could end. */
export function comesBackInSession(graded: Pick<CardView, 'phase'>, intervalMs: number | undefined): boolean {
  if (graded.phase !== 'learning' && graded.phase !== 'relearning') return false;
  return intervalMs === undefined || intervalMs <= LEARN_AHEAD_MS;
}

/** The card on screen was graded: `graded` is the card as it is now, `intervalMs` what its grade gave it. */
export function afterGrade(state: SessionState, graded: CardView, intervalMs: number | undefined): SessionState {
  const rest = state.queue.slice(1).filter((card) => card.id !== graded.id);
  const queue = comesBackInSession(graded, intervalMs) ? [...rest, graded] : rest;
  return { ...state, queue, history: [...state.history, { cardId: graded.id, queueBefore: state.queue }] };
}

export function canUndo(state: SessionState): boolean {
  return state.history.length > 0;
}

/**
 * The last grade was taken back: the queue is as it was before it, with the
 * card as the core now has it (`restored`, null when the core said nothing),
 * minus the cards taken out since.
 */
export function afterUndo(state: SessionState, restored: CardView | null): SessionState {
  const last = state.history.at(-1);
  if (!last) return state;
  const queue = last.queueBefore
    .filter((card) => !state.removed.has(card.id))
    .map((card) => (restored && card.id === restored.id ? restored : card));
  return { ...state, queue, history: state.history.slice(0, -1) };
}

/** Takes a card out of the session (suspended, buried, skipped); undoing an earlier grade does not bring it back. */
export function withoutCard(state: SessionState, cardId: string): SessionState {
  const removed = new Set(state.removed);
  removed.add(cardId);
  return { ...state, queue: state.queue.filter((card) => card.id !== cardId), removed };
}

/** Puts a card taken out back on screen (its suspension was undone). */
export function withCardFirst(state: SessionState, card: CardView): SessionState {
  const removed = new Set(state.removed);
  removed.delete(card.id);
  return { ...state, queue: [card, ...state.queue.filter((c) => c.id !== card.id)], removed };
}

/** A newer version of a card (an answer written, the note edited) wherever it is in the session. */
export function withUpdatedCard(state: SessionState, card: CardView): SessionState {
  const swap = (cards: readonly CardView[]) => cards.map((c) => (c.id === card.id ? card : c));
  return {
    ...state,
    queue: swap(state.queue),
    history: state.history.map((entry) => ({ ...entry, queueBefore: swap(entry.queueBefore) })),
  };
}

/** What is left: distinct cards, and how many of them were never graded. */
export function remaining(state: SessionState): { left: number; fresh: number } {
  const seen = new Set<string>();
  let fresh = 0;
  for (const card of state.queue) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    if (card.phase === 'new') fresh++;
  }
  return { left: seen.size, fresh };
}

/** Share of the session done, 0 to 1: grades given over grades given and cards left. */
export function progress(state: SessionState): number {
  const done = state.history.length;
  const total = done + state.queue.length;
  return total === 0 ? 1 : done / total;
}
