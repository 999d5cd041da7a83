/**
 * The Markdown of a story being created: the template, or "Turn into story"
 * from a question of the notes and the draft answer under it. What the user
 * chose when creating it (its title, competencies, more questions) wins over
 * what the draft suggests.
 */
import { normalizeQuestion } from '../cards';
import { LineIndex } from './line-index';
import { setStoryFields } from './set-story-fields';
import { parseStory } from './story-file';
import { storyFromDraft } from './story-from-draft';
import { newStoryMarkdown } from './story-template';
import { oneLine } from './yaml-values';

export interface NewStoryChoices {
  title: string;
  competencies?: readonly string[];
  questions?: readonly string[];
}

export function templateStory(choices: NewStoryChoices): string {
  return newStoryMarkdown({ title: choices.title, competencies: choices.competencies, questions: choices.questions });
}

/** A story pre-filled from `draft`, the answer under `question` in the notes; the question is linked. */
export function storyFromCard(choices: NewStoryChoices, question: string, draft: string): string {
  const drafted = storyFromDraft(question, draft);
  const title = oneLine(choices.title);
  const retitled = title !== drafted.title;
  const markdown = setStoryFields(drafted.markdown, {
    title: retitled ? title : undefined,
    competencies: choices.competencies,
    questions: choices.questions && uniqueQuestions([oneLine(question), ...choices.questions]),
  });
  return retitled ? retitleHeading(markdown, title) : markdown;
}

/** The `# Title` heading says the new title too, so the file reads the same in any editor. */
function retitleHeading(markdown: string, title: string): string {
  const line = parseStory(markdown, '').titleLine;
  if (line === null) return markdown;
  const lines = new LineIndex(markdown);
  return `${markdown.slice(0, lines.start(line))}# ${title}${markdown.slice(lines.end(line))}`;
}

function uniqueQuestions(questions: readonly string[]): string[] {
  const seen = new Set<string>();
  return questions.filter((question) => {
    const key = normalizeQuestion(question);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
