/**
 * Which STAR section a heading or a label names. Stories are edited in other
 * editors too, so "### S — Situation", "## Actions", "## Result:" and
 * "**Situation:**" must all be read as the section they mean, and anything
 * else must be left as a section of its own rather than guessed at.
 */

export type StarKind = 'situation' | 'task' | 'action' | 'result';
export type SectionKind = StarKind | 'reflection' | 'other';

/** The STAR sections, in the order a story tells them. */
export const STAR_KINDS: readonly StarKind[] = ['situation', 'task', 'action', 'result'];

/** How each section is written in a new story's heading. */
export const SECTION_TITLES: Readonly<Record<StarKind | 'reflection', string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** Names (lowercase) that mean each section, the common synonyms included. */
const NAMES: Readonly<Record<StarKind | 'reflection', readonly string[]>> = {
  situation: ['situation', 'the situation', 'context', 'background'],
  task: ['task', 'tasks', 'the task', 'my task', 'goal', 'the goal', 'objective'],
  action: ['action', 'actions', 'the action', 'my actions', 'what i did', 'approach'],
  result: ['result', 'results', 'the result', 'outcome', 'outcomes', 'impact', 'result and impact', 'results and impact'],
  reflection: ['reflection', 'reflections', 'learning', 'learnings', 'lessons', 'lessons learned', 'lessons learnt', 'what i learned', 'what i learnt', 'takeaways'],
};

/** Single letters name a section only where they cannot be a title: in a `##` heading or a label ("S:"). */
const LETTERS: Readonly<Record<string, StarKind>> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

const KIND_OF_NAME = new Map<string, StarKind | 'reflection'>(
  Object.entries(NAMES).flatMap(([kind, names]) => names.map((name) => [name, kind as StarKind | 'reflection'] as const)),
);

/** Emphasis, code and link marks around a heading's words. */
const MARKUP = /[*_`[\]]/g;
/** Numbering, emoji and punctuation before the name: "1. ", "🎯 ", "— ". */
const LEAD = /^[^\p{L}\p{N}(]+|^\d+[.)]\s*/u;
/** A letter that stands for the section before its name: "S — Situation", "(A) Action". */
const LETTER_PREFIX = /^(?:\([star]\)|[star]\s*[—–:.)-])\s*(?=\p{L})/u;
/** Where the name ends and a comment on it begins: "Result: shipped", "Action (45 s)", "Task - why"; not "Action-oriented". */
const AFTER_NAME = /[:(—–]|\s-(?:\s|$)/;

/** The section a heading's (or label's) text names, or null when it names none; `letter` accepts "S", "T", "A", "R". */
export function sectionKindOf(heading: string, letter: boolean): StarKind | 'reflection' | null {
  let text = heading.replace(MARKUP, '').toLowerCase().trim().replace(LEAD, '');
  text = text.replace(LETTER_PREFIX, '');
  const cut = text.search(AFTER_NAME);
  const name = trimPunctuation(cut === -1 ? text : text.slice(0, cut)).replace(/\s+/g, ' ');
  return KIND_OF_NAME.get(name) ?? (letter ? LETTERS[name] : undefined) ?? null;
}

/** The text without blanks and `.`, `!`, `?` at its end (a loop: a regex anchored only at the end is quadratic on long runs). */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[.!?\s]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export interface SectionLabel {
  kind: StarKind | 'reflection';
  /** The label as written, without its marks: "Situation". */
  label: string;
  /** Offset in the line where the section's text starts, after the label and its blanks. */
  textStart: number;
}

const BOLD_LABEL = /^ {0,3}(\*\*|__)([^*_\r\n]{1,40}?)\1[ \t]*(:?)[ \t]*/;
/** A draft's looser labels: also plain "Situation:", "S:", and inside a list item. */
const DRAFT_LABEL = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:(\*\*|__)([^*_\r\n]{1,40}?)\1[ \t]*(:?)|([A-Za-z][A-Za-z ']{0,30}?)[ \t]*(:))[ \t]*/;

/**
 * A bold label that opens a section at the start of a line:
 * `**Situation:** text`, `**Situation**: text`, or `**Situation**` alone.
 */
export function boldSectionLabel(line: string): SectionLabel | null {
  const match = BOLD_LABEL.exec(line);
  if (!match) return null;
  const label = match[2]!.replace(/:\s*$/, '');
  const hasColon = match[2]!.trimEnd().endsWith(':') || match[3] === ':';
  if (!hasColon && match[0].length < line.trimEnd().length) return null; // "**Situation** was hard": emphasis, not a label
  return labelOf(label, match[0].length);
}

/** A label in a draft answer: any bold label, or `Situation:` / `S:`, also as a list item. */
export function draftSectionLabel(line: string): SectionLabel | null {
  const bold = boldSectionLabel(line);
  if (bold) return bold;
  const match = DRAFT_LABEL.exec(line);
  if (!match) return null;
  const label = (match[2] ?? match[4] ?? '').replace(/:\s*$/, '');
  const hasColon = match[5] === ':' || match[3] === ':' || (match[2] ?? '').trimEnd().endsWith(':');
  return hasColon ? labelOf(label, match[0].length) : null;
}

function labelOf(label: string, textStart: number): SectionLabel | null {
  const kind = sectionKindOf(label, true);
  return kind === null ? null : { kind, label: label.trim(), textStart };
}
