/** How the Stories screen words and orders things: plain functions, tested without a page. */
import type { RehearsalPlan, StarSection, StorySectionKind, StorySummary } from '../../../../src-main/contract';
import { formatClock } from '../timer/clock-text';

export const SECTION_LABELS: Record<StorySectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
  other: 'Other',
};

/** Spoken length as a clock, to the nearest second: `1:25`. */
export function formatSpoken(seconds: number): string {
  return formatClock(Math.round(seconds) * 1000, 'stopwatch');
}

/** "Never rehearsed", "Rehearsed today", "Rehearsed yesterday", "Rehearsed 5 days ago", "Rehearsed on 2026-03-14". */
export function rehearsedText(date: string | null, today: Date): string {
  if (!date) return 'Never rehearsed';
  const [year, month, day] = date.split('-').map(Number);
  const then = new Date(year!, month! - 1, day!);
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((midnight.getTime() - then.getTime()) / 86_400_000);
  if (Number.isNaN(days) || days < 0) return `Rehearsed on ${date}`;
  if (days === 0) return 'Rehearsed today';
  if (days === 1) return 'Rehearsed yesterday';
  return days <= 30 ? `Rehearsed ${days} days ago` : `Rehearsed on ${date}`;
}

export type StoryOrder = 'rehearsed' | 'title' | 'length';

export const STORY_ORDERS: { value: StoryOrder; label: string }[] = [
  { value: 'rehearsed', label: 'Least recently rehearsed' },
  { value: 'title', label: 'Title' },
  { value: 'length', label: 'Longest first' },
];

/** The stories matching the search text and competency, in the chosen order (never-rehearsed first when by rehearsal). */
export function visibleStories(stories: readonly StorySummary[], query: string, competency: string, order: StoryOrder): StorySummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = stories.filter(
    (story) =>
      (competency === '' || story.competencies.includes(competency)) &&
      words.every((word) => story.title.toLowerCase().includes(word) || story.questions.some((q) => q.toLowerCase().includes(word))),
  );
  const byTitle = (a: StorySummary, b: StorySummary) => a.title.localeCompare(b.title);
  const compare: Record<StoryOrder, (a: StorySummary, b: StorySummary) => number> = {
    rehearsed: (a, b) => (a.lastRehearsed ?? '').localeCompare(b.lastRehearsed ?? '') || byTitle(a, b),
    title: byTitle,
    length: (a, b) => b.spokenSeconds - a.spokenSeconds || byTitle(a, b),
  };
  return shown.sort(compare[order]);
}

/** The phase being told `elapsedSeconds` into a rehearsal: the last one once time is up. */
export function phaseAt(plan: RehearsalPlan, elapsedSeconds: number): StarSection | null {
  let current: StarSection | null = null;
  for (const phase of plan.phases) if (elapsedSeconds >= phase.startsAtSeconds) current = phase.section;
  return current ?? plan.phases[0]?.section ?? null;
}

/** A new competency's id, from its label, by the core's rule (stories/competencies.ts): "Influence & persuasion" → "influence-and-persuasion". */
export function idFromLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
