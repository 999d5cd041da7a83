/** The words and numbers the Drills screen shows: pure, so they are tested without a page. */
import type { CardView, DeckCounts, DrillSelection, Grade, ImportReport } from '../../../../src-main/contract';
import { titleOf } from '../notes/note-paths';

export const GRADE_NAMES: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
export const GRADE_ORDER: readonly Grade[] = ['again', 'hard', 'good', 'easy'];
/** The key that grades (1–4), as the command table binds it. */
export const GRADE_KEYS: Record<Grade, string> = { again: '1', hard: '2', good: '3', easy: '4' };

const TAB_WIDTH = 4;

/**
 * Removes the indentation all lines of `markdown` share, counted in columns
 * (a tab reaching the next multiple of 4), so that an answer nested under a
 * list question reads as the list it is, not as an indented code block.
 * Blank lines do not count; relative indentation stays as it was.
 */
export function deindent(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, indentWidth(line));
    if (common === 0) break;
  }
  if (common === 0 || common === Infinity) return trimBlankEdges(lines).join('\n');
  return trimBlankEdges(lines.map((line) => (line.trim() === '' ? '' : dropColumns(line, common)))).join('\n');
}

function indentWidth(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === ' ') column++;
    else if (char === '\t') column += TAB_WIDTH - (column % TAB_WIDTH);
    else break;
  }
  return column;
}

/** `line` without its first `columns` columns of indentation; a tab that straddles the cut leaves spaces. */
function dropColumns(line: string, columns: number): string {
  let column = 0;
  let i = 0;
  while (i < line.length && column < columns) {
    const char = line[i]!;
    const next = char === '\t' ? column + TAB_WIDTH - (column % TAB_WIDTH) : column + 1;
    column = next;
    i++;
  }
  return ' '.repeat(Math.max(0, column - columns)) + line.slice(i);
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** "45 s", "3 min 20 s", "1 h 5 min": a session's length, to the second under an hour. */
export function formatSpent(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "30 s", "1 min", "1.5 min": a thinking time. */
export function formatThinkingTime(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round((ms / 60_000) * 10) / 10;
  return `${minutes} min`;
}

/** "12 left · 3 new", or "4 left" when none of them is new. */
export function leftText(left: number, fresh: number): string {
  return fresh > 0 ? `${left} left · ${fresh} new` : `${left} left`;
}

/** For screen readers: "3 new, 2 due, 8 in all". */
export function countsText(counts: DeckCounts): string {
  return `${counts.new} new, ${counts.due} due, ${counts.total} in all`;
}

/** How many cards studying this group gives today: what is due, and the new cards the day's limit still allows. */
export function studyable(counts: DeckCounts, newLeftToday: number): number {
  return counts.due + Math.min(counts.new, newLeftToday);
}

/** "5 due · 12 new today", or what to do when there is nothing. */
export function overviewLead(all: DeckCounts, newLeftToday: number): string {
  if (all.total === 0) return 'No cards yet.';
  const fresh = Math.min(all.new, newLeftToday);
  if (all.due === 0 && fresh === 0) return 'All caught up for today.';
  const parts = [];
  if (all.due > 0) parts.push(`${all.due} due`);
  if (fresh > 0) parts.push(`${fresh} new today`);
  return parts.join(' · ');
}

/** What a selection is called in the study screen's title. */
export function selectionTitle(selection: DrillSelection): string {
  switch (selection.kind) {
    case 'deck':
      return titleOf(selection.notePath);
    case 'folder':
      return selection.folder === '' ? 'Whole vault' : folderName(selection.folder);
    case 'tag':
      return `#${selection.tag.replace(/^#/, '')}`;
    case 'due':
      return 'All due cards';
    case 'unanswered':
      return 'Unanswered questions';
  }
}

/** "Technical/Go" → "Technical / Go": a folder path as a name. */
export function folderName(folder: string): string {
  return folder.split('/').join(' / ');
}

/**
 * "Interview notes › Go › Channels": where a card is, its note title first
 * (left out with `withNote` false, when the screen already names the note);
 * a first heading that repeats the title is left out.
 */
export function cardContext(card: Pick<CardView, 'notePath' | 'headingPath'>, withNote = true): string {
  const title = titleOf(card.notePath);
  const headings = card.headingPath.filter((heading, i) => !(i === 0 && heading.trim().toLowerCase() === title.toLowerCase()));
  return (withNote ? [title, ...headings] : headings).join(' › ');
}

export function isUnanswered(card: Pick<CardView, 'answer'>): boolean {
  return card.answer.trim() === '';
}

/**
 * The import report in a sentence or two: "Imported 12 cards into “deck”.
 * Skipped lines 3, 7: the row has no answer."
 */
export function importSummary(report: ImportReport): string[] {
  const note = `“${titleOf(report.notePath)}”`;
  const lines = [
    report.imported === 0
      ? 'No card could be imported.'
      : `Imported ${report.imported} ${report.imported === 1 ? 'card' : 'cards'} into ${note}.`,
  ];
  const byReason = new Map<string, number[]>();
  for (const { line, reason } of report.skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), line]);
  for (const [reason, numbers] of byReason) {
    const sorted = [...numbers].sort((a, b) => a - b);
    lines.push(`Skipped ${sorted.length === 1 ? 'line' : 'lines'} ${listNumbers(sorted)}: ${reason.replace(/\.$/, '')}.`);
  }
  return lines;
}

/** "3, 7 and 12 more": long lists of line numbers are cut. */
function listNumbers(numbers: number[], shown = 12): string {
  const head = numbers.slice(0, shown).join(', ');
  return numbers.length > shown ? `${head} and ${numbers.length - shown} more` : head;
}

/** A stable key for a selection (React keys, remembering the last one studied). */
export function selectionKey(selection: DrillSelection): string {
  switch (selection.kind) {
    case 'deck':
      return `deck:${selection.notePath}`;
    case 'folder':
      return `folder:${selection.folder}`;
    case 'tag':
      return `tag:${selection.tag}`;
    default:
      return selection.kind;
  }
}
