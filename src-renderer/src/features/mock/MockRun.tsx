/**
 * A mock interview in progress: the question, the thinking and answering
 * countdowns of the main-process timer (overtime in red), the answer typed
 * in the notes' editor and/or spoken into the microphone, "Next question"
 * (Ctrl+Enter), pause and resume. Everything typed is sent to the core as it
 * is typed, so a reload or a restart resumes with it.
 */
import { Circle, Pause, Play, Square } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MockSession } from '../../../../src-main/contract';
import { useCommand } from '../../app/commands';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { AnswerEditor, type AnswerHandle } from '../editor/AnswerEditor';
import { clockText, cueLevel } from '../timer/local-timer';
import { useTimer } from '../timer/use-timer';
import { blobToBase64 } from '../../lib/blob-base64';
import { PHASE_LABELS, progressText } from './mock-text';
import { useRecorder } from '../../lib/use-recorder';

/** The answer typed so far is sent this long after typing stops. */
const SAVE_DELAY_MS = 400;

interface MockRunProps {
  session: MockSession;
  active: boolean;
  onChanged: (session: MockSession) => void;
}

export function MockRun({ session, active, onChanged }: MockRunProps) {
  const client = useClient();
  const notify = useNotify();
  const { timer } = useTimer();
  const [now, setNow] = useState(() => performance.now());
  const [busy, setBusy] = useState(false);
  /** The microphone's problem is told once a session; the line beside the button keeps saying why it is off. */
  const toldMicProblem = useRef(false);
  const answer = useRef<AnswerHandle>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Typed text waiting for its save, with the question it was typed for (which may no longer be the current one). */
  const pendingSave = useRef<{ at: number; typed: string } | null>(null);
  /** The question the recording in progress belongs to. */
  const recordingFor = useRef<number | null>(null);
  const index = session.current;
  const question = session.questions[index];
  const paused = session.status === 'paused';

  const recorder = useRecorder((reason) => {
    // Said once a session: every later answer is simply typed.
    if (!toldMicProblem.current) notify({ level: 'info', message: reason });
    toldMicProblem.current = true;
    // Unplugged mid-answer: what was recorded until then is saved with its answer now.
    void keepRecording();
  });

  useEffect(() => {
    const tick = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(tick);
  }, []);

  const saveTyped = useCallback(
    (at: number, typed: string) => client.call('mock:saveAnswer', { sessionId: session.id, index: at, typed }).catch((error) => notify({ level: 'error', message: `Your answer could not be kept: ${errorMessage(error)}. Copy it before leaving.` })),
    [client, notify, session.id],
  );

  const takePending = () => {
    clearTimeout(saveTimer.current);
    const pending = pendingSave.current;
    pendingSave.current = null;
    return pending;
  };

  const savePending = useCallback(() => {
    const pending = takePending();
    return pending ? saveTyped(pending.at, pending.typed) : Promise.resolve();
  }, [saveTyped]);

  /** Saves the answer on screen as it is now, and words still waiting that were typed into an answer being left. */
  const flushTyped = useCallback(async () => {
    const pending = takePending();
    const onScreen = answer.current ? { at: index, typed: answer.current.markdown() } : null;
    if (pending && pending.at !== onScreen?.at) await saveTyped(pending.at, pending.typed);
    if (onScreen) await saveTyped(onScreen.at, onScreen.typed);
  }, [index, saveTyped]);

  const stopRecorder = recorder.stop;
  /** Stops the recording (if any) and keeps it with the answer it was made for. */
  const keepRecording = useCallback(async () => {
    const at = recordingFor.current;
    recordingFor.current = null;
    const take = await stopRecorder();
    if (!take || at === null || take.blob.size === 0) return;
    try {
      await client.call('mock:saveRecording', { sessionId: session.id, index: at, mimeType: take.mimeType, base64: await blobToBase64(take.blob), durationMs: take.durationMs });
    } catch (error) {
      notify({ level: 'error', message: `The recording of question ${at + 1} could not be saved: ${errorMessage(error)}. Your typed answer and the session are kept.` });
    }
  }, [client, notify, stopRecorder, session.id]);

  // The core moved on by itself (time up, auto-advance): the recording belongs to the question it was made for.
  useEffect(() => {
    if (recordingFor.current !== null && recordingFor.current !== index) void keepRecording();
  }, [index, keepRecording]);

  const next = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await flushTyped();
      if (session.phase !== 'thinking') await keepRecording();
      onChanged(await client.call('mock:next', { sessionId: session.id }));
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const call = async (name: 'mock:pause' | 'mock:resume' | 'mock:finish') => {
    try {
      if (name !== 'mock:resume') {
        await flushTyped();
        await keepRecording();
      }
      onChanged(await client.call(name, { sessionId: session.id }));
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  useCommand('mock.next', () => void next(), active && !paused);

  if (!question) return null;
  const ours = timer && timer.snapshot.label?.startsWith('Mock');
  const cue = ours ? cueLevel(timer, now) : 'none';
  const clock = ours ? clockText(timer, now) : '–:––';
  const recording = recorder.state.kind === 'recording';
  const last = index === session.questions.length - 1;

  return (
    <div className="mock-run">
      <div className="mock-run-bar">
        <span className="mock-progress">{progressText(session)}</span>
        <span className={`mock-phase ${session.phase}`}>{paused ? 'Paused' : PHASE_LABELS[session.phase]}</span>
        <span className={`mock-clock cue-${session.phase === 'overtime' ? 'end' : cue}`} role="timer" aria-label={`${PHASE_LABELS[session.phase]} time`}>
          {session.phase === 'overtime' ? `+${clock}` : clock}
        </span>
        <span className="mock-run-spacer" />
        {paused ? (
          <button type="button" className="button" onClick={() => void call('mock:resume')}>
            <Play size={15} aria-hidden /> Resume
          </button>
        ) : (
          <button type="button" className="button quiet" onClick={() => void call('mock:pause')}>
            <Pause size={15} aria-hidden /> Pause
          </button>
        )}
        <button type="button" className="button quiet" onClick={() => void call('mock:finish')}>
          End interview
        </button>
      </div>
      <div className="mock-run-page">
        <p className="mock-kind overline">{question.kind === 'behavioral' ? 'Behavioral' : 'Technical'}</p>
        <h2 className="mock-question">{question.text}</h2>
        <div className="mock-answer-tools">
          {recording ? (
            <button type="button" className="button" onClick={() => void keepRecording()}>
              <Square size={14} aria-hidden /> Stop recording
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={recorder.state.kind === 'starting' || recorder.state.kind === 'unavailable' || paused}
              onClick={() => {
                recordingFor.current = index;
                void recorder.start();
              }}
            >
              <Circle size={14} aria-hidden className="record-dot" /> Record
            </button>
          )}
          {recording && (
            <span className="mic-level" role="meter" aria-label="Microphone level" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(recorder.level * 100)}>
              <span style={{ width: `${Math.round(recorder.level * 100)}%` }} />
            </span>
          )}
          {recorder.state.kind === 'unavailable' && <span className="mic-problem">{recorder.state.reason}</span>}
        </div>
        <AnswerEditor
          key={`${session.id}-${index}`}
          handle={answer}
          initialMarkdown={session.answers[index]?.typed ?? ''}
          onSubmit={() => void next()}
          onChange={() => {
            // Captured now, with its question: if the core moves on meanwhile, it still lands on the right answer.
            const latest = { at: index, typed: answer.current?.markdown() ?? '' };
            // Words typed into the answer being left, while the next question was on its way, are saved with that answer.
            if (pendingSave.current && pendingSave.current.at !== latest.at) void savePending();
            pendingSave.current = latest;
            clearTimeout(saveTimer.current);
            saveTimer.current = setTimeout(() => void savePending(), SAVE_DELAY_MS);
          }}
        />
      </div>
      <div className="mock-run-actions">
        <button type="button" className="button primary" onClick={() => void next()} disabled={busy || paused}>
          {session.phase === 'thinking' ? 'Start answering' : last ? 'Finish' : 'Next question'} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
