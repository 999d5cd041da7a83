/**
 * The Markdown report of a mock session, a note in `Mock interviews/`: front
 * matter a person or Obsidian can query (date, format, kind, questions,
 * answered), then each question under its own heading with the time used
 * against the target, the typed answer as written, a link to the recording,
 * and the rating and notes of the review. Pure: the same session gives the
 * same bytes, so a report whose hash is not the one we wrote was edited.
 */
import type { MockAnswer, MockSession } from '../../contract';
import { KIND_LABELS } from './formats';
import { localDateTime } from '../util/local-time';

export function mockReport(session: MockSession, baseName: string): string {
  const { date, time } = localDateTime(session.startedAt);
  const label = KIND_LABELS[session.plan.kind];
  const lines = [
    '---',
    `date: ${date}T${time}`,
    `format: ${label}`,
    `kind: ${session.plan.kind}`,
    `questions: ${session.questions.length}`,
    `answered: ${answeredCount(session)}`,
    '---',
    '',
    `# ${label} mock interview, ${date} ${time}`,
    '',
    ...(session.status === 'partial' ? ['Left unfinished.', ''] : []),
  ];
  session.questions.forEach((question, i) => {
    lines.push(`## ${i + 1}. ${oneLine(question.text)}`, '');
    lines.push(...answerLines(session.answers[i]!, session.plan.answerSeconds * 1000, baseName), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Answers with something in them: typed text or a recording. */
export function answeredCount(session: MockSession): number {
  return session.answers.filter(hasAnswer).length;
}

export function hasAnswer(answer: MockAnswer): boolean {
  return answer.typed.trim() !== '' || answer.recording !== null;
}

function answerLines(answer: MockAnswer, targetMs: number, baseName: string): string[] {
  if (answer.usedMs === 0 && !hasAnswer(answer)) return ['Not answered.'];
  const facts = [`- Time: ${clock(answer.usedMs)} of ${clock(targetMs)}${answer.overtimeMs > 0 ? `, ${clock(answer.overtimeMs)} over` : ''}`];
  if (answer.recording) facts.push(`- Recording: [${fileName(answer.recording.path)}](${linkFromReport(answer.recording.path, baseName)}) (${clock(answer.recording.durationMs)})`);
  facts.push(`- Rating: ${answer.rating === null ? 'not rated' : `${answer.rating}/5`}`);
  const parts = [...facts, '', '### Answer', '', answer.typed.trim() === '' ? '_Nothing typed._' : answer.typed.trimEnd()];
  if (answer.notes.trim() !== '') parts.push('', '### To improve', '', answer.notes.trimEnd());
  return parts;
}

/** "2:05"; whole seconds, rounded down, as a countdown shows them. */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A heading is one line: a question copied from a multi-line card is joined. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function fileName(vaultPath: string): string {
  return vaultPath.slice(vaultPath.lastIndexOf('/') + 1);
}

/** A recording's path from the report beside its folder, each part URL-encoded (spaces too), as Markdown and Obsidian both read links. */
function linkFromReport(recordingPath: string, baseName: string): string {
  return [baseName, fileName(recordingPath)].map(encodeURIComponent).join('/');
}
