/**
 * A new story file: front matter, a title, and the STAR sections as plain
 * `##` headings, readable and editable in any Markdown editor. The hints for
 * each section are shown by the app as placeholders, never written into the
 * file, so there is nothing to delete before the story reads well.
 */
import { DEFAULT_TARGET_SECONDS } from './coach-rules';
import { SECTION_TITLES, STAR_KINDS, type StarKind } from './section-names';
import { oneLine, yamlValue } from './yaml-values';

/** One line of guidance a section: the app's placeholder for it. */
export const SECTION_HINTS: Readonly<Record<StarKind | 'reflection', string>> = {
  situation: 'Where and when: the context in two or three sentences.',
  task: 'What you had to achieve, and why it was hard or mattered.',
  action: 'What you did, step by step, in the first person: "I…", not "we…".',
  result: 'What changed because of it, measured: numbers, time, money, people.',
  reflection: 'What you learned, or would do differently next time.',
};

export interface NewStory {
  title: string;
  /** Competency ids. */
  competencies?: readonly string[];
  /** Linked questions. */
  questions?: readonly string[];
  /** Target spoken length: seconds, or text like "2 min"; 90 s when absent. */
  target?: number | string;
  /** Text to start sections with. */
  sections?: Partial<Record<StarKind | 'reflection', string>>;
  /** Text that fits no section, kept under `## Draft` after the Result. */
  draft?: string;
}

const UNTITLED = 'Untitled story';

export function newStoryMarkdown(story: NewStory): string {
  const title = oneLine(story.title) || UNTITLED;
  const frontMatter = [
    `title:${yamlValue(title, '\n')}`,
    `competencies:${yamlValue(story.competencies ?? [], '\n')}`,
    `questions:${yamlValue(story.questions ?? [], '\n')}`,
    `target:${yamlValue(story.target ?? DEFAULT_TARGET_SECONDS, '\n')}`,
  ];
  const section = (heading: string, text: string | undefined) => (text?.trim() ? `## ${heading}\n\n${text.trim()}\n` : `## ${heading}\n`);
  const sections = STAR_KINDS.map((kind) => section(SECTION_TITLES[kind], story.sections?.[kind]));
  if (story.draft?.trim()) sections.push(section('Draft', story.draft));
  sections.push(section(SECTION_TITLES.reflection, story.sections?.reflection));
  return `---\n${frontMatter.join('\n')}\n---\n# ${title}\n\n${sections.join('\n')}`;
}
