/**
 * Talk time, silence and long pauses in a recorded answer, computed offline
 * from its samples: the loudness of short frames against the recording's own
 * noise floor, so a quiet room and a noisy one are judged alike. One pass,
 * no allocation per frame: a two-minute answer takes a few milliseconds.
 */

/** Frames of this length are judged talk or silence. */
const FRAME_MS = 20;
/** Talk is this much louder than the noise floor… */
const OVER_FLOOR = 4;
/** …and never quieter than this (RMS of full scale), so a silent file is all silence. */
const MIN_TALK_RMS = 0.01;
/** A silence this short is a breath between words, not a pause. */
const GAP_MS = 250;
/** What the review counts as a long pause. */
export const LONG_PAUSE_MS = 2500;

export interface PauseAnalysis {
  durationMs: number;
  talkMs: number;
  silenceMs: number;
  /** Silences of LONG_PAUSE_MS or more between the first and last words (the lead-in and tail are not pauses). */
  pauses: { startMs: number; endMs: number }[];
}

export function analysePauses(samples: Float32Array, sampleRate: number): PauseAnalysis {
  const frameLength = Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000));
  const frames = Math.floor(samples.length / frameLength);
  const durationMs = Math.round((samples.length / sampleRate) * 1000);
  if (frames === 0) return { durationMs, talkMs: 0, silenceMs: durationMs, pauses: [] };

  const loudness = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let i = frame * frameLength, end = i + frameLength; i < end; i++) sum += samples[i]! * samples[i]!;
    loudness[frame] = Math.sqrt(sum / frameLength);
  }
  const threshold = Math.max(MIN_TALK_RMS, noiseFloor(loudness) * OVER_FLOOR);

  // Talk frames, with short gaps between them filled: words, not syllables.
  const talk = new Uint8Array(frames);
  const gapFrames = Math.round(GAP_MS / FRAME_MS);
  let lastTalk = -1;
  for (let frame = 0; frame < frames; frame++) {
    if (loudness[frame]! < threshold) continue;
    if (lastTalk >= 0 && frame - lastTalk <= gapFrames) talk.fill(1, lastTalk, frame);
    talk[frame] = 1;
    lastTalk = frame;
  }

  let talkFrames = 0;
  const pauses: PauseAnalysis['pauses'] = [];
  let silenceStart = -1;
  let heardTalk = false;
  for (let frame = 0; frame < frames; frame++) {
    if (talk[frame]) {
      talkFrames++;
      if (heardTalk && silenceStart >= 0 && (frame - silenceStart) * FRAME_MS >= LONG_PAUSE_MS) {
        pauses.push({ startMs: silenceStart * FRAME_MS, endMs: frame * FRAME_MS });
      }
      heardTalk = true;
      silenceStart = -1;
    } else if (silenceStart < 0) silenceStart = frame;
  }
  const talkMs = Math.min(durationMs, talkFrames * FRAME_MS);
  return { durationMs, talkMs, silenceMs: durationMs - talkMs, pauses };
}

/** The loudness quieter frames sit at: the 10th percentile, from a coarse histogram (no sort of every frame). */
function noiseFloor(loudness: Float32Array): number {
  const BINS = 1000;
  let max = 0;
  for (const value of loudness) max = Math.max(max, value);
  if (max === 0) return 0;
  const counts = new Uint32Array(BINS + 1);
  for (const value of loudness) counts[Math.floor((value / max) * BINS)]!++;
  const wanted = loudness.length * 0.1;
  for (let bin = 0, seen = 0; bin <= BINS; bin++) {
    seen += counts[bin]!;
    if (seen >= wanted) return (bin / BINS) * max;
  }
  return max;
}
