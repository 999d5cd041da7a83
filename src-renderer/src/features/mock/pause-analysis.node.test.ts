import { describe, expect, it } from 'vitest';
import { analysePauses } from './pause-analysis';

const RATE = 16_000;

/** Speech-like bursts (a modulated tone) and silences (quiet noise), in seconds. */
function recording(parts: ['talk' | 'silence', number][], noise = 0.002): Float32Array {
  const total = parts.reduce((sum, [, seconds]) => sum + seconds, 0);
  const samples = new Float32Array(Math.round(total * RATE));
  let at = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (const [kind, seconds] of parts) {
    const end = at + Math.round(seconds * RATE);
    for (let i = at; i < end; i++) {
      const t = i / RATE;
      samples[i] = kind === 'talk' ? 0.3 * Math.sin(2 * Math.PI * 220 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 4 * t)) + noise * random() : noise * random();
    }
    at = end;
  }
  return samples;
}

describe('pause analysis', () => {
  it('finds the known long silences between words, not the short ones, the lead-in or the tail', () => {
    const result = analysePauses(
      recording([
        ['silence', 1],
        ['talk', 2],
        ['silence', 3],
        ['talk', 1.5],
        ['silence', 1],
        ['talk', 2],
        ['silence', 4],
        ['talk', 1],
        ['silence', 5],
      ]),
      RATE,
    );
    expect(result.durationMs).toBe(20_500);
    expect(result.pauses).toHaveLength(2);
    expect(result.pauses[0]!.startMs).toBeCloseTo(3000, -2);
    expect(result.pauses[0]!.endMs).toBeCloseTo(6000, -2);
    expect(result.pauses[1]!.startMs).toBeCloseTo(10_500, -2);
    expect(result.pauses[1]!.endMs).toBeCloseTo(14_500, -2);
    expect(result.talkMs).toBeGreaterThan(6000);
    expect(result.talkMs).toBeLessThan(7000);
    expect(result.silenceMs).toBe(result.durationMs - result.talkMs);
  });

  it('judges talk against the recording’s own noise floor: a noisy room finds the same pauses', () => {
    const noisy = analysePauses(recording([['talk', 2], ['silence', 3], ['talk', 2]], 0.03), RATE);
    expect(noisy.pauses).toHaveLength(1);
    expect(noisy.pauses[0]!.endMs - noisy.pauses[0]!.startMs).toBeGreaterThan(2800);
  });

  it('calls a silent or empty recording all silence', () => {
    expect(analysePauses(new Float32Array(RATE * 3), RATE)).toEqual({ durationMs: 3000, talkMs: 0, silenceMs: 3000, pauses: [] });
    expect(analysePauses(new Float32Array(0), RATE)).toEqual({ durationMs: 0, talkMs: 0, silenceMs: 0, pauses: [] });
  });
});
