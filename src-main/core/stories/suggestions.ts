/**
 * For a question no story answers yet, the stories that could: those that
 * share the most competencies with it, each with the competencies it shares
 * as the reason, so the user can judge the suggestion.
 */
import { DEFAULT_COMPETENCIES, resolveCompetencies, type Competency } from './competencies';
import type { StoryRef } from './matrix';
import { questionCompetencies } from './question-bank';

export interface StorySuggestion {
  storyId: string;
  title: string;
  /** Ids of the competencies the story shares with the question, in the question's order. */
  shared: string[];
  /** Why it is suggested, for the UI: "Both about conflict and cross-team collaboration". */
  reason: string;
}

/**
 * Stories for `question`, best first: the most shared competencies, then
 * the story most about them (fewest other competencies), then by title and
 * id, so the order never depends on the order stories were read in. The
 * question's competencies are the bank's mapping, else the keyword guess;
 * stories sharing none are left out.
 */
export function suggestStories(question: string, stories: readonly StoryRef[], competencies: readonly Competency[] = DEFAULT_COMPETENCIES): StorySuggestion[] {
  return storySuggester(stories, competencies)(question);
}

/**
 * suggestStories for many questions against the same stories: each story's
 * competencies are resolved once, not once a question (the questions view
 * suggests stories for every unlinked question).
 */
export function storySuggester(stories: readonly StoryRef[], competencies: readonly Competency[] = DEFAULT_COMPETENCIES): (question: string) => StorySuggestion[] {
  const labels = new Map(competencies.map((competency) => [competency.id, competency.label.toLowerCase()]));
  const idsOf = stories.map((story) => new Set(resolveCompetencies(story.competencies, competencies).known.map((competency) => competency.id)));
  return (question) => {
    const wanted = questionCompetencies(question);
    const ranked: (StorySuggestion & { focus: number })[] = [];
    stories.forEach((story, index) => {
      const ids = idsOf[index]!;
      const shared = wanted.filter((id) => ids.has(id));
      if (shared.length === 0) return;
      const names = shared.map((id) => labels.get(id) ?? id);
      ranked.push({ storyId: story.id, title: story.title, shared, reason: `Both about ${joinNames(names)}`, focus: shared.length / ids.size });
    });
    ranked.sort((a, b) => b.shared.length - a.shared.length || b.focus - a.focus || compare(a.title.toLowerCase(), b.title.toLowerCase()) || compare(a.storyId, b.storyId));
    return ranked.map(({ focus: _focus, ...suggestion }) => suggestion);
  };
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "a", "a and b", "a, b and c". */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
