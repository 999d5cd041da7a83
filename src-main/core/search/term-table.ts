/**
 * The index's vocabulary as dense numbers: each distinct term gets an id, and
 * a word is looked up straight from its place in the note text. Slicing each
 * of the ~8 million words of a 10,000-note vault into a string just to find
 * its Map entry was most of the indexing time and of its garbage; here only a
 * new term (or a rare non-ASCII word) becomes a string.
 *
 * Open addressing with linear probing over an Int32Array of `id + 1` (0 is
 * empty); terms are never removed, so no tombstones are needed.
 */
import { detach } from '../util/detach';
import { hashTerm, lowerAsciiWordChar } from './tokenize';

export class TermTable {
  /** The term of each id. */
  readonly terms: string[] = [];
  /** Each id's hash: typed, because most hashes are outside V8's small-integer range. */
  private hashes = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 12);

  get size(): number {
    return this.terms.length;
  }

  /**
   * The id of the ASCII word `text[start, end)` lowercased, whose `hashTerm`
   * is `hash` (from WordCursor); the word becomes a term if it is new.
   */
  idOfAsciiWord(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const size = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] as number) - 1;
      if (id < 0) return this.insert(slot, text.slice(start, end).toLowerCase(), hash);
      if (this.hashes[id] === hash && sameLowercase(this.terms[id] as string, text, start, size)) return id;
    }
  }

  /** The id of a lowercase term; it is added if new. */
  idOf(term: string): number {
    const hash = hashTerm(term);
    const slot = this.find(term, hash);
    const id = (this.slots[slot] as number) - 1;
    return id >= 0 ? id : this.insert(slot, term, hash);
  }

  /** The id of a lowercase term, or -1. */
  lookup(term: string): number {
    return (this.slots[this.find(term, hashTerm(term))] as number) - 1;
  }

  /** The slot holding `term`, or the empty slot where it would go. */
  private find(term: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] as number) - 1;
      if (id < 0 || (this.hashes[id] === hash && this.terms[id] === term)) return slot;
    }
  }

  private insert(slot: number, term: string, hash: number): number {
    const id = this.terms.length;
    // Detached: a slice of the note would keep the whole note text alive.
    this.terms.push(detach(term));
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.terms.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Keeps the table at most half full, so probes stay short. */
  private grow() {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length);
    hashes.set(this.hashes);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** Whether `term` equals the ASCII word `text[start, start + size)` lowercased. */
function sameLowercase(term: string, text: string, start: number, size: number): boolean {
  if (term.length !== size) return false;
  for (let k = 0; k < size; k++) if (term.charCodeAt(k) !== lowerAsciiWordChar(text.charCodeAt(start + k))) return false;
  return true;
}
