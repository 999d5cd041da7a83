/**
 * "Turn into story": a behavioral question in the user's notes with a draft
 * answer under it becomes a new story, pre-filled with what can be told
 * from it. The question is linked and gives the title and the competencies;
 * a draft whose parts are labelled (`Situation:`, `**S:**`, `### Action`)
 * is split into those sections. Whatever cannot be placed is kept under
 * `## Draft`: nothing the user wrote is lost.
 */
import { questionCompetencies } from './question-bank';
import { draftSectionLabel, sectionKindOf, type StarKind } from './section-names';
import { spokenText } from './spoken-text';
import { headingText } from './story-file';
import { newStoryMarkdown } from './story-template';
import { oneLine } from './yaml-values';

export interface StoryDraft {
  title: string;
  markdown: string;
}

/** Fewer labelled STAR parts than this, and a draft is more likely prose that happens to say "Result:" once. */
const MIN_LABELLED_PARTS = 2;

/**
 * A new story from `question` and the draft answer under it. Pass the
 * draft's lines as they are in the note: their common indentation (an
 * answer nested under a list item) is removed.
 */
export function storyFromDraft(question: string, draftMarkdown: string): StoryDraft {
  const title = titleFromQuestion(question);
  const draft = dedent(draftMarkdown.replace(/\r\n?/g, '\n')).trim();
  const parts = labelledParts(draft);
  const labelled = new Set(parts.flatMap((part) => (part.kind === null ? [] : [part.kind])));
  const distribute = labelled.size >= MIN_LABELLED_PARTS;
  const sections: Partial<Record<StarKind | 'reflection', string>> = {};
  const unplaced: string[] = [];
  for (const part of distribute ? parts : []) {
    if (part.kind === null) unplaced.push(part.text);
    else sections[part.kind] = sections[part.kind] === undefined ? part.text : `${sections[part.kind]}\n\n${part.text}`;
  }
  const markdown = newStoryMarkdown({
    title,
    competencies: questionCompetencies(question),
    questions: [oneLine(question)],
    sections,
    draft: distribute ? unplaced.join('\n\n') : draft,
  });
  return { title, markdown };
}

interface DraftPart {
  /** The section the part's label names; null for text before the first label. */
  kind: StarKind | 'reflection' | null;
  text: string;
}

/** The draft cut at each line that labels a section: a heading naming one, or a label like `Situation:`. */
function labelledParts(draft: string): DraftPart[] {
  const lines = draft.split('\n');
  const spokenLines = spokenText(draft, 0).split('\n');
  const parts: DraftPart[] = [];
  let current: { kind: StarKind | 'reflection' | null; lines: string[] } = { kind: null, lines: [] };
  const close = () => {
    const [first = '', ...rest] = current.lines;
    const text = [first, ...dedent(rest.join('\n')).split('\n')].join('\n').trim();
    if (text !== '') parts.push({ kind: current.kind, text });
  };
  lines.forEach((line, i) => {
    const spoken = spokenLines[i]!;
    const heading = headingText(spoken);
    const headingKind = heading ? sectionKindOf(heading.text, heading.level > 1) : null;
    const label = heading ? null : draftSectionLabel(spoken);
    if (headingKind === null && label === null) {
      current.lines.push(line);
      return;
    }
    close();
    current = { kind: headingKind ?? label!.kind, lines: [label ? line.slice(label.textStart) : ''] };
  });
  close();
  return parts;
}

const TAB_STOP = 4;

/** The text with the indentation all its non-blank lines share removed (tabs count to the next multiple of four columns). */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => indentColumns(line));
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  if (common === 0) return text;
  return lines.map((line) => removeColumns(line, common)).join('\n');
}

function indentColumns(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === ' ') column++;
    else if (char === '\t') column += TAB_STOP - (column % TAB_STOP);
    else break;
  }
  return column;
}

/** `line` without its first `columns` columns of indentation; a tab cut in two leaves its remaining columns as spaces. */
function removeColumns(line: string, columns: number): string {
  let column = 0;
  let at = 0;
  while (at < line.length && column < columns) {
    const char = line[at]!;
    if (char !== ' ' && char !== '\t') break;
    column += char === '\t' ? TAB_STOP - (column % TAB_STOP) : 1;
    at++;
  }
  return ' '.repeat(Math.max(0, column - columns)) + line.slice(at);
}

/** Openings that ask for a story rather than say what it is about, longest first. */
const LEAD_INS = [
  'can you tell me about a time when',
  'can you tell me about a time',
  'give me an example of a time when',
  'give me an example of a time',
  'give an example of a time when',
  'give an example of a time',
  'describe a situation in which',
  'tell me about a time when',
  'tell us about a time when',
  'walk me through a time when',
  'describe a situation where',
  'describe a situation when',
  'can you tell me about',
  'give me an example of',
  'tell me about a time',
  'tell us about a time',
  'give an example of',
  'share an example of',
  'describe a time when',
  'talk about a time when',
  'what did you do when',
  'describe a situation',
  'walk me through',
  'share a time when',
  'describe a time',
  'tell me about',
  'tell us about',
  'have you ever',
  'share a time',
  'talk about',
];
const LEAD_IN = new RegExp(`^(?:${LEAD_INS.join('|')})\\b[\\s,:]*`, 'i');

/** The asker's words turned into the teller's, once the lead-in is gone: "your manager gave you" → "my manager gave me". */
const PRONOUNS: Readonly<Record<string, string>> = { your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll", you: 'me' };
const SECOND_PERSON = /\b(?:you(?:rself|rs|r|'re|'ve|'d|'ll)?)\b/gi;

const MAX_TITLE = 60;

/**
 * A story title from the question it answers: its first sentence, without
 * the lead-in ("Tell me about a time you disagreed with your manager" →
 * "I disagreed with my manager"), cut at a word to at most 60 characters and an ellipsis.
 */
export function titleFromQuestion(question: string): string {
  let text = oneLine(question.replace(/[*_`]+/g, '').replace(/’/g, "'")).replace(/^\d+[.)]\s+/, '');
  const end = text.search(/[?!]|\.(?:\s|$)/);
  if (end > 0) text = text.slice(0, end);
  const withoutLeadIn = text.replace(LEAD_IN, '');
  if (withoutLeadIn !== text && withoutLeadIn !== '') {
    text = withoutLeadIn.replace(SECOND_PERSON, (word, offset: number) => (offset === 0 && word.toLowerCase() === 'you' ? 'I' : PRONOUNS[word.toLowerCase()]!));
  }
  text = text.replace(/[\s,;:.]+$/, '');
  if (text.length > MAX_TITLE) {
    const space = text.lastIndexOf(' ', MAX_TITLE);
    text = `${text.slice(0, space > 0 ? space : MAX_TITLE).replace(/[\s,;:]+$/, '')}…`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
