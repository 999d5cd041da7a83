/**
 * A study session: one card at a time, the question with where it is in its
 * note, the thinking time on the header's timer, "Show answer" (Space), then
 * the answer and the four grades (1–4), each with the interval it gives.
 * Ctrl+Z takes the last grade back. A card without an answer offers to write
 * one, saved into the note under the question. The end shows a summary.
 *
 * The keys are commands of the app's command table, registered only while
 * they apply, and never while typing (see command-table.ts).
 */
import { ArrowLeft, EyeOff, Pencil, PauseCircle, SkipForward, Undo2 } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref, type RefObject } from 'react';
import type { CardView, DrillSelection, DrillSessionSummary, Grade, GradeButton } from '../../../../src-main/contract';
import { useCommand } from '../../app/commands';
import { displayKey } from '../../app/keys';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { imageUrl } from '../editor/image-sources';
import { setImageSourceResolver } from '../editor/markdown';
import { folderOf } from '../notes/note-paths';
import { AnswerEditor, type AnswerHandle } from '../editor/AnswerEditor';
import { cardContext, deindent, formatSpent, GRADE_KEYS, GRADE_NAMES, GRADE_ORDER, isUnanswered, leftText, selectionTitle } from './drill-text';
import { MarkdownView } from './MarkdownView';
import {
  afterGrade,
  afterUndo,
  canUndo,
  currentCard,
  progress,
  remaining,
  startSession,
  withCardFirst,
  withoutCard,
  withUpdatedCard,
  type SessionState,
} from './session';

interface StudySessionProps {
  selection: DrillSelection;
  active: boolean;
  assetBase: string;
  onOpenNote: (path: string, line?: number) => void;
  onClose: () => void;
}

type Stage =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'empty' }
  | { kind: 'studying' }
  | { kind: 'summary'; summary: DrillSessionSummary | null };

/** What the card on screen shows: the question, the answer, or the answer being written. */
type Face = 'question' | 'answer' | 'writing';

const THINKING_LABEL = 'Thinking time';
/** The contract's bound on a grade's time. */
const MAX_ELAPSED_MS = 24 * 60 * 60 * 1000;
const DEFAULT_THINKING_MS = 60_000;

export function StudySession({ selection, active, assetBase, onOpenNote, onClose }: StudySessionProps) {
  const client = useClient();
  const notify = useNotify();
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [session, setSession] = useState<SessionState>(() => startSession([]));
  const [face, setFace] = useState<Face>('question');
  /** Grows each time a card is put on screen (the next one, or the same one after an undo). */
  const [showing, setShowing] = useState(0);
  const [buttons, setButtons] = useState<GradeButton[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [writeError, setWriteError] = useState<string>();
  const thinkingMs = useRef(DEFAULT_THINKING_MS);
  const shownAt = useRef(0);
  /** Whether the drill has the header timer counting its thinking time; its calls go out in order. */
  const timerOn = useRef(false);
  const timerCalls = useRef<Promise<unknown>>(Promise.resolve());
  const answerHandle = useRef<AnswerHandle | null>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const doneButton = useRef<HTMLButtonElement>(null);
  const card = stage.kind === 'studying' ? currentCard(session) : undefined;
  /** A deck's cards are all in one note: the title says which, the card's context only its headings. */
  const inOneNote = selection.kind === 'deck';
  const title = selectionTitle(selection);

  /** The next card (or the same one again) goes on screen, question first. */
  const nextShowing = useCallback(() => {
    setFace('question');
    setButtons(null);
    setWriteError(undefined);
    setShowing((n) => n + 1);
  }, []);

  const fail = useCallback((what: string, error: unknown) => notify({ level: 'error', message: `${what}: ${errorMessage(error)}` }), [notify]);

  // The queue, and the thinking time from the settings.
  useEffect(() => {
    let current = true;
    Promise.all([client.call('drills:queue', { selection }), client.call('drills:settings', {}).catch(() => null)]).then(
      ([queue, settings]) => {
        if (!current) return;
        if (settings) thinkingMs.current = settings.thinkingTimeMs;
        setSession(startSession(queue.cards));
        setStage(queue.cards.length > 0 ? { kind: 'studying' } : { kind: 'empty' });
        nextShowing();
      },
      (error) => current && setStage({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, selection, nextShowing]);

  // In order: a reveal right after the card came must reset the timer after it started, not before.
  const startTimer = useCallback(() => {
    timerOn.current = true;
    const durationMs = thinkingMs.current;
    // The drill works without the timer: a failure is not the user's problem here.
    timerCalls.current = timerCalls.current.then(() => client.call('timer:start', { mode: 'countdown', durationMs, label: THINKING_LABEL })).catch(() => undefined);
  }, [client]);
  const stopTimer = useCallback(() => {
    if (!timerOn.current) return;
    timerOn.current = false;
    timerCalls.current = timerCalls.current.then(() => client.call('timer:reset', {})).catch(() => undefined);
  }, [client]);
  useEffect(() => stopTimer, [stopTimer]);

  // A card comes on screen: its question, the thinking time running, the grades' intervals on their way.
  const cardId = card?.id;
  const showingNow = useRef(showing);
  showingNow.current = showing;
  useEffect(() => {
    if (!cardId) return;
    shownAt.current = performance.now();
    const mine = showing;
    // A late answer for a card no longer on screen is dropped.
    client.call('drills:buttons', { cardId }).then(
      (loaded) => showingNow.current === mine && setButtons(loaded),
      () => undefined,
    );
    startTimer();
    // Once per showing: the same card shown again (undo) starts over too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [showing]);

  // The focus follows the flow: "Show answer", then "Good"; "Back to decks" at the end.
  useEffect(() => {
    if (!active) return;
    if (stage.kind === 'studying' && face === 'question') revealButton.current?.focus();
    if (stage.kind === 'studying' && face === 'answer') goodButton.current?.focus();
    if (stage.kind === 'summary' || stage.kind === 'empty') doneButton.current?.focus();
  }, [active, stage.kind, face, showing]);

  // Back from the note ("Edit"): the card may have changed there.
  const wasActive = useRef(active);
  useEffect(() => {
    const returned = active && !wasActive.current;
    wasActive.current = active;
    if (!returned || !cardId) return;
    client.call('drills:card', { cardId }).then(
      (fresh) => setSession((state) => withUpdatedCard(state, fresh)),
      () => {
        setSession((state) => withoutCard(state, cardId));
        nextShowing();
        notify({ level: 'info', message: 'That card is no longer in its note, so it left the session.' });
      },
    );
  }, [active, cardId, client, notify, nextShowing]);

  const showSummary = useCallback(() => {
    stopTimer();
    setStage({ kind: 'summary', summary: null });
    client.call('drills:summary', {}).then(
      (summary) => setStage((current) => (current.kind === 'summary' ? { kind: 'summary', summary } : current)),
      (error) => fail('The summary could not be made', error),
    );
    setAnnouncement('Session complete.');
  }, [client, fail, stopTimer]);

  // However the last card went (graded, suspended, buried, skipped, gone from its note), the summary follows.
  const empty = session.queue.length === 0;
  useEffect(() => {
    if (stage.kind === 'studying' && empty) showSummary();
  }, [stage.kind, empty, showSummary]);

  const reveal = () => {
    if (!card || face !== 'question') return;
    if (isUnanswered(card)) {
      setFace('writing');
      return;
    }
    stopTimer();
    setFace('answer');
  };

  const grade = async (chosen: Grade) => {
    if (!card || face !== 'answer' || busy) return;
    setBusy(true);
    const elapsedMs = Math.min(MAX_ELAPSED_MS, Math.max(0, Math.round(performance.now() - shownAt.current)));
    try {
      const graded = await client.call('drills:grade', { cardId: card.id, grade: chosen, elapsedMs });
      const interval = buttons?.find((button) => button.grade === chosen)?.intervalMs;
      const next = afterGrade(session, graded, interval);
      setSession(next);
      nextShowing();
      const { left } = remaining(next);
      if (left > 0) setAnnouncement(`${GRADE_NAMES[chosen]}. ${left} left.`);
    } catch (error) {
      fail('The grade was not saved', error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (busy) return;
    if (!canUndo(session)) {
      setAnnouncement('Nothing to undo in this session.');
      return;
    }
    setBusy(true);
    try {
      const restored = await client.call('drills:undo', {});
      setSession(afterUndo(session, restored));
      setStage({ kind: 'studying' });
      nextShowing();
      setAnnouncement('Last grade undone.');
    } catch (error) {
      fail('The last grade could not be undone', error);
    } finally {
      setBusy(false);
    }
  };

  const takeOut = async (how: 'suspend' | 'bury' | 'skip') => {
    if (!card || busy) return;
    const taken = card;
    setBusy(true);
    try {
      if (how === 'suspend') await client.call('drills:suspend', { cardId: taken.id });
      if (how === 'bury') await client.call('drills:bury', { cardId: taken.id });
      const next = withoutCard(session, taken.id);
      setSession(next);
      nextShowing();
      if (how === 'suspend') {
        notify({
          level: 'info',
          message: 'Card suspended: it stays out of your drills.',
          action: {
            label: 'Undo',
            run: () =>
              void client.call('drills:unsuspend', { cardId: taken.id }).then(
                (back) => {
                  setSession((state) => withCardFirst(state, back));
                  setStage({ kind: 'studying' });
                  nextShowing();
                },
                (error) => fail('The card could not be brought back', error),
              ),
          },
        });
      }
      if (how === 'bury') notify({ level: 'info', message: 'Card buried until tomorrow.' });
    } catch (error) {
      fail(how === 'suspend' ? 'The card could not be suspended' : 'The card could not be buried', error);
    } finally {
      setBusy(false);
    }
  };

  const saveAnswer = async () => {
    if (!card || busy) return;
    const answer = answerHandle.current?.markdown() ?? '';
    if (answer.trim() === '') {
      setWriteError('Write the answer first.');
      answerHandle.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const updated = await client.call('drills:writeAnswer', { cardId: card.id, answer });
      setSession((state) => withUpdatedCard(state, updated));
      stopTimer();
      setFace('answer');
      setAnnouncement('Answer saved in the note.');
    } catch (error) {
      setWriteError(`The answer was not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const edit = () => {
    if (card) onOpenNote(card.notePath, card.line);
  };

  const end = () => {
    // Grades were given: the summary first.
    if (stage.kind === 'studying' && canUndo(session)) showSummary();
    else onClose();
  };

  const studying = active && stage.kind === 'studying' && card !== undefined && !busy;
  useCommand('drill.reveal', reveal, studying && face === 'question');
  useCommand('drill.again', () => void grade('again'), studying && face === 'answer');
  useCommand('drill.hard', () => void grade('hard'), studying && face === 'answer');
  useCommand('drill.good', () => void grade('good'), studying && face === 'answer');
  useCommand('drill.easy', () => void grade('easy'), studying && face === 'answer');
  useCommand('drill.undo', () => void undo(), active && (stage.kind === 'studying' || stage.kind === 'summary'));
  useCommand('drill.edit', edit, studying);
  useCommand('drill.suspend', () => void takeOut('suspend'), studying);
  useCommand('drill.bury', () => void takeOut('bury'), studying);

  const { left, fresh } = remaining(session);

  return (
    <main
      className="study"
      aria-label={`Drill: ${title}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        // Escape while writing lets go of the editor only when nothing was written: a slip must not lose an answer.
        if (face === 'writing') {
          if ((answerHandle.current?.markdown() ?? '') === '') setFace('question');
          return;
        }
        end();
      }}
    >
      <header className="study-bar">
        <button type="button" className="button quiet" onClick={end} title="End the session (Esc)" aria-keyshortcuts="Escape">
          <ArrowLeft size={16} aria-hidden />
          {stage.kind === 'summary' || stage.kind === 'empty' ? 'Decks' : 'End session'}
        </button>
        <h1 className="study-title">{title}</h1>
        <span className="study-left">{stage.kind === 'studying' ? leftText(left, fresh) : ''}</span>
      </header>
      <div className="study-progress" aria-hidden>
        <div className="study-progress-fill" style={{ width: `${Math.round((stage.kind === 'studying' ? progress(session) : stage.kind === 'summary' ? 1 : 0) * 100)}%` }} />
      </div>
      <div className="study-scroll">
        {stage.kind === 'loading' && <p className="study-message" aria-busy="true" />}
        {stage.kind === 'failed' && (
          <div className="study-message" role="alert">
            <h2>The cards could not be read</h2>
            <p>{stage.message}</p>
          </div>
        )}
        {stage.kind === 'empty' && (
          <div className="study-message">
            <h2>{selection.kind === 'unanswered' ? 'Every question has an answer' : 'Nothing to study here right now'}</h2>
            <p>
              {selection.kind === 'unanswered'
                ? 'Questions with nothing under them show up here, for you to write their answers.'
                : 'No card is due, and today’s new cards are done. Come back tomorrow, or study another deck.'}
            </p>
            <button ref={doneButton} type="button" className="button primary" onClick={onClose}>
              Back to decks
            </button>
          </div>
        )}
        {stage.kind === 'summary' && <Summary summary={stage.summary} doneRef={doneButton} onDone={onClose} canUndo={canUndo(session)} onUndo={() => void undo()} />}
        {stage.kind === 'studying' && card && (
          <CardFace
            key={showing}
            card={card}
            face={face}
            showNote={!inOneNote}
            assetBase={assetBase}
            answerHandle={answerHandle}
            writeError={writeError}
            onSaveAnswer={() => void saveAnswer()}
            onEdit={edit}
            onSuspend={() => void takeOut('suspend')}
            onBury={() => void takeOut('bury')}
          />
        )}
      </div>
      {stage.kind === 'studying' && card && (
        <footer className="study-actions" aria-label="Answer and grade">
          {face === 'question' &&
            (isUnanswered(card) ? (
              <>
                <button ref={revealButton} type="button" className="button primary big" onClick={reveal} aria-keyshortcuts="Space">
                  <Pencil size={16} aria-hidden />
                  Write an answer <kbd aria-hidden>Space</kbd>
                </button>
                <button type="button" className="button quiet big" onClick={() => void takeOut('skip')}>
                  <SkipForward size={16} aria-hidden />
                  Skip
                </button>
              </>
            ) : (
              <button ref={revealButton} type="button" className="button primary big reveal" onClick={reveal} aria-keyshortcuts="Space">
                Show answer <kbd aria-hidden>Space</kbd>
              </button>
            ))}
          {face === 'writing' && (
            <>
              <button type="button" className="button primary big" onClick={() => void saveAnswer()} disabled={busy} aria-keyshortcuts="Control+Enter">
                Save answer <kbd aria-hidden>{displayKey('Mod+Enter')}</kbd>
              </button>
              <button type="button" className="button quiet big" onClick={() => setFace('question')}>
                Cancel
              </button>
            </>
          )}
          {face === 'answer' && (
            <div className="grades" role="group" aria-label="Grade your answer">
              {GRADE_ORDER.map((g) => (
                <GradeChoice key={g} grade={g} button={buttons?.find((b) => b.grade === g)} onGrade={() => void grade(g)} disabled={busy} buttonRef={g === 'good' ? goodButton : undefined} />
              ))}
            </div>
          )}
        </footer>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </main>
  );
}

function GradeChoice({
  grade,
  button,
  onGrade,
  disabled,
  buttonRef,
}: {
  grade: Grade;
  button: GradeButton | undefined;
  onGrade: () => void;
  disabled: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={buttonRef} type="button" className={`grade grade-${grade}`} onClick={onGrade} disabled={disabled} aria-keyshortcuts={GRADE_KEYS[grade]}>
      <span className="grade-name">{GRADE_NAMES[grade]}</span>
      <span className="grade-interval">{button ? button.label : '…'}</span>
      <kbd className="grade-key" aria-hidden>
        {GRADE_KEYS[grade]}
      </kbd>
    </button>
  );
}

interface CardFaceProps {
  card: CardView;
  showNote: boolean;
  face: Face;
  assetBase: string;
  answerHandle: RefObject<AnswerHandle | null>;
  writeError: string | undefined;
  onSaveAnswer: () => void;
  onEdit: () => void;
  onSuspend: () => void;
  onBury: () => void;
}

function CardFace({ card, face, showNote, assetBase, answerHandle, writeError, onSaveAnswer, onEdit, onSuspend, onBury }: CardFaceProps) {
  // Images in the card are addressed relative to its note; set before the card's views render.
  useMemo(() => setImageSourceResolver((src) => imageUrl(assetBase, folderOf(card.notePath), src)), [assetBase, card.notePath]);
  const answer = useMemo(() => deindent(card.answer), [card.answer]);
  useEffect(() => {
    if (face === 'writing') answerHandle.current?.focus();
  }, [face, answerHandle]);

  return (
    <article className="card" aria-labelledby="card-question">
      <div className="card-top">
        <p className="card-context" title={card.notePath}>
          {cardContext(card, showNote)}
        </p>
        <div className="card-tools">
          <button type="button" className="button quiet small" onClick={onEdit} title="Edit in the note (E)" aria-keyshortcuts="E">
            <Pencil size={14} aria-hidden />
            Edit
          </button>
          <button type="button" className="button quiet small" onClick={onSuspend} title="Suspend: leave it out of drills (S)" aria-keyshortcuts="S">
            <PauseCircle size={14} aria-hidden />
            Suspend
          </button>
          <button type="button" className="button quiet small" onClick={onBury} title="Bury until tomorrow (B)" aria-keyshortcuts="B">
            <EyeOff size={14} aria-hidden />
            Bury
          </button>
        </div>
      </div>
      <section className="card-question" aria-label="Question">
        <MarkdownView markdown={card.question} id="card-question" className="question-text" />
        {card.phase === 'new' && <span className="card-badge">New</span>}
      </section>
      {face === 'answer' && (
        <section className="card-answer" aria-label="Answer">
          <MarkdownView markdown={answer} className="answer-text" />
        </section>
      )}
      {face === 'writing' && (
        <section className="card-answer writing" aria-label="Write the answer">
          <p id="answer-help" className="answer-help">
            This question has no answer yet. Write it here: it is saved in “{card.notePath}” under the question.
          </p>
          <AnswerEditor handle={answerHandle} onSubmit={onSaveAnswer} describedBy="answer-help" />
          {writeError && (
            <p className="field-error" role="alert">
              {writeError}
            </p>
          )}
        </section>
      )}
    </article>
  );
}

function Summary({
  summary,
  doneRef,
  onDone,
  canUndo: undoable,
  onUndo,
}: {
  summary: DrillSessionSummary | null;
  doneRef: Ref<HTMLButtonElement>;
  onDone: () => void;
  canUndo: boolean;
  onUndo: () => void;
}) {
  const perCard = summary && summary.cards > 0 ? summary.timeMs / Math.max(1, Object.values(summary.grades).reduce((a, b) => a + b, 0)) : 0;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Session complete</h2>
      {summary ? (
        <>
          <dl className="summary-stats">
            <div>
              <dt className="overline">Cards</dt>
              <dd>{summary.cards}</dd>
            </div>
            <div>
              <dt className="overline">Time</dt>
              <dd>{formatSpent(summary.timeMs)}</dd>
            </div>
            <div>
              <dt className="overline">Per answer</dt>
              <dd>{formatSpent(perCard)}</dd>
            </div>
          </dl>
          <dl className="summary-grades" aria-label="Grades">
            {GRADE_ORDER.map((g) => (
              <div key={g} className={`summary-grade grade-${g}`}>
                <dt className="overline">{GRADE_NAMES[g]}</dt>
                <dd>{summary.grades[g]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="muted" aria-busy="true">
          Adding it up…
        </p>
      )}
      <div className="summary-actions">
        <button ref={doneRef} type="button" className="button primary big" onClick={onDone}>
          Back to decks
        </button>
        {undoable && (
          <button type="button" className="button quiet big" onClick={onUndo} aria-keyshortcuts="Control+Z">
            <Undo2 size={16} aria-hidden />
            Undo last grade <kbd aria-hidden>{displayKey('Mod+Z')}</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
