/**
 * The coach's reading of a story's words: filler, vague claims, passive
 * sentences, pronouns and measured outcomes, each found in a range of the
 * spoken text with the offsets of what was found. Single passes over the
 * text with plain alternations, so a 10,000-word story takes milliseconds.
 */
import {
  FILLERS,
  HEDGES,
  IRREGULAR_PARTICIPLES,
  KIND_OF_DETERMINERS,
  NOT_PASSIVE,
  NUMBER_WORDS,
  PASSIVE_AUXILIARIES,
  PASSIVE_INSERTS,
  PLURAL_PRONOUNS,
  SINGULAR_PRONOUNS,
  VAGUE_CLAIMS,
  YEAR_CONTEXT,
} from './coach-words';
import { WORD } from './spoken-text';

/** Something found in the text: `text` is what was found, at `[start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Not a letter, digit, apostrophe or hyphen: where a listed phrase may begin or end ("just" but not "adjust" or "just-in-time"). */
const EDGE_BEFORE = "(?<![\\p{L}\\p{N}_'’-])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}_'’-])";

/** A regex matching any of `phrases` as whole words, longest first, spaces matching any whitespace. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`${EDGE_BEFORE}(?:${alternatives.join('|')})${EDGE_AFTER}`, 'giu');
}

const FILLER = phrasePattern([...FILLERS, ...HEDGES]);
const VAGUE = phrasePattern(VAGUE_CLAIMS);
const NUMBER_WORD = phrasePattern(NUMBER_WORDS);
const DIGITS = /(?<![\p{L}\p{N}_])\d[\d,.]*/gu;
const YEAR = /^(?:19|20)\d\d$/;

const DETERMINERS = new Set(KIND_OF_DETERMINERS);
const AUXILIARIES = new Set(PASSIVE_AUXILIARIES);
const INSERTS = new Set(PASSIVE_INSERTS);
const IRREGULAR = new Set(IRREGULAR_PARTICIPLES);
const NOT_PARTICIPLE = new Set(NOT_PASSIVE);
const SINGULAR = new Set(SINGULAR_PRONOUNS);
const PLURAL = new Set(PLURAL_PRONOUNS);
const YEAR_WORDS = new Set(YEAR_CONTEXT);

function matches(pattern: RegExp, text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match !== null && match.index + match[0].length <= end; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** Fillers and hedges: "basically", "I think"; not "what kind of queue". */
export function findFillers(text: string, start: number, end: number): Span[] {
  return matches(FILLER, text, start, end).filter((span) => !(/^(?:kind|sort)\s/i.test(span.text) && DETERMINERS.has(wordBefore(text, span.start))));
}

/** "Helped with", "was involved in", "worked on"… */
export function findVagueClaims(text: string, start: number, end: number): Span[] {
  return matches(VAGUE, text, start, end);
}

/**
 * Passive constructions: a form of "to be" or "to get", maybe an adverb,
 * then a past participle ("was decided", "were quickly migrated", "got
 * fixed"); not states like "was tired" or "was able".
 */
export function findPassives(text: string, start: number, end: number): Span[] {
  const words = wordsIn(text, start, end);
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!AUXILIARIES.has(words[i]!.word)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 2 && adjacent(text, words[j - 1]!, words[j]!) && (INSERTS.has(words[j]!.word) || words[j]!.word.endsWith('ly'))) j++;
    const next = words[j];
    if (next && adjacent(text, words[j - 1]!, next) && isParticiple(next.word)) {
      found.push({ start: words[i]!.start, end: next.end, text: text.slice(words[i]!.start, next.end) });
      i = j;
    }
  }
  return found;
}

function isParticiple(word: string): boolean {
  if (NOT_PARTICIPLE.has(word)) return false;
  return IRREGULAR.has(word) || (word.length >= 5 && word.endsWith('ed'));
}

/** First-person pronouns: "I", "me", "my"… against "we", "us", "our"… */
export function countPronouns(text: string, start: number, end: number): { singular: number; plural: number } {
  let singular = 0;
  let plural = 0;
  for (const { word } of wordsIn(text, start, end)) {
    if (SINGULAR.has(word)) singular++;
    else if (PLURAL.has(word)) plural++;
  }
  return { singular, plural };
}

/** Whether the text states an amount: a number ("3x", "$40k", "50%", not "p95" or "in 2021") or a number word ("two weeks", "halved"). */
export function hasMeasure(text: string, start: number, end: number): boolean {
  const numbers = matches(DIGITS, text, start, end);
  if (numbers.some((number) => !(YEAR.test(number.text) && YEAR_WORDS.has(wordBefore(text, number.start))))) return true;
  return matches(NUMBER_WORD, text, start, end).length > 0;
}

interface Word {
  start: number;
  end: number;
  /** Lowercase, with typographic apostrophes made plain. */
  word: string;
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match !== null && match.index < end; match = WORD.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase().replace(/’/g, "'") });
  }
  return words;
}

/** Whether only blanks part two words: no punctuation, so they are in one clause. */
function adjacent(text: string, before: Word, after: Word): boolean {
  for (let at = before.end; at < after.start; at++) if (!/\s/.test(text.charAt(at))) return false;
  return true;
}

/** The lowercase word just before `at`, or ''. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && /[\p{L}\p{N}'’]/u.test(text.charAt(begin - 1))) begin--;
  return text.slice(begin, end).toLowerCase().replace(/’/g, "'");
}
