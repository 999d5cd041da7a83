/**
 * Full-text index over the vault's notes: title, tags, headings and body,
 * weighted, with prefix and fuzzy matching.
 *
 * Why not MiniSearch's own index: adding a 5 KB note to MiniSearch costs about
 * 1 ms here (a radix-tree update per token), so 10,000 notes took ~10 s to
 * open. This index appends one posting per distinct term of a note to a
 * plain array per term (found through a TermTable), and borrows MiniSearch's
 * radix tree (`SearchableMap`) only for the vocabulary, where prefix and fuzzy
 * lookups need it. Only titles, tags and each note's file are stored;
 * snippets are cut by the caller from the file itself, so note contents never
 * stay in memory.
 *
 * A big load is indexed by two threads at once: one builds a second index of
 * its share, sends it over as an `IndexPart`, and this index `absorb`s it.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { detach } from '../util/detach';
import type { NoteFields } from './note-fields';
import type { NoteFile } from './search-protocol';
import { TermTable } from './term-table';
import { TermWeights } from './term-weights';
import { tokenize, WordCursor } from './tokenize';

/** How much a term counts per occurrence, by where it appears. */
const FIELD_WEIGHT = { title: 8, tags: 6, headings: 3, body: 1 } as const;
/** A prefix or fuzzy match counts less than the word itself. */
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.4;
/** Short prefixes match thousands of words; only the most common ones are kept. */
const MAX_EXPANSIONS = 30;
/** BM25 parameters. */
const K1 = 1.2;
const B = 0.7;

interface IndexedNote {
  path: string;
  /** Where snippets are read from. */
  file: string;
  title: string;
  tags: string[];
  /** Weighted term count, for BM25's length normalisation. */
  length: number;
  /** Distinct terms: how many postings this note owns. */
  postingCount: number;
}

/**
 * One number per note containing a term: `note << WEIGHT_BITS | weight`. A
 * flat array of small integers is the most compact posting list plain JS
 * offers (10,000 notes of varied prose make ~3 million postings), and bit
 * operations decode it cheaply in the query loop.
 */
type Postings = number[];
const WEIGHT_BITS = 10;
const MAX_WEIGHT = (1 << WEIGHT_BITS) - 1;

export interface RankedNote {
  path: string;
  file: string;
  title: string;
  tags: string[];
  score: number;
  /** The indexed words that matched, to highlight in snippets. */
  terms: string[];
}

export class SearchIndex {
  /** By note number; a removed or re-indexed note leaves a hole, skipped at query time. */
  private notes: (IndexedNote | undefined)[] = [];
  /** Each note's length by number, 0 once removed: what the query loop reads per posting. */
  private lengths = new Float64Array(1024);
  private readonly numberByPath = new Map<string, number>();
  private readonly terms = new TermTable();
  /** Postings by term id; undefined once compaction emptied them. */
  private readonly postings: (Postings | undefined)[] = [];
  /** The same postings keyed by term in a radix tree, for prefix and fuzzy lookups; built by `prepareForQueries`. */
  private vocabulary: SearchableMap<Postings> | null = null;
  private liveNotes = 0;
  private totalLength = 0;
  private livePostings = 0;
  private deadPostings = 0;
  private readonly words = new WordCursor();
  /** The note being added: its weight per term. */
  private readonly weights = new TermWeights();

  get size(): number {
    return this.liveNotes;
  }

  upsert([path, file]: NoteFile, fields: NoteFields): void {
    this.remove(path);
    const number = this.notes.length;
    const { weights } = this;
    let length = 0;
    try {
      length += this.addTerms(fields.title, FIELD_WEIGHT.title);
      length += this.addTerms(fields.tags.join(' '), FIELD_WEIGHT.tags);
      length += this.addTerms(fields.headings, FIELD_WEIGHT.headings);
      length += this.addTerms(fields.text, FIELD_WEIGHT.body, fields.bodyStart);
    } catch (error) {
      weights.clear(); // so the next note starts from nothing
      throw error;
    }
    for (const id of weights.ids) {
      (this.postings[id] ?? this.newPostings(id)).push((number << WEIGHT_BITS) | Math.min(weights.weightOf(id), MAX_WEIGHT));
    }
    this.addNote({ path, file, title: detach(fields.title), tags: fields.tags.map(detach), length, postingCount: weights.ids.length });
    weights.clear();
  }

  /** Gives `note` the next number, whose postings the caller adds; returns the number. */
  private addNote(note: IndexedNote): number {
    const number = this.notes.length;
    if (number >= this.lengths.length) {
      const grown = new Float64Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[number] = Math.max(note.length, 1);
    this.notes.push(note);
    this.numberByPath.set(note.path, number);
    this.liveNotes++;
    this.totalLength += note.length;
    this.livePostings += note.postingCount;
    return number;
  }

  /**
   * This index's notes and postings as an `IndexPart`, for another index to
   * absorb; `orderOf` says where each note goes among the absorbed ones.
   */
  toPart(orderOf: (path: string) => number): IndexPart {
    const partNumbers = new Int32Array(this.notes.length);
    const notes: PartNote[] = [];
    this.notes.forEach((note, number) => {
      if (!note) return;
      partNumbers[number] = notes.length;
      notes.push({ ...note, order: orderOf(note.path) });
    });
    const postings = new Int32Array(this.livePostings + this.deadPostings);
    const terms: string[] = [];
    const counts: number[] = [];
    let at = 0;
    this.postings.forEach((list, id) => {
      if (!list) return;
      const start = at;
      for (const posting of list) {
        const number = posting >> WEIGHT_BITS;
        if (this.lengths[number]) postings[at++] = ((partNumbers[number] as number) << WEIGHT_BITS) | (posting & MAX_WEIGHT);
      }
      if (at === start) return;
      terms.push(this.terms.terms[id] as string);
      counts.push(at - start);
    });
    return { notes, terms, counts: Int32Array.from(counts), postings: postings.subarray(0, at) };
  }

  /**
   * Adds the notes of `part` (each replacing what its path had), numbered in
   * their `order` after the notes already here: the same numbers, and so the
   * same ranking, as if this index had indexed them itself in that order.
   */
  absorb(part: IndexPart): void {
    const numbers = new Int32Array(part.notes.length);
    const byOrder = part.notes.map((_, i) => i).sort((a, b) => (part.notes[a] as PartNote).order - (part.notes[b] as PartNote).order);
    for (const i of byOrder) {
      const { path, file, title, tags, length, postingCount } = part.notes[i] as PartNote;
      this.remove(path);
      numbers[i] = this.addNote({ path, file, title, tags, length, postingCount });
    }
    let at = 0;
    part.terms.forEach((term, t) => {
      const id = this.terms.idOf(term);
      const list = this.postings[id] ?? this.newPostings(id);
      for (const end = at + (part.counts[t] as number); at < end; at++) {
        const posting = part.postings[at] as number;
        list.push(((numbers[posting >> WEIGHT_BITS] as number) << WEIGHT_BITS) | (posting & MAX_WEIGHT));
      }
    });
  }

  private newPostings(id: number): Postings {
    const list: Postings = [];
    this.postings[id] = list;
    this.vocabulary?.set(this.terms.terms[id] as string, list);
    return list;
  }

  /** Adds `weight` per occurrence of each term of `text` from `start` on to the note's weights; returns the weight added. */
  private addTerms(text: string, weight: number, start = 0): number {
    const { words, terms, weights } = this;
    let added = 0;
    for (words.reset(text, start); words.next(); ) {
      weights.add(words.ascii ? terms.idOfAsciiWord(text, words.start, words.end, words.hash) : terms.idOf(words.term()), weight);
      added += weight;
    }
    return added;
  }

  remove(path: string): void {
    const number = this.numberByPath.get(path);
    if (number === undefined) return;
    const note = this.notes[number] as IndexedNote;
    this.notes[number] = undefined;
    this.lengths[number] = 0;
    this.numberByPath.delete(path);
    this.liveNotes--;
    this.totalLength -= note.length;
    this.livePostings -= note.postingCount;
    this.deadPostings += note.postingCount;
    if (this.deadPostings > 50_000 && this.deadPostings > this.livePostings) this.compact();
  }

  search(query: string, limit: number): RankedNote[] {
    const queryTerms = [...new Set(tokenize(query))];
    if (queryTerms.length === 0 || this.liveNotes === 0) return [];
    const count = this.notes.length;
    const lengths = this.lengths;
    // BM25's length normalisation, K1 * (1 - B + B * length / average), split into constants.
    const flat = K1 * (1 - B);
    const perLength = (K1 * B * this.liveNotes) / this.totalLength;
    // For each query word, the best-scoring indexed word per note, so "loop"
    // matching both "loop" and "loops" in one note counts once.
    const perQueryTerm = queryTerms.map((queryTerm) => {
      const best = new Float64Array(count);
      const bestExpansion = new Int32Array(count).fill(-1);
      const expansions = this.expand(queryTerm);
      expansions.forEach(([, list, matchWeight], e) => {
        // Postings of removed notes still count until compaction: clamp, so idf stays positive.
        const frequency = Math.min(list.length, this.liveNotes);
        const idf = Math.log(1 + (this.liveNotes - frequency + 0.5) / (frequency + 0.5));
        const factor = matchWeight * idf * (K1 + 1);
        for (let i = 0; i < list.length; i++) {
          const posting = list[i] as number;
          const number = posting >> WEIGHT_BITS;
          const length = lengths[number] as number;
          if (length === 0) continue;
          const weight = posting & MAX_WEIGHT;
          const score = (factor * weight) / (weight + flat + perLength * length);
          if (score > (best[number] as number)) {
            best[number] = score;
            bestExpansion[number] = e;
          }
        }
      });
      return { best, bestExpansion, expansions };
    });

    // Nearly every note can match a common word: select the top `limit` in one
    // pass instead of sorting them all, and collect matched words only for those.
    const top: Ranking[] = [];
    for (let number = 0; number < count; number++) {
      let score = 0;
      let matched = 0;
      for (const { best } of perQueryTerm) {
        const s = best[number] as number;
        if (s > 0) {
          score += s;
          matched++;
        }
      }
      if (matched > 0) insertTop(top, { number, matched, score }, limit);
    }
    return top.map(({ number, score }) => {
      const note = this.notes[number] as IndexedNote;
      const terms = perQueryTerm.flatMap(({ bestExpansion, expansions }) => expansions[bestExpansion[number] as number]?.[0] ?? []);
      return { path: note.path, file: note.file, title: note.title, tags: note.tags, score, terms };
    });
  }

  /** The indexed words a query word stands for, with how much each counts. */
  private expand(queryTerm: string): [string, Postings, number][] {
    const found = new Map<string, [string, Postings, number]>();
    const id = this.terms.lookup(queryTerm);
    const exact = id >= 0 ? this.postings[id] : undefined;
    if (exact) found.set(queryTerm, [queryTerm, exact, 1]);
    const vocabulary = this.ensureVocabulary();

    const completions: [string, Postings][] = [];
    for (const [term, list] of vocabulary.atPrefix(queryTerm)) if (term !== queryTerm) completions.push([term, list]);
    // By term on a tie, so which ones make the cut does not depend on the order terms were first seen in.
    completions.sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [term, list] of completions.slice(0, MAX_EXPANSIONS)) {
      found.set(term, [term, list, (PREFIX_WEIGHT * queryTerm.length) / term.length]);
    }

    const maxDistance = queryTerm.length >= 8 ? 2 : queryTerm.length >= 4 ? 1 : 0;
    if (maxDistance > 0) {
      for (const [term, [list, distance]] of vocabulary.fuzzyGet(queryTerm, maxDistance)) {
        if (!found.has(term)) found.set(term, [term, list, FUZZY_WEIGHT / distance]);
      }
    }
    return [...found.values()];
  }

  /** Builds the vocabulary now (when a vault opens) rather than during the first query. */
  prepareForQueries(): void {
    this.ensureVocabulary();
  }

  private ensureVocabulary(): SearchableMap<Postings> {
    if (!this.vocabulary) {
      const vocabulary = new SearchableMap<Postings>();
      this.postings.forEach((list, id) => list && vocabulary.set(this.terms.terms[id] as string, list));
      this.vocabulary = vocabulary;
    }
    return this.vocabulary;
  }

  /** Drops postings of removed notes once they outnumber the live ones. */
  private compact(): void {
    this.postings.forEach((list, id) => {
      if (!list) return;
      let kept = 0;
      for (const posting of list) if (this.lengths[posting >> WEIGHT_BITS]) list[kept++] = posting;
      list.length = kept;
      // A term seen again later gets a new list, and with it a place in the rebuilt vocabulary.
      if (kept === 0) this.postings[id] = undefined;
    });
    this.vocabulary = null;
    this.deadPostings = 0;
  }
}

/**
 * Notes indexed by another thread (`SearchIndex.toPart`), in a form that
 * crosses threads cheaply: every term's postings back to back in one array,
 * which is transferred rather than copied.
 */
export interface IndexPart {
  notes: PartNote[];
  terms: string[];
  /** How many postings each term has in `postings`, in the order of `terms`. */
  counts: Int32Array<ArrayBuffer>;
  /** `note << WEIGHT_BITS | weight`, `note` being an index into `notes`. */
  postings: Int32Array<ArrayBuffer>;
}

/** `order`: where the note goes among the notes of its part. */
type PartNote = IndexedNote & { order: number };

/** Keeps `top` sorted best first and at most `limit` long. */
function insertTop(top: Ranking[], candidate: Ranking, limit: number) {
  if (top.length === limit && !isBetter(candidate, top[limit - 1] as Ranking)) return;
  let i = top.length < limit ? top.length : limit - 1;
  while (i > 0 && isBetter(candidate, top[i - 1] as Ranking)) {
    top[i] = top[i - 1] as Ranking;
    i--;
  }
  top[i] = candidate;
}

interface Ranking {
  number: number;
  matched: number;
  score: number;
}

/** Notes matching more of the query's words first, then by score. */
function isBetter(a: Ranking, b: Ranking): boolean {
  return a.matched > b.matched || (a.matched === b.matched && a.score > b.score);
}
