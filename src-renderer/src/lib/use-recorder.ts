/**
 * The microphone through MediaRecorder, with a live input level. Recording
 * is a nicety on top of typing: when the microphone is denied, missing or
 * unplugged, the hook says why once and the session goes on typed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'recording'; since: number }
  /** Why recording cannot be used here; typed answers still work. */
  | { kind: 'unavailable'; reason: string };

export interface Take {
  blob: Blob;
  mimeType: string;
  durationMs: number;
}

export interface Recorder {
  state: RecorderState;
  /** 0–1, the input's loudness now, while recording. */
  level: number;
  start(): Promise<void>;
  /** Stops and hands over the take; null when nothing was being recorded. */
  stop(): Promise<Take | null>;
}

/** Opus in WebM where the browser has it (Chromium, Electron); else whatever it records by default. */
const PREFERRED_TYPE = 'audio/webm;codecs=opus';

interface Recording {
  recorder: MediaRecorder;
  stream: MediaStream;
  chunks: Blob[];
  since: number;
  stopMeter: () => void;
  /** Settles when the recorder has handed over its last chunk, whoever stopped it (a microphone that goes away does). */
  stopped: Promise<void>;
  /** A stop() has taken this recording: it is handed over once. */
  taken: boolean;
}

export function useRecorder(onLost: (reason: string) => void): Recorder {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const [level, setLevel] = useState(0);
  const active = useRef<Recording | null>(null);
  const lost = useRef(onLost);
  lost.current = onLost;

  const release = useCallback((recording: Recording) => {
    // A newer recording may have started meanwhile: it is not this one's to end.
    if (active.current === recording) active.current = null;
    recording.stopMeter();
    recording.stream.getTracks().forEach((track) => track.stop());
    setLevel(0);
  }, []);

  const stop = useCallback(async (): Promise<Take | null> => {
    const current = active.current;
    if (!current || current.taken) return null;
    current.taken = true;
    const { recorder, chunks, since } = current;
    if (recorder.state !== 'inactive') recorder.stop();
    await current.stopped;
    release(current);
    setState((previous) => (previous.kind === 'unavailable' ? previous : { kind: 'idle' }));
    const mimeType = recorder.mimeType || chunks[0]?.type || 'audio/webm';
    return { blob: new Blob(chunks, { type: mimeType }), mimeType, durationMs: Math.round(performance.now() - since) };
  }, [release]);

  const start = useCallback(async () => {
    if (active.current) return;
    setState({ kind: 'starting' });
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No media devices', 'NotSupportedError');
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const reason = unavailableReason(error);
      setState({ kind: 'unavailable', reason });
      lost.current(reason);
      return;
    }
    const recorder = new MediaRecorder(stream, MediaRecorder.isTypeSupported(PREFERRED_TYPE) ? { mimeType: PREFERRED_TYPE } : undefined);
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (event) => event.data.size > 0 && chunks.push(event.data));
    const stopped = new Promise<void>((done) => recorder.addEventListener('stop', () => done(), { once: true }));
    const since = performance.now();
    active.current = { recorder, stream, chunks, since, stopMeter: meter(stream, setLevel), stopped, taken: false };
    // Unplugged mid-answer: what was recorded so far is kept; the next answers are typed.
    stream.getAudioTracks()[0]?.addEventListener('ended', () => {
      lost.current('The microphone went away while recording. What was recorded so far is kept with this answer.');
      setState({ kind: 'unavailable', reason: 'The microphone was unplugged, so answers are typed from here on.' });
    });
    // Chunks every second: a crash loses at most the last one of what reached the page.
    recorder.start(1000);
    setState({ kind: 'recording', since });
  }, []);

  useEffect(
    () => () => {
      if (active.current) release(active.current);
    },
    [release],
  );

  return { state, level, start, stop };
}

function unavailableReason(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'The microphone is not allowed for Interview Coach, so answers are typed only. Allow it in the system or browser settings to record.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No microphone was found, so answers are typed only.';
  if (name === 'NotSupportedError') return 'Recording is not supported here, so answers are typed only.';
  return `The microphone could not be started (${error instanceof Error ? error.message : String(error)}), so answers are typed only.`;
}

/** Reports the stream's loudness about 15 times a second; returns how to stop. */
function meter(stream: MediaStream, report: (level: number) => void): () => void {
  let audio: AudioContext;
  try {
    audio = new AudioContext();
  } catch {
    return () => undefined;
  }
  const analyser = audio.createAnalyser();
  analyser.fftSize = 512;
  audio.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    // RMS, scaled so ordinary speech fills most of the meter.
    report(Math.min(1, Math.sqrt(sum / samples.length) * 4));
  }, 66);
  return () => {
    clearInterval(timer);
    void audio.close().catch(() => undefined);
  };
}
