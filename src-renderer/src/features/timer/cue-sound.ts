/**
 * The timer's sounds, made with Web Audio (no files to ship): one soft tone
 * at 30 s left, a falling pair at the end, a short low one when a rehearsal
 * moves on to the next part of the story. Short, quiet, with smooth edges so
 * they do not click. Sound is a nicety: where the page may not play it (no
 * audio device, autoplay not yet allowed) the colour change still says it.
 */
import type { TimerCue } from '../../../../src-main/contract';

interface Tone {
  hz: number;
  /** Seconds after the cue. */
  at: number;
  seconds: number;
}

export type CueKind = TimerCue['kind'] | 'phase';

const TONES: Record<CueKind, Tone[]> = {
  phase: [{ hz: 523, at: 0, seconds: 0.18 }],
  warning: [{ hz: 660, at: 0, seconds: 0.28 }],
  end: [
    { hz: 784, at: 0, seconds: 0.4 },
    { hz: 523, at: 0.32, seconds: 0.6 },
  ],
};
const VOLUME = 0.07;

let context: AudioContext | undefined;

export function playCue(kind: CueKind): void {
  try {
    // Made on first use, not at load: a context made before any click starts suspended.
    context ??= new AudioContext();
    void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (const tone of TONES[kind]) play(context, tone, start + tone.at);
  } catch {
    // No audio here: the colour is the cue.
  }
}

function play(audio: AudioContext, { hz, seconds }: Tone, at: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = hz;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(VOLUME, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.05);
}
