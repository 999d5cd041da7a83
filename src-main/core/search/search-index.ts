/**
 * Full-text index over the vault's notes: title, tags, headings and body,
 * weighted, with prefix and fuzzy matching.
 *
 * Why not MiniSearch's own index: adding a 5 KB note to MiniSearch costs about
 * 1 ms here (a radix-tree update per token), so 10,000 notes took ~10 s to
 * open. This index appends one posting per distinct term of a note to a
 * plain array per term (found through a TermTable), and borrows MiniSearch's
 * radix tree (`SearchableMap`) only for the vocabulary, where prefix and fuzzy
 * lookups need it. Only titles and tags are stored; snippets are cut by the
 * caller from the file itself, so note contents never stay in memory.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { detach } from '../util/detach';
import type { NoteFields } from './note-fields';
import { TermTable } from './term-table';
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

interface NoteInProgress {
  number: number;
  length: number;
  postingCount: number;
}

/** An index built in another thread, as `SearchIndex.export` gives it; the arrays can be transferred. */
export interface IndexPart {
  notes: { path: string; title: string; tags: string[]; length: number }[];
  terms: string[];
  /** The postings of `terms[t]` are `postings[offsets[t]]` up to `postings[offsets[t + 1]]`, numbered by place in `notes`. */
  offsets: Int32Array;
  postings: Int32Array;
}

export interface RankedNote {
  path: string;
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

  get size(): number {
    return this.liveNotes;
  }

  has(path: string): boolean {
    return this.numberByPath.has(path);
  }

  upsert(path: string, fields: NoteFields): void {
    this.remove(path);
    const note = { number: this.notes.length, length: 0, postingCount: 0 };
    this.addTerms(note, fields.title, FIELD_WEIGHT.title);
    this.addTerms(note, fields.tags.join(' '), FIELD_WEIGHT.tags);
    this.addTerms(note, fields.headings, FIELD_WEIGHT.headings);
    this.addTerms(note, fields.body, FIELD_WEIGHT.body);

    this.register(path, fields.title, fields.tags, note);
  }

  /**
   * This index in a form another thread can take over (see `absorb`), with
   * the live notes numbered from 0. Lets a large load be indexed in parts on
   * several cores and merged.
   */
  export(): IndexPart {
    const numbers = new Int32Array(this.notes.length).fill(-1);
    const notes: IndexPart['notes'] = [];
    this.notes.forEach((note, number) => {
      if (!note) return;
      numbers[number] = notes.length;
      notes.push({ path: note.path, title: note.title, tags: note.tags, length: note.length });
    });
    const terms: string[] = [];
    const offsets = [0];
    const postings = new Int32Array(this.livePostings);
    let next = 0;
    this.postings.forEach((list, id) => {
      if (!list) return;
      for (const posting of list) {
        const number = numbers[posting >> WEIGHT_BITS] as number;
        if (number >= 0) postings[next++] = (number << WEIGHT_BITS) | (posting & MAX_WEIGHT);
      }
      if (next === offsets[offsets.length - 1]) return;
      terms.push(this.terms.terms[id] as string);
      offsets.push(next);
    });
    return { notes, terms, offsets: Int32Array.from(offsets), postings };
  }

  /**
   * Adds the notes of an `export`ed index, after the ones it has, except
   * those in `skip` (changed here since the other index read them) and those
   * it has already.
   */
  absorb(part: IndexPart, skip: ReadonlySet<string>): void {
    const first = this.notes.length;
    const numbers = new Int32Array(part.notes.length);
    let next = first;
    part.notes.forEach(({ path }, i) => (numbers[i] = skip.has(path) || this.numberByPath.has(path) ? -1 : next++));
    const postingCounts = new Int32Array(next - first);
    part.terms.forEach((term, t) => {
      const id = this.terms.idOf(term);
      let list = this.postings[id];
      for (let i = part.offsets[t] as number; i < (part.offsets[t + 1] as number); i++) {
        const posting = part.postings[i] as number;
        const number = numbers[posting >> WEIGHT_BITS] as number;
        if (number < 0) continue;
        if (!list) list = this.newPostings(id);
        // Every number here is above those already in the list, which keeps each list in note order.
        list.push((number << WEIGHT_BITS) | (posting & MAX_WEIGHT));
        (postingCounts[number - first] as number)++;
      }
    });
    part.notes.forEach(({ path, title, tags, length }, i) => {
      const number = numbers[i] as number;
      if (number >= 0) this.register(path, title, tags, { number, length, postingCount: postingCounts[number - first] as number });
    });
  }

  /** Files a note whose postings are in place under its number, the next one. */
  private register(path: string, title: string, tags: string[], { number, length, postingCount }: NoteInProgress): void {
    if (number >= this.lengths.length) {
      const grown = new Float64Array(Math.max(this.lengths.length * 2, number + 1));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[number] = Math.max(length, 1);
    this.notes.push({ path, title: detach(title), tags: tags.map(detach), length, postingCount });
    this.numberByPath.set(path, number);
    this.liveNotes++;
    this.totalLength += length;
    this.livePostings += postingCount;
  }

  private newPostings(id: number): Postings {
    const list: Postings = [];
    this.postings[id] = list;
    this.vocabulary?.set(this.terms.terms[id] as string, list);
    return list;
  }

  /**
   * Adds `weight` per occurrence of each term of `text` to the note's
   * postings. The note being added is always the last one in every list, so
   * a repeated term updates the list's last posting: one table lookup per
   * word, with no per-note term map to build and walk again.
   */
  private addTerms(note: NoteInProgress, text: string, weight: number): void {
    const { words, terms, postings } = this;
    const mine = note.number << WEIGHT_BITS;
    for (words.reset(text); words.next(); ) {
      const id = words.ascii ? terms.idOfAsciiWord(text, words.start, words.end, words.hash) : terms.idOf(words.term());
      const list = postings[id] ?? this.newPostings(id);
      const last = list.length - 1;
      if (last >= 0 && (list[last] as number) >> WEIGHT_BITS === note.number) {
        list[last] = mine | Math.min(((list[last] as number) & MAX_WEIGHT) + weight, MAX_WEIGHT);
      } else {
        list.push(mine | weight);
        note.postingCount++;
      }
      note.length += weight;
    }
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
      return { path: note.path, title: note.title, tags: note.tags, score, terms };
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
    completions.sort((a, b) => b[1].length - a[1].length);
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
