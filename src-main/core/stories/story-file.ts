/**
 * Reads a story file: its front matter fields and its STAR sections, with
 * where each section is in the file. Story files are edited in other editors
 * too, so nothing here throws: sections may be missing, renamed, repeated or
 * out of order, the front matter may be absent or broken, and what cannot be
 * read is reported for the UI and the coach to say.
 */
import { noteTitleFromName } from '../vault/tree';
import { bomLength, findFrontMatter } from './front-matter';
import { LineIndex } from './line-index';
import { boldSectionLabel, sectionKindOf, STAR_KINDS, type SectionKind, type StarKind } from './section-names';
import { countWords, spokenText } from './spoken-text';
import { readStoryMeta, type FieldError, type StoryKey, type StoryMeta } from './story-meta';

export interface StorySection {
  kind: SectionKind;
  /** The heading or label as written, without its marks ("S — Situation"); '' for text before the first section. */
  heading: string;
  /** 1-based line of the heading or label; null for text before the first section. */
  headingLine: number | null;
  /** 1-based first and last line of the body, up to the next section; `to < from` when it has none. */
  bodyLines: { from: number; to: number };
  /** The body's offsets in the file, end exclusive. */
  bodyStart: number;
  bodyEnd: number;
  /** The body as written, without the blank lines around it. */
  body: string;
  /** Words said aloud: code, HTML comments and link targets do not count. */
  words: number;
}

export interface ParsedStory {
  /** The file's text, as parsed. */
  text: string;
  meta: StoryMeta;
  /** Why the front matter could not be read (its fields then have their defaults), or null. */
  frontMatterError: string | null;
  /** Fields whose value could not be read and have their default instead. */
  fieldErrors: FieldError[];
  /** 1-based line of each story key in the front matter. */
  keyLines: Partial<Record<StoryKey, number>>;
  /** 1-based line of the `# Title` heading, or null. */
  titleLine: number | null;
  /** Offset where the body starts, after the front matter. */
  bodyStart: number;
  /** Every section in file order, STAR, Reflection and others alike. */
  sections: StorySection[];
  /** STAR sections with no heading or label at all. */
  missing: StarKind[];
  /** Whether the STAR sections there are come in another order than S, T, A, R. */
  outOfOrder: boolean;
  /** Words said aloud when the story is told: every section but Reflection. */
  words: number;
}

/** A parsed story and what the coach needs besides: its spoken text and line index. */
export interface ReadStory {
  story: ParsedStory;
  /** The file's text with everything not spoken blanked out (see spokenText). */
  spoken: string;
  lines: LineIndex;
}

export function parseStory(markdown: string, fileName: string): ParsedStory {
  return readStory(markdown, fileName).story;
}

export function readStory(text: string, fileName: string): ReadStory {
  const block = findFrontMatter(text);
  const bodyStart = block?.bodyStart ?? bomLength(text);
  const read = readStoryMeta(block === null ? null : text.slice(block.contentStart, block.contentEnd));
  const lines = new LineIndex(text);
  const spoken = spokenText(text, bodyStart);
  const { sections, titleLine } = findSections(text, spoken, lines, bodyStart);

  const keyLines: ParsedStory['keyLines'] = {};
  for (const [key, offset] of Object.entries(read.keyOffsets)) keyLines[key as StoryKey] = lines.lineOf(block!.contentStart + offset);
  const titleHeading = titleLine === null ? undefined : headingText(spoken.slice(lines.start(titleLine), lines.end(titleLine)))?.text;
  const title = read.meta.title ?? (titleHeading || noteTitleFromName(fileName.slice(fileName.lastIndexOf('/') + 1)));

  const firstOf = STAR_KINDS.map((kind) => sections.findIndex((section) => section.kind === kind));
  const present = firstOf.filter((index) => index !== -1);
  const story: ParsedStory = {
    text,
    meta: { ...read.meta, title },
    frontMatterError: read.frontMatterError,
    fieldErrors: read.fieldErrors,
    keyLines,
    titleLine,
    bodyStart,
    sections,
    missing: STAR_KINDS.filter((_, i) => firstOf[i] === -1),
    outOfOrder: present.some((index, i) => i > 0 && index < present[i - 1]!),
    words: sections.reduce((sum, section) => (section.kind === 'reflection' ? sum : sum + section.words), 0),
  };
  return { story, spoken, lines };
}

/** A section being read: where it starts, until the next one does. */
interface OpenSection {
  kind: SectionKind;
  heading: string;
  headingLine: number | null;
  /** Heading level; a heading of this level or higher ends the section. Labels and text before any heading end at any heading. */
  level: number;
  bodyStart: number;
}

const ANY_HEADING = 7;

/**
 * The sections of the body. A heading that names a STAR section (or
 * Reflection) starts one, at any level; another heading starts an "other"
 * section unless it is deeper than the current section's heading (a
 * `### Step 1` inside `## Action` is part of the Action). A bold label at the
 * start of a line (`**Result:** …`) starts a section too. The first `# `
 * heading before any section is the story's title, not a section.
 */
function findSections(text: string, spoken: string, lines: LineIndex, bodyStart: number): { sections: StorySection[]; titleLine: number | null } {
  const sections: StorySection[] = [];
  let titleLine: number | null = null;
  let sectionSeen = false;
  let open: OpenSection = { kind: 'other', heading: '', headingLine: null, level: ANY_HEADING, bodyStart };
  const close = (end: number) => {
    const section = finish(open, end, text, spoken, lines);
    if (section.headingLine !== null || section.body !== '') sections.push(section);
  };

  for (let line = lines.lineOf(bodyStart); line <= lines.count; line++) {
    const start = Math.max(lines.start(line), bodyStart);
    const spokenLine = spoken.slice(start, lines.end(line));
    const heading = spokenLine.trimStart().startsWith('#') ? headingText(spokenLine) : null;
    if (heading) {
      const kind = sectionKindOf(heading.text, heading.level > 1);
      const isTitle = kind === null && heading.level === 1 && titleLine === null && !sectionSeen;
      if (kind === null && !isTitle && open.headingLine !== null && heading.level > open.level) continue;
      close(start);
      if (isTitle) titleLine = line;
      else sectionSeen = true;
      open = isTitle
        ? { kind: 'other', heading: '', headingLine: null, level: ANY_HEADING, bodyStart: lines.start(line + 1) }
        : { kind: kind ?? 'other', heading: heading.text, headingLine: line, level: heading.level, bodyStart: lines.start(line + 1) };
      continue;
    }
    const label = spokenLine.includes('**') || spokenLine.includes('__') ? boldSectionLabel(spokenLine) : null;
    if (label && label.kind !== open.kind) {
      close(start);
      sectionSeen = true;
      open = { kind: label.kind, heading: label.label, headingLine: line, level: ANY_HEADING, bodyStart: start + label.textStart };
    }
  }
  close(text.length);
  return { sections, titleLine };
}

function finish(open: OpenSection, end: number, text: string, spoken: string, lines: LineIndex): StorySection {
  const bodyStart = Math.min(open.bodyStart, end);
  // A heading with nothing under it before the next one: its empty body is on the line after it.
  const from = open.headingLine !== null && bodyStart >= end ? open.headingLine + 1 : lines.lineOf(bodyStart);
  const to = end === text.length ? lines.count : lines.lineOf(end) - 1;
  return {
    kind: open.kind,
    heading: open.heading,
    headingLine: open.headingLine,
    bodyLines: { from, to: Math.max(to, from - 1) },
    bodyStart,
    bodyEnd: end,
    body: text.slice(bodyStart, end).replace(/^\s*\n/, '').trimEnd(),
    words: countWords(spoken, bodyStart, end),
  };
}

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/** An ATX heading's level and text (closing `#`s and emphasis marks removed), or null when the line is none. */
export function headingText(line: string): { level: number; text: string } | null {
  const match = ATX.exec(line);
  if (!match) return null;
  let text = line.slice(match[0].length).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35 /* # */) end--;
  if (end === 0) text = '';
  else if (end < text.length && /[ \t]/.test(text.charAt(end - 1))) text = text.slice(0, end).trimEnd();
  return { level: match[1]!.length, text: text.replace(/\*\*|__/g, '').trim() };
}
