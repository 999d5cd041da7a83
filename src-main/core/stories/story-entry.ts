/**
 * What the story list keeps of each story: its front matter fields, length
 * and coach warnings, read once when the file changes. The text itself is
 * not kept; the few methods that need it read the file.
 */
import type { Competency, StarSection, StorySummary } from '../../contract';
import { coachStory } from './coach';
import { resolveCompetencies } from './competencies';
import type { StoryRef } from './matrix';
import { spokenSeconds } from './spoken-time';
import { parseStory } from './story-file';
import type { StoryMeta } from './story-meta';

export interface StoryEntry {
  path: string;
  hash: string;
  meta: StoryMeta;
  words: number;
  missing: StarSection[];
  warnings: number;
}

export function storyEntry(path: string, content: string, hash: string): StoryEntry {
  const story = parseStory(content, path);
  return {
    path,
    hash,
    meta: story.meta,
    words: story.words,
    missing: [...story.missing],
    warnings: coachStory(story).filter((finding) => finding.severity === 'warning').length,
  };
}

/** The list's view of a story; competencies are resolved against the set now in the settings. */
export function storySummary(entry: StoryEntry, competencies: readonly Competency[]): StorySummary {
  const { known, unknown } = resolveCompetencies(entry.meta.competencies, competencies);
  const { meta } = entry;
  return {
    path: entry.path,
    hash: entry.hash,
    title: meta.title,
    competencies: known.map((competency) => competency.id),
    unknownCompetencies: unknown,
    questions: [...meta.questions],
    targetSeconds: meta.targetSeconds,
    lastRehearsed: meta.lastRehearsed,
    rating: meta.rating,
    words: entry.words,
    spokenSeconds: spokenSeconds(entry.words),
    missing: [...entry.missing],
    warnings: entry.warnings,
  };
}

/** What the matrix and the suggestions need of a story, its path as its id. */
export function storyRef(entry: StoryEntry): StoryRef {
  return { id: entry.path, title: entry.meta.title, competencies: entry.meta.competencies, questions: entry.meta.questions };
}
