/**
 * Rehearsing a story aloud: the main-process timer counts down the story's
 * target length, the phase to be telling now (Situation, Task, Action,
 * Result) follows the time, and the outline stays in view. A take can be
 * recorded, played back, and the weaker ones deleted. At the end the user
 * rates the take, and the date goes into the story's front matter.
 */
import { useEffect, useRef, useState } from 'react';
import type { RehearsalPlan, StorySummary, StoryTake } from '../../../../src-main/contract';
import { blobToBase64 } from '../../lib/blob-base64';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { Dialog, FormActions } from '../../lib/Dialog';
import { useNotify } from '../../lib/notices';
import { useRecorder } from '../../lib/use-recorder';
import { playCue } from '../timer/cue-sound';
import { elapsedAt } from '../timer/local-timer';
import { useTimer } from '../timer/use-timer';
import { formatSpoken, phaseAt } from './story-text';
import { StoryTakes } from './StoryTakes';

interface RehearseDialogProps {
  story: StorySummary;
  assetBase: string;
  /** Resolves true once the rehearsal is recorded in the story. */
  onRated: (rating: number) => Promise<boolean>;
  onClose: () => void;
}

const RATINGS = [
  { value: 1, label: 'Lost my way' },
  { value: 2, label: 'Rough' },
  { value: 3, label: 'Fine' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Nailed it' },
];

export function RehearseDialog({ story, assetBase, onRated, onClose }: RehearseDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const [recordTake, setRecordTake] = useState(false);
  const [takes, setTakes] = useState<StoryTake[]>([]);
  const recorder = useRecorder((reason) => notify({ level: 'info', message: reason }));
  const loadTakes = () => client.call('stories:takes', { path: story.path }).then(setTakes, (error) => notify({ level: 'error', message: errorMessage(error) }));
  const { timer, call } = useTimer();
  const [plan, setPlan] = useState<RehearsalPlan | { error: string }>();
  const [stage, setStage] = useState<'ready' | 'telling' | 'rating'>('ready');
  const [rating, setRating] = useState(3);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => performance.now());
  const label = `Rehearse: ${story.title}`.slice(0, 80);
  const ours = timer?.snapshot.label === label;

  useEffect(() => {
    client.call('stories:rehearsal', { path: story.path }).then(setPlan, (error) => setPlan({ error: errorMessage(error) }));
    void loadTakes();
    // Once per story.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, story.path]);

  /** Stops the take being recorded, if any, and keeps it with the story: a recording is never dropped. */
  const keepTake = async () => {
    const take = await recorder.stop();
    if (!take || take.blob.size === 0) return; // nothing reached the page: there is no take to keep
    try {
      await client.call('stories:saveTake', { path: story.path, mimeType: take.mimeType, base64: await blobToBase64(take.blob) });
      await loadTakes();
    } catch (error) {
      notify({ level: 'error', message: `The take could not be saved: ${errorMessage(error)}` });
    }
  };

  // The phase follows the time: four times a second is smooth enough and cheap.
  useEffect(() => {
    if (stage !== 'telling') return;
    const tick = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(tick);
  }, [stage]);

  useEffect(() => {
    if (stage === 'telling' && ours && timer?.snapshot.status === 'finished') setStage('rating');
  }, [stage, ours, timer?.snapshot.status]);

  const close = () => {
    // A rehearsal left unrecorded puts its countdown back; a timer someone else started is left alone.
    if (ours && timer?.snapshot.status !== 'idle') call('timer:reset', {});
    void keepTake();
    onClose();
  };

  const start = (target: number) => {
    if (recordTake) void recorder.start();
    call('timer:start', { mode: 'countdown', durationMs: target * 1000, label });
    setStage('telling');
  };

  const finish = () => {
    if (ours && timer?.snapshot.status === 'running') call('timer:pause', {});
    void keepTake();
    setStage('rating');
  };

  const record = async () => {
    setBusy(true);
    const recorded = await onRated(rating);
    setBusy(false);
    if (recorded) {
      if (ours) call('timer:reset', {});
      onClose();
    }
  };

  const elapsed = ours && timer ? elapsedAt(timer, now) / 1000 : 0;
  const loaded = plan && !('error' in plan) ? plan : null;
  const current = loaded && stage !== 'ready' ? phaseAt(loaded, elapsed) : null;

  // A soft tone as the story should move on to its next part; the status line says which.
  const lastPhase = useRef(current);
  useEffect(() => {
    if (stage === 'telling' && lastPhase.current !== null && current !== lastPhase.current) playCue('phase');
    lastPhase.current = current;
  }, [stage, current]);

  return (
    <Dialog open onOpenChange={(open) => !open && close()} title={`Rehearse “${story.title}”`} className="rehearse-dialog" description="Tell the story out loud. The phase to be telling moves with the timer in the header.">
      {!plan ? (
        <p aria-busy="true">Preparing…</p>
      ) : 'error' in plan ? (
        <p role="alert">{plan.error}</p>
      ) : (
        <>
          <ol className="rehearse-phases" aria-label="Phases">
            {plan.phases.map((phase) => (
              <li key={phase.section} className={phase.section === current ? 'current' : undefined} aria-current={phase.section === current ? 'step' : undefined} style={{ flexGrow: phase.seconds }}>
                <span className="rehearse-phase-label">{phase.label}</span>
                <span className="rehearse-phase-time">
                  {formatSpoken(phase.startsAtSeconds)}–{formatSpoken(phase.startsAtSeconds + phase.seconds)}
                </span>
              </li>
            ))}
          </ol>
          {stage === 'telling' && recorder.state.kind === 'recording' && (
            <p className="rehearse-recording">
              <span className="record-dot-live" aria-hidden /> Recording
            </p>
          )}
          {stage === 'telling' && (
            <p className="rehearse-now" role="status">
              Now: <strong>{plan.phases.find((phase) => phase.section === current)?.label}</strong> · {formatSpoken(elapsed)} of {formatSpoken(plan.targetSeconds)}
            </p>
          )}
          <section className="rehearse-outline" aria-label="Outline">
            {plan.outline.map((part) => (
              <div key={part.section} className={part.section === current ? 'current' : undefined}>
                <h3>{part.label}</h3>
                {part.points.length === 0 ? <p className="rehearse-empty">Nothing written yet.</p> : <ul>{part.points.map((point, i) => <li key={i}>{point}</li>)}</ul>}
              </div>
            ))}
          </section>
          <section className="rehearse-takes" aria-labelledby="rehearse-takes-title">
            <h3 id="rehearse-takes-title">Takes</h3>
            <StoryTakes takes={takes} assetBase={assetBase} onChanged={() => void loadTakes()} />
          </section>
          {stage === 'ready' && (
            <div className="dialog-actions">
              <label className="toggle rehearse-record">
                <input type="checkbox" checked={recordTake} onChange={(event) => setRecordTake(event.target.checked)} /> Record this take
              </label>
              <button type="button" className="button quiet" onClick={close}>
                Cancel
              </button>
              <button type="button" className="button primary" onClick={() => start(plan.targetSeconds)} autoFocus>
                Start {formatSpoken(plan.targetSeconds)}
              </button>
            </div>
          )}
          {stage === 'telling' && (
            <div className="dialog-actions">
              <button type="button" className="button primary" onClick={finish} autoFocus>
                Finished telling
              </button>
            </div>
          )}
          {stage === 'rating' && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void record();
              }}
            >
              <fieldset className="rehearse-rating">
                <legend>How did it go?</legend>
                {RATINGS.map((option) => (
                  <label key={option.value}>
                    <input type="radio" name="rating" value={option.value} checked={rating === option.value} onChange={() => setRating(option.value)} />
                    {option.value} · {option.label}
                  </label>
                ))}
              </fieldset>
              <FormActions submitLabel="Mark rehearsed" cancelLabel="Don’t record" busy={busy} onCancel={close} />
            </form>
          )}
        </>
      )}
    </Dialog>
  );
}
