/**
 * Card identity across edits: review history is keyed by card, and must
 * survive a note being renamed or moved and a question being lightly edited
 * (a typo fixed, a word added).
 */

const LINK_TARGET = /\]\([^)]*\)/g; // [text](url): the url is not part of the question
const WIKI_TARGET = /\[\[[^\]|]*\|/g; // [[target|shown]]: only the shown text is
const APOSTROPHE = /['’]/g; // "what's" and "whats" are the same word
/**
 * Runs of characters that are not word characters as search's tokenizer
 * reads them (`isWordChar`), once lowercased. A plain character class: a
 * Unicode property regex is several times slower, and this runs on every
 * card of a vault.
 */
const NOT_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u3040-\ufe2f\ufe50-\ufeff\uff10-\uffff]+/g;

/** The question reduced to lowercase words: no Markdown, punctuation or extra spaces. */
export function normalizeQuestion(question: string): string {
  let text = question.toLowerCase();
  if (text.includes('](')) text = text.replace(LINK_TARGET, ' ');
  if (text.includes('[[')) text = text.replace(WIKI_TARGET, ' ');
  if (text.includes("'") || text.includes('’')) text = text.replace(APOSTROPHE, '');
  return text.replace(NOT_WORD, ' ').trim();
}

/** The words of a normalized question. */
function wordsOf(normal: string): string[] {
  return normal === '' ? [] : normal.split(' ');
}

/** Edits allowed between two words that still count as the same word misspelt. */
function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), or `limit + 1` once above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * How alike two questions are, 0–1: the Dice coefficient of their words,
 * where a misspelt word (one or two edits, by length) counts as the same word.
 * Word-based rather than character trigrams: a swapped pair of letters breaks
 * four trigrams of a short question, but only one word.
 */
export function similarity(a: string, b: string): number {
  return wordSimilarity(wordsOf(normalizeQuestion(a)), wordsOf(normalizeQuestion(b)));
}

function wordSimilarity(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  const unmatched = [...right];
  const misses: string[] = [];
  let matched = 0;
  for (const word of left) {
    const at = unmatched.indexOf(word);
    if (at === -1) misses.push(word);
    else {
      unmatched.splice(at, 1);
      matched++;
    }
  }
  for (const word of misses) {
    const budget = typoBudget(word.length);
    const at = budget === 0 ? -1 : unmatched.findIndex((other) => typoBudget(other.length) > 0 && editDistance(word, other, budget) <= budget);
    if (at !== -1) {
      unmatched.splice(at, 1);
      matched++;
    }
  }
  return (2 * matched) / (left.length + right.length);
}

/** Below this, two questions in a note are different questions, not one edited. */
export const SAME_QUESTION = 0.8;

export interface KnownCard {
  readonly id: string;
  readonly question: string;
  readonly notePath: string;
}

export interface FoundCardAt {
  readonly question: string;
  readonly notePath: string;
}

/**
 * For each of `newCards`, the id of the old card it continues, or undefined
 * for a new card. Each old id is given out once, in order of confidence:
 * 1. the same question (normalized) in the same note;
 * 2. the same question in another note: the note was renamed or moved, or
 *    the question moved (old cards of notes that no longer exist go first);
 * 3. a similar question (≥ SAME_QUESTION) in the same note: a typo fixed,
 *    a word added; the most similar pairs first.
 */
export function matchCards(oldCards: readonly KnownCard[], newCards: readonly FoundCardAt[]): (string | undefined)[] {
  const result = new Array<string | undefined>(newCards.length).fill(undefined);
  const taken = new Set<number>();
  const oldKeys = oldCards.map((card) => normalizeQuestion(card.question));
  const newKeys = newCards.map((card) => normalizeQuestion(card.question));
  const give = (newIndex: number, oldIndex: number) => {
    result[newIndex] = oldCards[oldIndex]!.id;
    taken.add(oldIndex);
  };

  const byNoteAndQuestion = new Map<string, number[]>();
  const byQuestion = new Map<string, number[]>();
  const byNote = new Map<string, number[]>();
  const notesNow = new Set(newCards.map((card) => card.notePath));
  oldCards.forEach((card, index) => {
    push(byNoteAndQuestion, `${card.notePath}\0${oldKeys[index]}`, index);
    push(byQuestion, oldKeys[index]!, index);
    push(byNote, card.notePath, index);
  });
  // Cards of notes that are gone are the likeliest to have moved: try them first.
  for (const candidates of byQuestion.values()) {
    candidates.sort((a, b) => Number(notesNow.has(oldCards[a]!.notePath)) - Number(notesNow.has(oldCards[b]!.notePath)));
  }

  newCards.forEach((card, index) => {
    const match = firstFree(byNoteAndQuestion.get(`${card.notePath}\0${newKeys[index]}`), taken);
    if (match !== undefined) give(index, match);
  });
  newCards.forEach((_, index) => {
    if (result[index] !== undefined) return;
    const match = firstFree(byQuestion.get(newKeys[index]!), taken);
    if (match !== undefined) give(index, match);
  });

  const pairs: { newIndex: number; oldIndex: number; score: number }[] = [];
  newCards.forEach((card, newIndex) => {
    if (result[newIndex] !== undefined) return;
    const newWords = wordsOf(newKeys[newIndex]!);
    for (const oldIndex of byNote.get(card.notePath) ?? []) {
      if (taken.has(oldIndex)) continue;
      const score = wordSimilarity(newWords, wordsOf(oldKeys[oldIndex]!));
      if (score >= SAME_QUESTION) pairs.push({ newIndex, oldIndex, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  for (const { newIndex, oldIndex } of pairs) {
    if (result[newIndex] === undefined && !taken.has(oldIndex)) give(newIndex, oldIndex);
  }
  return result;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function firstFree(candidates: readonly number[] | undefined, taken: ReadonlySet<number>): number | undefined {
  return candidates?.find((index) => !taken.has(index));
}
