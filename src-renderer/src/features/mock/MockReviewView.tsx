/**
 * A finished (or partial) mock interview, question by question: the time
 * used against the target, the typed answer, the recording with its talk
 * time and long pauses, the reference answer or the STAR coach's findings,
 * and the user's rating and notes. Technical answers can be graded into the
 * drills' schedule from here.
 */
import { ArrowLeft } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Grade, MockReview, MockReviewItem } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { MarkdownView } from '../drills/MarkdownView';
import { SECTION_LABELS } from '../stories/story-text';
import { timeUsedText } from './mock-text';
import { RecordingView } from './RecordingView';

interface MockReviewViewProps {
  sessionId: string;
  assetBase: string;
  onBack: () => void;
}

const GRADES: { grade: Grade; label: string }[] = [
  { grade: 'again', label: 'Again' },
  { grade: 'hard', label: 'Hard' },
  { grade: 'good', label: 'Good' },
  { grade: 'easy', label: 'Easy' },
];

export function MockReviewView({ sessionId, assetBase, onBack }: MockReviewViewProps) {
  const client = useClient();
  const [review, setReview] = useState<MockReview | { error: string }>();

  useEffect(() => {
    client.call('mock:review', { sessionId }).then(setReview, (error) => setReview({ error: errorMessage(error) }));
  }, [client, sessionId]);

  return (
    <div className="mock-review">
      <button type="button" className="button quiet" onClick={onBack}>
        <ArrowLeft size={15} aria-hidden /> Mock interviews
      </button>
      {!review ? (
        <p aria-busy="true">Loading the interview…</p>
      ) : 'error' in review ? (
        <p role="alert">This interview could not be opened: {review.error}</p>
      ) : (
        <>
          <h1>{review.session.title}</h1>
          <p className="mock-review-lead">
            {review.session.answers.filter((answer) => answer.typed || answer.recording).length} of {review.session.questions.length} answered
            {review.session.reportPath && <> · report in “{review.session.reportPath}”</>}
          </p>
          {review.warnings.length > 0 && (
            <ul className="mock-warnings" role="status">
              {review.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          {review.items.map((item, index) => (
            <ReviewItem key={index} item={item} index={index} sessionId={sessionId} assetBase={assetBase} onChanged={setReview} />
          ))}
        </>
      )}
    </div>
  );
}

interface ReviewItemProps {
  item: MockReviewItem;
  index: number;
  sessionId: string;
  assetBase: string;
  onChanged: (review: MockReview) => void;
}

function ReviewItem({ item, index, sessionId, assetBase, onChanged }: ReviewItemProps) {
  const client = useClient();
  const notify = useNotify();
  const [notes, setNotes] = useState(item.answer.notes);
  // Shown at once; the report follows when the core has written it.
  const [rating, setRating] = useState(item.answer.rating);
  const [graded, setGraded] = useState<Grade | null>(null);
  const { question, answer } = item;

  const rate = async (patch: { rating?: number | null; notes?: string }) => {
    try {
      onChanged(await client.call('mock:rate', { sessionId, index, ...patch }));
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  const grade = async (value: Grade) => {
    if (!question.cardId) return;
    try {
      await client.call('drills:grade', { cardId: question.cardId, grade: value, elapsedMs: Math.min(answer.usedMs, 24 * 60 * 60 * 1000) });
      setGraded(value);
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  return (
    <section className="mock-item" aria-label={`Question ${index + 1}`}>
      <h2>
        <span className="mock-item-number">{index + 1}.</span> {question.text}
      </h2>
      <p className={`mock-item-time${answer.overtimeMs > 0 ? ' over' : ''}`}>{answer.usedMs > 0 ? timeUsedText(answer.usedMs, item.targetMs, answer.overtimeMs) : 'Not reached'}</p>
      <div className="mock-item-grid">
        <div>
          <h3 className="overline">Your answer</h3>
          {answer.typed ? <MarkdownView markdown={answer.typed} className="mock-typed" /> : <p className="mock-empty">Nothing typed.</p>}
          {answer.recording && <RecordingView recording={answer.recording} assetBase={assetBase} />}
        </div>
        <div>
          {question.kind === 'technical' ? (
            <>
              <h3 className="overline">From your notes</h3>
              {item.referenceAnswer ? <MarkdownView markdown={item.referenceAnswer} className="mock-reference" /> : <p className="mock-empty">No answer in the notes for this question.</p>}
            </>
          ) : (
            <>
              <h3 className="overline">Coach</h3>
              {!item.coachFindings || item.coachFindings.length === 0 ? (
                <p className="mock-empty">{answer.typed ? 'Nothing to point out in the typed answer.' : 'Type the answer’s outline to have it coached.'}</p>
              ) : (
                <ul className="mock-findings">
                  {item.coachFindings.map((finding, i) => (
                    <li key={i}>
                      <strong>{finding.section ? SECTION_LABELS[finding.section] : 'Whole answer'}:</strong> {finding.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </div>
      <div className="mock-item-rate">
        <fieldset>
          <legend>How was it?</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`rating-${index}`}
                checked={rating === value}
                onChange={() => {
                  setRating(value);
                  void rate({ rating: value });
                }}
              />{' '}
              {value}
            </label>
          ))}
        </fieldset>
        <label className="mock-notes">
          What to improve
          <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} onBlur={() => notes !== answer.notes && void rate({ notes })} />
        </label>
        {question.kind === 'technical' && question.cardId && (
          <div className="mock-grade" role="group" aria-label="Grade into the drills">
            <span>Drills:</span>
            {GRADES.map(({ grade: value, label }) => (
              <button key={value} type="button" className={`button small${graded === value ? ' primary' : ''}`} aria-pressed={graded === value} onClick={() => void grade(value)}>
                {label}
              </button>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
