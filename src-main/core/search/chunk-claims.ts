/**
 * Shares a load's notes out between two threads while they work: the search
 * worker takes chunks from the front, its helper from the back, each when it
 * is done with the last, so however fast each turns out to be (a helper still
 * starting, a core busy with something else) neither sits idle while the
 * other has work left. All they share is a count of the chunks taken: a claim
 * succeeds while some are left, so the two ends never overlap, and once the
 * front runs out it knows where they met.
 */

/** Small enough that the one who finishes first waits at most a few milliseconds for the other. */
const CHUNK_NOTES = 32;

export class ChunkClaims {
  private readonly taken: Int32Array;
  private readonly chunkCount: number;
  private front = 0;
  private back = 0;

  /** Pass the other thread's `buffer` to share its claims; without one, a new count starts. */
  constructor(
    private readonly noteCount: number,
    readonly buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.taken = new Int32Array(buffer);
    this.chunkCount = Math.ceil(noteCount / CHUNK_NOTES);
  }

  /** The next notes [start, end) from the front, or null once every chunk is taken. */
  claimFront(): [number, number] | null {
    return this.claim() ? this.chunk(this.front++) : null;
  }

  /** The next notes [start, end) from the back, or null once every chunk is taken. */
  claimBack(): [number, number] | null {
    return this.claim() ? this.chunk(this.chunkCount - 1 - this.back++) : null;
  }

  /** Once `claimFront` has returned null: the notes [start, end) that the back end took. */
  backShare(): [number, number] {
    return [Math.min(this.front * CHUNK_NOTES, this.noteCount), this.noteCount];
  }

  private claim(): boolean {
    return Atomics.add(this.taken, 0, 1) < this.chunkCount;
  }

  private chunk(index: number): [number, number] {
    const start = index * CHUNK_NOTES;
    return [start, Math.min(start + CHUNK_NOTES, this.noteCount)];
  }
}
