/**
 * A card's drill state and how each log entry changes it. The same function
 * applies an entry live and when replaying the log at start, so the two
 * cannot disagree.
 *
 * A state object, once created, stays the card's for good and is changed in
 * place (a card made new again by an undo keeps it, with no schedule), so a
 * reference to it held by a queue cache never goes stale.
 */
import type { LogEntry } from './log-entry';
import type { Schedule } from './scheduler';

export interface CardState {
  /** Null until the card is first graded (it is "new"). */
  schedule: Schedule | null;
  /** Epoch ms of the card's first grade, 0 while new: counts against the day's new cards. */
  introducedAt: number;
  suspended: boolean;
  /** Epoch ms until which the card is buried, 0 for not buried. */
  buriedUntil: number;
}

export type CardStates = Map<string, CardState>;

export function applyEntry(states: CardStates, entry: LogEntry): void {
  let state = states.get(entry.cardId);
  if (state === undefined) {
    state = { schedule: null, introducedAt: 0, suspended: false, buriedUntil: 0 };
    states.set(entry.cardId, state);
  }
  switch (entry.type) {
    case 'grade':
      if (state.schedule === null) state.introducedAt = entry.at;
      state.schedule = entry.after;
      break;
    case 'undo':
      state.schedule = entry.restore;
      if (entry.restore === null) state.introducedAt = 0;
      break;
    case 'suspend':
      state.suspended = true;
      break;
    case 'unsuspend':
      state.suspended = false;
      break;
    case 'bury':
      state.buriedUntil = entry.until;
      break;
  }
}
