/**
 * One note's weight per term while it is indexed: a typed array indexed by
 * term id, plus the ids seen. Per word that is one array update, where a Map,
 * or the term's posting list itself, cost several times as much over the
 * ~8 million words of a 10,000-note vault.
 */
export class TermWeights {
  /** The ids with a weight, in the order first seen. */
  readonly ids: number[] = [];
  private weights = new Int32Array(1 << 12);

  add(id: number, weight: number): void {
    if (id >= this.weights.length) {
      const grown = new Int32Array(Math.max(this.weights.length * 2, id + 1));
      grown.set(this.weights);
      this.weights = grown;
    }
    const before = this.weights[id] as number;
    if (before === 0) this.ids.push(id);
    this.weights[id] = before + weight;
  }

  weightOf(id: number): number {
    return this.weights[id] as number;
  }

  /** Ready for the next note. */
  clear(): void {
    for (const id of this.ids) this.weights[id] = 0;
    this.ids.length = 0;
  }
}
