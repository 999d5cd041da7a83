/**
 * When a card counts as due today. Review cards are scheduled in days, so
 * one due any time before the next study day starts is due today (Anki's
 * rule); (re)learning cards run on minute steps and are due when their step
 * is up, or nearly (Anki's 20 minute "learn ahead"), so a session does not
 * end just before a short step comes round.
 */
import type { CardState } from './card-state';
import { nextStudyDayStart } from './day';
import type { Schedule } from './scheduler';

export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DueLimits {
  now: number;
  /** Review cards due before this are due today. */
  dayEnd: number;
  /** (Re)learning cards due by this are due now. */
  learnAhead: number;
}

export function dueLimits(now: number): DueLimits {
  return { now, dayEnd: nextStudyDayStart(now), learnAhead: now + LEARN_AHEAD_MS };
}

export function isDue(schedule: Schedule, limits: DueLimits): boolean {
  return schedule.phase === 'review' ? schedule.due < limits.dayEnd : schedule.due <= limits.learnAhead;
}

/** Neither suspended nor buried at `now`. */
export function isAvailable(state: Readonly<CardState>, now: number): boolean {
  return !state.suspended && state.buriedUntil <= now;
}
