import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { STORIES_CHANGED_DELAY_MS, StoryChanges } from './story-changes';

function setup() {
  const clock = new FakeClock();
  let questions = 'q1';
  let told = 0;
  const changes = new StoryChanges(clock, () => questions, () => told++);
  return { clock, changes, told: () => told, setQuestions: (key: string) => (questions = key) };
}

describe('StoryChanges', () => {
  it('tells a burst of story changes once, after a short delay', () => {
    const { clock, changes, told } = setup();
    changes.storyChanged();
    changes.storyChanged();
    clock.advance(STORIES_CHANGED_DELAY_MS - 1);
    changes.storyChanged();
    expect(told()).toBe(0);
    clock.advance(1);
    expect(told()).toBe(1);
    clock.advance(10 * STORIES_CHANGED_DELAY_MS);
    expect(told()).toBe(1);
  });

  it('tells a change of the cards only when the behavioral questions changed', () => {
    const { clock, changes, told, setQuestions } = setup();
    changes.cardsChanged();
    clock.advance(STORIES_CHANGED_DELAY_MS);
    expect(told()).toBe(0);
    setQuestions('q2');
    changes.cardsChanged();
    clock.advance(STORIES_CHANGED_DELAY_MS);
    expect(told()).toBe(1);
    changes.cardsChanged();
    clock.advance(STORIES_CHANGED_DELAY_MS);
    expect(told()).toBe(1);
  });

  it('tells nothing once closed', () => {
    const { clock, changes, told } = setup();
    changes.storyChanged();
    changes.close();
    clock.advance(STORIES_CHANGED_DELAY_MS);
    expect(told()).toBe(0);
  });
});
