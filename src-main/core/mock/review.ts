/**
 * The review of a session: each answer beside its target, the reference
 * answer of the notes (technical) or the STAR coach's findings on what was
 * typed (behavioral), and warnings for what is no longer there. Pure: the
 * caller looks up the notes, the recordings and the report, and hands in
 * what it found.
 */
import type { MockReview, MockReviewItem } from '../../contract';
import { coachReport } from '../stories/coach-report';
import { reportPathOf } from './mock-paths';
import type { ReportState } from './report-file';
import type { StoredMock } from './session-file';

export interface ReviewFacts {
  /** The answer under each technical question in the notes now, by question index; absent: the question is gone from the notes. */
  referenceAnswers: ReadonlyMap<number, string>;
  /** False while the vault's cards are still being read: an absent answer then proves nothing. */
  cardsReady: boolean;
  /** Indexes of the answers whose recording file is missing. */
  missingRecordings: ReadonlySet<number>;
  report: ReportState;
}

export function buildReview(stored: StoredMock, facts: ReviewFacts): MockReview {
  const { session } = stored;
  const warnings: string[] = [];
  const targetMs = session.plan.answerSeconds * 1000;
  const items = session.questions.map((question, i): MockReviewItem => {
    const answer = session.answers[i]!;
    const technical = question.kind === 'technical';
    const reference = technical ? facts.referenceAnswers.get(i) : undefined;
    if (technical && reference === undefined && facts.cardsReady) {
      warnings.push(`Question ${i + 1} (“${question.text}”) is no longer in your notes, so its reference answer cannot be shown.`);
    }
    if (facts.missingRecordings.has(i)) {
      warnings.push(`The recording of question ${i + 1} (“${answer.recording?.path}”) is missing: it was moved or deleted.`);
    }
    return {
      question,
      answer,
      targetMs,
      referenceAnswer: reference === undefined || reference === '' ? null : reference,
      coachFindings: technical ? null : answer.typed.trim() === '' ? [] : coachReport(answer.typed).findings,
    };
  });
  if (!facts.cardsReady && session.questions.some((question) => question.kind === 'technical')) {
    warnings.push('Your notes are still being read: open the review again in a moment to see the reference answers.');
  }
  const reportPath = reportPathOf(stored.baseName);
  if (facts.report === 'edited') warnings.push(`The report “${reportPath}” was edited outside the app, so the app no longer updates it. Ratings and notes are kept in the history.`);
  if (facts.report === 'gone') warnings.push(`The report “${reportPath}” is no longer in the vault (moved or deleted), so the app does not write it again.`);
  return { session, items, warnings };
}
