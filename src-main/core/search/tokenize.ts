/**
 * The one tokenizer for indexing, querying and snippet highlighting, so they
 * always agree on what a word is. A hand-written scanner rather than a Unicode
 * regex: indexing 10,000 notes tokenizes ~50 MB of text, and this is several
 * times faster.
 */

/** Shorter tokens are too common to be useful; longer ones are hashes and base64. */
const MIN_TERM = 2;
const MAX_TERM = 40;

export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  }
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) && // punctuation, arrows, symbols
    !(code >= 0x3000 && code <= 0x303f) && // CJK punctuation
    !(code >= 0xfe30 && code <= 0xfe4f) &&
    !(code >= 0xff00 && code <= 0xff0f)
  );
}

/** Mixes one character code into a term's hash (FNV-1a); `hashTerm` and `WordCursor` must agree. */
function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

const HASH_SEED = 0x811c9dc5 | 0;

/** For each ASCII code: its lowercase form if it is a word character, else 0. One load per character in the scan loop. */
const ASCII_LOWER = new Uint8Array(0x80).map((_, code) => (!isWordChar(code) ? 0 : code >= 65 && code <= 90 ? code | 0x20 : code));

/** The lowercase form of an ASCII word character. */
export function lowerAsciiWordChar(code: number): number {
  return ASCII_LOWER[code] as number;
}

/** The hash of a lowercase term, as `WordCursor` computes it for an ASCII word. */
export function hashTerm(term: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < term.length; i++) hash = mix(hash, term.charCodeAt(i));
  return hash;
}

/**
 * Steps through the words of a text that can be terms:
 * `for (words.reset(text); words.next(); ) use(words.start, words.end)`.
 * A cursor rather than a callback per word: indexing visits ~8 million words,
 * and a call through a closure per word was a third of the indexing time.
 * For an ASCII word it also hashes the lowercase form on the way, which lets
 * the index find the term without making a string of it (see TermTable).
 */
export class WordCursor {
  /** The current word is `text.slice(start, end)`. */
  start = 0;
  end = 0;
  /** Whether the word is all ASCII; only then is `hash` its `hashTerm`. */
  ascii = true;
  hash = 0;
  private text = '';

  /** Starts on `text`, from `start`, which must not be inside a word. */
  reset(text: string, start = 0): void {
    this.text = text;
    this.start = start;
    this.end = start;
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    const length = text.length;
    let i = this.end;
    while (i < length) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80 ? ASCII_LOWER[code] !== 0 : isWordChar(code)) break;
      }
      const start = i;
      let hash = HASH_SEED;
      let ascii = true;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
          const lower = ASCII_LOWER[code] as number;
          if (lower === 0) break;
          hash = mix(hash, lower);
        } else if (isWordChar(code)) {
          ascii = false;
        } else {
          break;
        }
      }
      const size = i - start;
      if (size >= MIN_TERM && size <= MAX_TERM) {
        this.start = start;
        this.end = i;
        this.ascii = ascii;
        this.hash = ascii ? hash : 0;
        return true;
      }
    }
    this.end = length;
    return false;
  }

  /** The current word as a term: lowercase. */
  term(): string {
    return this.text.slice(this.start, this.end).toLowerCase();
  }
}

/**
 * Calls `visit` with the [start, end) of each word that can be a term;
 * returning false from `visit` stops the scan.
 */
export function scanWords(text: string, visit: (start: number, end: number) => boolean | void): void {
  const words = new WordCursor();
  words.reset(text);
  while (words.next()) if (visit(words.start, words.end) === false) return;
}

/** The lowercase terms of `text`, in order. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  const words = new WordCursor();
  for (words.reset(text); words.next(); ) terms.push(words.term());
  return terms;
}
