import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import './linear-edit-map';

/** micromark's own algorithm: apply the edits from the last to the first on a full copy. */
function reference(events: number[], edits: [number, number, number[]][]): number[] {
  const byAt = new Map<number, [number, number, number[]]>();
  for (const [at, remove, add] of edits) {
    if (remove === 0 && add.length === 0) continue; // EditMap ignores empty edits
    const existing = byAt.get(at);
    if (existing) {
      existing[1] += remove;
      existing[2].push(...add);
    } else byAt.set(at, [at, remove, [...add]]);
  }
  const sorted = [...byAt.values()].sort((a, b) => a[0] - b[0]);
  let out = events.slice();
  const pieces: number[][] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const [at, remove, add] = sorted[i]!;
    pieces.push(out.slice(at + remove), add);
    out = out.slice(0, at);
  }
  pieces.push(out);
  return pieces.reverse().flat();
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('EditMap.consume (linear)', () => {
  it('edits the events exactly as micromark does, overlapping edits included', () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const events = Array.from({ length: Math.floor(next() * 30) }, (_, i) => i);
      const edits: [number, number, number[]][] = Array.from({ length: Math.floor(next() * 5) }, () => [
        Math.floor(next() * (events.length + 1)),
        Math.floor(next() * 6),
        Array.from({ length: Math.floor(next() * 3) }, () => 100 + Math.floor(next() * 100)),
      ]);
      const map = new EditMap();
      const actual = events.slice();
      for (const [at, remove, add] of edits) map.add(at, remove, add.slice() as unknown as Event[]);
      map.consume(actual as unknown as Event[]);
      expect(actual, JSON.stringify({ events: events.length, edits })).toEqual(reference(events, edits));
    }
  });
});
