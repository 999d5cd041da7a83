/**
 * When to tell the windows `stories:changed`: after a story was added,
 * edited or removed, or after the behavioral questions of the notes changed
 * (the question list and the matrix show them). Changes close together are
 * told once: a vault opening, or another program saving several stories,
 * makes one refetch, not one per file.
 */
import type { Clock } from '../types';

/** Short enough to feel immediate, long enough to fold a burst of file events into one. */
export const STORIES_CHANGED_DELAY_MS = 100;

export class StoryChanges {
  private timer: unknown = null;
  private storiesChanged = false;
  private questions: string;

  /** @param questionsKey what the notes' behavioral questions are now, as a comparable text */
  constructor(
    private readonly clock: Clock,
    private readonly questionsKey: () => string,
    private readonly notify: () => void,
  ) {
    this.questions = questionsKey();
  }

  /** A story was added, changed or removed. */
  readonly storyChanged = (): void => {
    this.storiesChanged = true;
    this.schedule();
  };

  /** The notes' cards changed; maybe their behavioral questions did (told only if so). */
  readonly cardsChanged = (): void => this.schedule();

  close(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => this.flush(), STORIES_CHANGED_DELAY_MS);
  }

  private flush(): void {
    this.timer = null;
    const questions = this.questionsKey();
    if (!this.storiesChanged && questions === this.questions) return;
    this.storiesChanged = false;
    this.questions = questions;
    this.notify();
  }
}
