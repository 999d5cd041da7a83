import { describe, expect, it } from 'vitest';
import { ChunkClaims } from './chunk-claims';

function drain(claim: () => [number, number] | null): number[] {
  const taken: number[] = [];
  for (let chunk; (chunk = claim()); ) for (let i = chunk[0]; i < chunk[1]; i++) taken.push(i);
  return taken;
}

describe('ChunkClaims', () => {
  it('gives every note to exactly one end, the front in order, and tells the front where the back began', () => {
    const front = new ChunkClaims(1000);
    const back = new ChunkClaims(1000, front.buffer);
    const fromFront: number[] = [];
    const fromBack: number[] = [];
    // Taking turns unevenly, as two threads of different speeds would.
    for (let turn = 0; ; turn++) {
      const chunk = turn % 3 === 0 ? back.claimBack() : front.claimFront();
      if (!chunk) break;
      for (let i = chunk[0]; i < chunk[1]; i++) (turn % 3 === 0 ? fromBack : fromFront).push(i);
    }
    fromFront.push(...drain(() => front.claimFront()));
    fromBack.push(...drain(() => back.claimBack()));
    expect([...fromFront, ...fromBack].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(fromFront).toEqual(Array.from({ length: fromFront.length }, (_, i) => i));
    expect(front.backShare()).toEqual([fromFront.length, 1000]);
  });

  it('leaves the back nothing once the front took everything', () => {
    const front = new ChunkClaims(70);
    expect(drain(() => front.claimFront())).toHaveLength(70);
    expect(front.backShare()).toEqual([70, 70]);
    expect(new ChunkClaims(70, front.buffer).claimBack()).toBeNull();
  });
});
