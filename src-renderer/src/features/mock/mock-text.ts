/** How the mock-interview screens word times, phases and set-ups: plain functions, tested without a page. */
import type { MockPhase, MockPlan, MockSession } from '../../../../src-main/contract';
import { formatClock } from '../timer/clock-text';

/** `m:ss`, rounding down, as the timer shows time counted: a time used or over. */
export function formatMs(ms: number): string {
  return formatClock(ms, 'stopwatch');
}

export const PHASE_LABELS: Record<MockPhase, string> = {
  thinking: 'Think',
  answering: 'Answer',
  overtime: 'Overtime',
  done: 'Done',
};

/** "5 questions · think 0:30 · answer 2:00 · moves on when time is up". */
export function planSummary(plan: MockPlan): string {
  const parts = [`${plan.questionCount} ${plan.questionCount === 1 ? 'question' : 'questions'}`];
  if (plan.thinkSeconds > 0) parts.push(`think ${formatMs(plan.thinkSeconds * 1000)}`);
  parts.push(`answer ${formatMs(plan.answerSeconds * 1000)}`);
  parts.push(plan.autoAdvance ? 'moves on when time is up' : 'overtime counts on');
  return parts.join(' · ');
}

/** "Question 2 of 5". */
export function progressText(session: MockSession): string {
  const shown = Math.min(session.current + 1, session.questions.length);
  return `Question ${shown} of ${session.questions.length}`;
}

/** How an answer's time compares with its target: "1:42 of 2:00", "2:31 — 0:31 over". */
export function timeUsedText(usedMs: number, targetMs: number, overtimeMs: number): string {
  return overtimeMs > 0 ? `${formatMs(usedMs)} — ${formatMs(overtimeMs)} over ${formatMs(targetMs)}` : `${formatMs(usedMs)} of ${formatMs(targetMs)}`;
}
