/**
 * The timer in the app header, always in view: the time as `m:ss`, one
 * button that starts, pauses and resumes (it keeps its place and the focus
 * while its name changes), "+1 min" and Reset while a timer is on, and the
 * preset choice while it is idle. The timer itself runs in the core; this
 * shows it, and gives its cues a sound (and, in browser mode, a notification).
 */
import { Pause, Play, RotateCcw } from 'lucide-react';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { AppInfo, TimerSnapshot } from '../../../../src-main/contract';
import { useCommand } from '../../app/commands';
import { displayKey } from '../../app/keys';
import { useCoreEvent } from '../../lib/client-context';
import { formatClock, parseClock } from './clock-text';
import { playCue } from './cue-sound';
import { clockText, cueLevel, msUntilNextChange, type LocalTimer } from './local-timer';
import { notifyEndInPage } from './page-notification';
import { useTimer, type TimerHandle } from './use-timer';
import './timer.css';

const TOGGLE_KEY = 'Mod+Shift+Space';
const PRESETS_MS = [30_000, 60_000, 120_000, 180_000, 300_000];

export function TimerWidget({ host }: { host: AppInfo['host'] }) {
  const { timer, call } = useTimer();
  const toggle = () => {
    const status = timer?.snapshot.status;
    if (status === 'running') call('timer:pause', {});
    else if (status === 'paused') call('timer:resume', {});
    else if (status !== undefined) call('timer:start', {});
  };
  useCommand('timer.toggle', toggle);
  useCoreEvent('timer:cue', (cue) => {
    playCue(cue.kind);
    if (cue.kind === 'end' && host === 'browser') notifyEndInPage(cue.timer);
  });
  if (!timer) return null;

  const { status, mode, label } = timer.snapshot;
  const toggleName = status === 'running' ? 'Pause' : status === 'paused' ? 'Resume' : 'Start';
  return (
    <div className="timer" role="group" aria-label="Timer">
      {label && (
        <span className="timer-label" title={label}>
          {label}
        </span>
      )}
      <TimeDisplay timer={timer} />
      {status === 'idle' ? (
        <PresetChoice snapshot={timer.snapshot} call={call} />
      ) : (
        <>
          {mode === 'countdown' && (
            <button type="button" className="button quiet timer-add" onClick={() => call('timer:addMinute', {})}>
              +1 min
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Reset" title="Reset" onClick={() => call('timer:reset', {})}>
            <RotateCcw size={16} aria-hidden />
          </button>
        </>
      )}
      <button type="button" className="icon-button timer-toggle" aria-label={toggleName} title={`${toggleName} (${displayKey(TOGGLE_KEY)})`} onClick={toggle}>
        {status === 'running' ? <Pause size={16} aria-hidden /> : <Play size={16} aria-hidden />}
      </button>
    </div>
  );
}

/**
 * The time, counted on from the snapshot with the page's clock. It repaints
 * only when the shown second changes, and writes the text node itself rather
 * than re-rendering the header every second.
 */
function TimeDisplay({ timer }: { timer: LocalTimer }) {
  const ref = useRef<HTMLSpanElement>(null);
  // A layout effect: a reloaded page's first paint already shows the true time.
  useLayoutEffect(() => {
    const element = ref.current!;
    let pending: number | undefined;
    const paint = () => {
      const now = performance.now();
      const text = clockText(timer, now);
      if (element.textContent !== text) element.textContent = text;
      const level = cueLevel(timer, now);
      if (element.dataset.cue !== level) element.dataset.cue = level;
      window.clearTimeout(pending);
      const wait = msUntilNextChange(timer, now);
      pending = wait === null ? undefined : window.setTimeout(paint, wait);
    };
    paint();
    // A hidden page's timers are slowed down: catch up as soon as it is shown again.
    document.addEventListener('visibilitychange', paint);
    return () => {
      window.clearTimeout(pending);
      document.removeEventListener('visibilitychange', paint);
    };
  }, [timer]);
  return (
    <span
      ref={ref}
      role="timer"
      className="timer-time"
      data-status={timer.snapshot.status}
      aria-label={timer.snapshot.mode === 'countdown' ? 'Time left' : 'Time counted'}
    />
  );
}

function presetName(ms: number): string {
  return ms < 60_000 ? `${ms / 1000} s` : `${ms / 60_000} min`;
}

/** The length of the next countdown, or the stopwatch; "Custom…" asks for any length up to 4 hours. */
function PresetChoice({ snapshot, call }: { snapshot: TimerSnapshot; call: TimerHandle['call'] }) {
  const select = useRef<HTMLSelectElement>(null);
  const [asking, setAsking] = useState(false);
  const value = snapshot.mode === 'stopwatch' ? 'stopwatch' : String(snapshot.durationMs);
  const custom = snapshot.mode === 'countdown' && !PRESETS_MS.includes(snapshot.durationMs);

  const choose = (choice: string) => {
    if (choice === 'custom') return setAsking(true);
    call('timer:setPreset', choice === 'stopwatch' ? { mode: 'stopwatch' } : { mode: 'countdown', durationMs: Number(choice) });
  };
  const done = (durationMs: number | null, returnFocus: boolean) => {
    setAsking(false);
    if (durationMs !== null) call('timer:setPreset', { mode: 'countdown', durationMs });
    if (returnFocus) select.current?.focus();
  };

  return (
    <>
      <select ref={select} className="timer-preset" aria-label="Timer preset" value={value} onChange={(event) => choose(event.target.value)}>
        {PRESETS_MS.map((ms) => (
          <option key={ms} value={String(ms)}>
            {presetName(ms)}
          </option>
        ))}
        {custom && <option value={value}>{formatClock(snapshot.durationMs, 'countdown')}</option>}
        <option value="custom">Custom…</option>
        <option value="stopwatch">Stopwatch</option>
      </select>
      {asking && <CustomLength onDone={done} />}
    </>
  );
}

/** Enter sets the typed length; Escape, or leaving the field, cancels. */
function CustomLength({ onDone }: { onDone: (durationMs: number | null, returnFocus: boolean) => void }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const durationMs = parseClock(text);
    if (durationMs === null) setInvalid(true);
    else onDone(durationMs, true);
  };
  return (
    <form
      className="timer-custom"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDone(null, true);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onDone(null, false);
      }}
    >
      <input
        className="timer-custom-input"
        aria-label="Custom time, in minutes or m:ss"
        title="Minutes (7) or m:ss (2:30), up to 4 hours"
        placeholder="m:ss"
        autoFocus
        value={text}
        aria-invalid={invalid}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="button quiet">
        Set
      </button>
    </form>
  );
}
