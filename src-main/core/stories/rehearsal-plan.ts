/**
 * A rehearsal of a story against its target length: when each STAR phase
 * starts (the timer shows the current one), and a short outline to glance at
 * while telling it. The outline is made of what is said aloud: code, HTML
 * comments and link targets are left out, and Markdown marks stripped.
 */
import type { RehearsalPlan, StarSection } from '../../contract';
import { SECTION_TITLES, STAR_KINDS } from './section-names';
import { readStory } from './story-file';

/** How a story's time splits between the phases: 15, 10, 45 and 20 s of a 90 s story (setup short, the Action most). */
export const PHASE_WEIGHTS: Readonly<Record<StarSection, number>> = { situation: 15, task: 10, action: 45, result: 20 };

/** Enough to jog the memory, few enough to read at a glance mid-sentence. */
const MAX_POINTS = 3;
const MAX_POINT_CHARS = 120;

export function rehearsalPlan(path: string, text: string): RehearsalPlan {
  const { story, spoken } = readStory(text, path);
  const target = story.meta.targetSeconds;
  return {
    path,
    title: story.meta.title,
    targetSeconds: target,
    phases: phaseTimes(target),
    outline: STAR_KINDS.map((kind) => {
      const bodies = story.sections.filter((section) => section.kind === kind).map((section) => spoken.slice(section.bodyStart, section.bodyEnd));
      return { section: kind, label: SECTION_TITLES[kind], points: outlinePoints(bodies.join('\n\n')) };
    }),
  };
}

/**
 * Each phase's start and length. Starts are rounded from the exact shares,
 * and each length runs to the next start, so the lengths add up to the
 * target exactly whatever the rounding.
 */
export function phaseTimes(targetSeconds: number): RehearsalPlan['phases'] {
  const total = STAR_KINDS.reduce((sum, kind) => sum + PHASE_WEIGHTS[kind], 0);
  let weightBefore = 0;
  const starts = STAR_KINDS.map((kind) => {
    const start = Math.round((targetSeconds * weightBefore) / total);
    weightBefore += PHASE_WEIGHTS[kind];
    return start;
  });
  return STAR_KINDS.map((kind, i) => ({
    section: kind,
    label: SECTION_TITLES[kind],
    startsAtSeconds: starts[i]!,
    seconds: (starts[i + 1] ?? targetSeconds) - starts[i]!,
  }));
}

const LIST_ITEM = /^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s+/;

/** The first points of a section's spoken text: each list item is one, a paragraph gives one a sentence. */
export function outlinePoints(body: string): string[] {
  const points: string[] = [];
  for (const block of blocks(body)) {
    const sentences = block.list ? [block.text] : block.text.split(/(?<=[.!?])\s+/);
    for (const sentence of sentences) {
      const point = clip(plain(sentence));
      if (point !== '') points.push(point);
      if (points.length === MAX_POINTS) return points;
    }
  }
  return points;
}

/** List items (with their continuation lines) and paragraphs, in order. */
function blocks(body: string): { list: boolean; text: string }[] {
  const found: { list: boolean; text: string }[] = [];
  let current: { list: boolean; text: string } | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') current = null;
    else if (LIST_ITEM.test(line) || current === null) found.push((current = { list: LIST_ITEM.test(line), text: line.trim() }));
    else current.text += ` ${line.trim()}`;
  }
  return found;
}

/** The words without Markdown's marks: quote and list markers, checkboxes, emphasis, code ticks, link brackets. */
function plain(text: string): string {
  return text
    .replace(LIST_ITEM, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\[[ xX]\]\s+/, '')
    .replace(/\*\*|__|~~|==|`|\[|\]|\*/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1') // where a link's target was blanked out
    .trim();
}

/** At most MAX_POINT_CHARS, cut at a word with an ellipsis. */
function clip(text: string): string {
  if (text.length <= MAX_POINT_CHARS) return text;
  const space = text.lastIndexOf(' ', MAX_POINT_CHARS - 1);
  return `${text.slice(0, space > MAX_POINT_CHARS / 2 ? space : MAX_POINT_CHARS - 1).replace(/[\s,;:]+$/, '')}…`;
}
