/**
 * Whether a heading or a list item reads as a question. Character checks come
 * first and the regexes are compiled once: the scanner asks this of every
 * list item and heading in a vault.
 */
import {
  alternation,
  AUXILIARIES,
  IMPERATIVES,
  INTERROGATIVES,
  LIST_ITEM_OPENERS,
  TOPIC_NOUNS_AFTER_IMPERATIVE,
} from './words';

const QUESTION_MARK = 63;
const FULL_STOP = 46;
const CLOSE_PAREN = 41;
const HASH = 35;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isEmphasisMark(code: number): boolean {
  return code === 42 /* * */ || code === 95 /* _ */;
}

/**
 * Whether `text[from, to)` ends as a question: with "?", also when closed by
 * emphasis ("?**"), a stray full stop ("?."), a parenthesised hint
 * ("…allocated? (Hint: memory padding)") or tags ("? #redis"), all common in
 * interview notes.
 */
function endsAsQuestion(text: string, from: number, to: number): boolean {
  let end = withoutTrailingTags(text, from, to);
  while (end > from && (isBlank(text.charCodeAt(end - 1)) || isEmphasisMark(text.charCodeAt(end - 1)))) end--;
  if (end === from) return false;
  let last = text.charCodeAt(end - 1);
  if (last === FULL_STOP && end - 1 > from && text.charCodeAt(end - 2) === QUESTION_MARK) return true;
  if (last === CLOSE_PAREN) {
    const open = text.lastIndexOf('(', end - 1);
    if (open <= from) return false;
    end = open;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end === from) return false;
    last = text.charCodeAt(end - 1);
  }
  return last === QUESTION_MARK;
}

/** The end of `text[from, to)` once trailing blanks and `#tag` words are cut off. */
function withoutTrailingTags(text: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    let word = end;
    while (word > from && !isBlank(text.charCodeAt(word - 1))) word--;
    const isTag = word < end - 1 && text.charCodeAt(word) === HASH && text.charCodeAt(word + 1) !== HASH;
    if (!isTag || word === from) return end;
    end = word;
  }
}

const NOT_A_TOPIC = `(?!(?:${alternation(TOPIC_NOUNS_AFTER_IMPERATIVE)})\\b)`;

/**
 * A heading that opens like a question: an interrogative, an auxiliary (not
 * "Do not…") or an imperative task, followed by at least one more word, so a
 * bare "How" or "Design" section title is not a question.
 */
const QUESTION_OPENING = new RegExp(
  '^[^\\p{L}]*(?:' +
    `(?:${alternation(INTERROGATIVES)})(?:['’](?:s|re|d|ll))?\\s+\\S` +
    `|(?:${alternation(AUXILIARIES)})\\s+(?!not\\b)\\S` +
    `|(?:${alternation(IMPERATIVES)})\\s+${NOT_A_TOPIC}\\S` +
    ')',
  'iu',
);

const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** Whether a heading's text (markers already removed) is a question; what is in code spans does not count. */
export function isQuestionHeading(heading: string): boolean {
  const text = heading.includes('`') ? heading.replace(CODE_SPAN, ' code ') : heading;
  return endsAsQuestion(text, 0, text.length) || QUESTION_OPENING.test(text);
}

/** A list item that addresses the reader ("Have you…", "Do u…") or sets a prompt ("Explain…"). */
const LIST_OPENING = new RegExp(
  `(?:\\*\\*|__)?(?:(?:${alternation(AUXILIARIES)})\\s+(?:you|u)\\b|(?:${alternation(LIST_ITEM_OPENERS)})\\b)`,
  'iy',
);

/** Whether the list item whose text is `text[from, to)` is a question. */
export function isQuestionListItem(text: string, from: number, to: number): boolean {
  if (endsAsQuestion(text, from, to)) return true;
  LIST_OPENING.lastIndex = from;
  return LIST_OPENING.test(text);
}

const CLOSING_HASHES = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
const ENUMERATION = /^(?:(?:q|question)[ \t]*\d*|\d{1,4})[ \t]*[.):][ \t]+/i;

/** A heading's text as shown: without a closing `###` sequence or emphasis around all of it. */
export function headingText(raw: string): string {
  return unwrapEmphasis((raw.endsWith('#') ? raw.replace(CLOSING_HASHES, '') : raw).trim());
}

/** A question as shown on a card: without a leading "1." or "Q1:" numbering. */
export function questionText(text: string): string {
  return unwrapEmphasis(text.replace(ENUMERATION, '').trim());
}

/** "**What is X?**" → "What is X?", but "**a** and **b**" stays as it is. */
function unwrapEmphasis(text: string): string {
  for (const mark of ['**', '__', '*', '_']) {
    if (text.length > mark.length * 2 && text.startsWith(mark) && text.endsWith(mark)) {
      const inner = text.slice(mark.length, -mark.length);
      if (!inner.includes(mark) && inner.trim() === inner) return inner;
    }
  }
  return text;
}
