/**
 * The story bank at a glance: which stories cover which competency, the
 * competencies with no story yet, and the questions no story answers. Built
 * from maps keyed by competency and by normalised question, so 500 stories
 * and 200 questions take a few milliseconds.
 */
import { normalizeQuestion } from '../cards';
import { resolveCompetencies, type Competency } from './competencies';

/** What the matrix needs of a story. */
export interface StoryRef {
  /** The story's vault path, or any id unique among the stories. */
  id: string;
  title: string;
  /** Competency names as written in the story. */
  competencies: readonly string[];
  /** Linked questions as written in the story. */
  questions: readonly string[];
}

export interface MatrixStory {
  id: string;
  title: string;
  /** Ids of the set's competencies the story covers: its row of the matrix. */
  competencyIds: string[];
  /** Competencies the story names that are not in the set (removed from the settings, or misspelt). */
  unknownCompetencies: string[];
}

export interface CompetencyCoverage {
  competency: Competency;
  /** Ids of the stories that cover it, in story order. */
  storyIds: string[];
  count: number;
}

export interface QuestionLinks {
  question: string;
  /** Ids of the stories linked to the question. */
  storyIds: string[];
}

export interface StoryMatrix {
  stories: MatrixStory[];
  /** One entry a competency, in the set's order: the matrix's columns. */
  coverage: CompetencyCoverage[];
  /** Competencies with no story, each with the sentence the view shows. */
  gaps: { competencyId: string; message: string }[];
  /** Each question once (by its normalised form), in the order given. */
  questions: QuestionLinks[];
  /** The questions no story is linked to. */
  unlinkedQuestions: string[];
}

/**
 * The matrix of `stories` × `competencies`, and which of `questions` have
 * a story. A story is linked to a question when one of its questions is the
 * same once case, spacing and punctuation are ignored (normalizeQuestion).
 */
export function buildMatrix(stories: readonly StoryRef[], competencies: readonly Competency[], questions: readonly string[]): StoryMatrix {
  const byCompetency = new Map<string, string[]>(competencies.map((competency) => [competency.id, []]));
  const byQuestion = new Map<string, string[]>();
  const rows: MatrixStory[] = stories.map((story) => {
    const { known, unknown } = resolveCompetencies(story.competencies, competencies);
    for (const competency of known) byCompetency.get(competency.id)!.push(story.id);
    for (const key of new Set(story.questions.map(normalizeQuestion))) {
      const linked = byQuestion.get(key);
      if (linked) linked.push(story.id);
      else byQuestion.set(key, [story.id]);
    }
    return { id: story.id, title: story.title, competencyIds: known.map((competency) => competency.id), unknownCompetencies: unknown };
  });

  const coverage = competencies.map((competency) => {
    const storyIds = byCompetency.get(competency.id)!;
    return { competency, storyIds, count: storyIds.length };
  });
  const seen = new Set<string>();
  const links: QuestionLinks[] = [];
  for (const question of questions) {
    const key = normalizeQuestion(question);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ question, storyIds: byQuestion.get(key) ?? [] });
  }
  return {
    stories: rows,
    coverage,
    gaps: coverage.filter((entry) => entry.count === 0).map((entry) => ({ competencyId: entry.competency.id, message: `No story for ${entry.competency.label.toLowerCase()} yet` })),
    questions: links,
    unlinkedQuestions: links.filter((link) => link.storyIds.length === 0).map((link) => link.question),
  };
}
