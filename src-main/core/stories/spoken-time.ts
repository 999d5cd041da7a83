/**
 * How long a story takes to tell, at a calm interview pace, in all and by
 * section: the story list shows the first, the editor's bar the second.
 */
import { WORDS_PER_MINUTE } from './coach-rules';
import { STAR_KINDS, type SectionKind } from './section-names';
import type { ParsedStory } from './story-file';

/** Seconds to say `words` words, rounded to the second. */
export function spokenSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

export interface SpokenPart {
  kind: Exclude<SectionKind, 'reflection'>;
  words: number;
  seconds: number;
  /** Share of the story's spoken words, 0–1; the shares add up to 1 (or are all 0). */
  share: number;
}

/**
 * The spoken time by part: Situation, Task, Action, Result, then other
 * sections together. Reflection is not told, so it has no part. Parts with
 * no words are kept, so the bar always has the same four STAR segments.
 */
export function spokenSplit(story: ParsedStory): SpokenPart[] {
  const kinds: Exclude<SectionKind, 'reflection'>[] = [...STAR_KINDS, 'other'];
  return kinds.map((kind) => {
    const words = story.sections.reduce((sum, section) => (section.kind === kind ? sum + section.words : sum), 0);
    return { kind, words, seconds: spokenSeconds(words), share: story.words === 0 ? 0 : words / story.words };
  });
}
