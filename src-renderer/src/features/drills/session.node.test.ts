import { describe, expect, it } from 'vitest';
import type { CardView } from '../../../../src-main/contract';
import {
  afterGrade,
  afterUndo,
  canUndo,
  comesBackInSession,
  currentCard,
  isFinished,
  progress,
  remaining,
  startSession,
  withCardFirst,
  withoutCard,
  withUpdatedCard,
} from './session';

const card = (id: string, phase: CardView['phase'] = 'new'): CardView => ({
  id,
  notePath: 'Deck.md',
  line: 1,
  headingPath: [],
  question: `${id}?`,
  answer: `answer ${id}`,
  kind: 'technical',
  tags: [],
  phase,
  suspended: false,
});
const ids = (cards: readonly CardView[]) => cards.map((c) => c.id);

describe('a drill session', () => {
  it('goes through the queue; a card in a short learning step comes back at the end', () => {
    let state = startSession([card('a'), card('b'), card('c')]);
    expect(currentCard(state)?.id).toBe('a');
    state = afterGrade(state, card('a', 'learning'), 60_000); // Again: 1 min
    expect(ids(state.queue)).toEqual(['b', 'c', 'a']);
    state = afterGrade(state, card('b', 'review'), 4 * 86_400_000); // Easy: days
    expect(ids(state.queue)).toEqual(['c', 'a']);
    expect(remaining(state)).toEqual({ left: 2, fresh: 1 });
    state = afterGrade(state, card('c', 'review'), 86_400_000);
    state = afterGrade(state, card('a', 'review'), 86_400_000);
    expect(isFinished(state)).toBe(true);
    expect(progress(state)).toBe(1);
  });

  it('a learning step longer than the learn-ahead ends the card for the session', () => {
    expect(comesBackInSession({ phase: 'learning' }, 10 * 60_000)).toBe(true);
    expect(comesBackInSession({ phase: 'relearning' }, 21 * 60_000)).toBe(false);
    expect(comesBackInSession({ phase: 'review' }, 60_000)).toBe(false);
  });

  it('undo shows the graded card again, as the core restored it, with the queue as it was', () => {
    let state = startSession([card('a'), card('b')]);
    state = afterGrade(state, card('a', 'learning'), 60_000);
    expect(canUndo(state)).toBe(true);
    state = afterUndo(state, card('a', 'new'));
    expect(ids(state.queue)).toEqual(['a', 'b']);
    expect(currentCard(state)?.phase).toBe('new');
    expect(canUndo(state)).toBe(false);
    expect(afterUndo(state, null)).toBe(state);
  });

  it('undo after the last card brings the session back from its end', () => {
    let state = startSession([card('a')]);
    state = afterGrade(state, card('a', 'review'), 86_400_000);
    expect(isFinished(state)).toBe(true);
    state = afterUndo(state, card('a'));
    expect(currentCard(state)?.id).toBe('a');
  });

  it('a card suspended or buried stays out, even when an earlier grade is undone', () => {
    let state = startSession([card('a'), card('b'), card('c')]);
    state = afterGrade(state, card('a', 'review'), 86_400_000);
    state = withoutCard(state, 'b');
    expect(ids(state.queue)).toEqual(['c']);
    state = afterUndo(state, card('a'));
    expect(ids(state.queue)).toEqual(['a', 'c']);
    state = withCardFirst(state, card('b'));
    expect(ids(state.queue)).toEqual(['b', 'a', 'c']);
  });

  it('a card updated (an answer written) is updated everywhere in the session', () => {
    let state = startSession([card('a'), card('b')]);
    state = afterGrade(state, card('a', 'review'), 86_400_000);
    state = withUpdatedCard(state, { ...card('a'), answer: 'new answer' });
    state = afterUndo(state, null);
    expect(currentCard(state)?.answer).toBe('new answer');
  });

  it('counts distinct cards left', () => {
    const state = startSession([card('a'), card('b', 'review'), card('a')]);
    expect(remaining(state)).toEqual({ left: 2, fresh: 1 });
    expect(progress(startSession([]))).toBe(1);
  });
});
