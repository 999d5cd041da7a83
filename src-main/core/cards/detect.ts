/**
 * The card detector: turns one note into question cards. A line scanner, not
 * a Markdown parser, so that a vault of 50 MB is read in well under a second:
 * `scanLines` classifies every line once, then one walk hands each line not
 * yet owned by a card to the format detectors, in order of precedence.
 */
import { readFrontMatter } from '../search/note-fields';
import { noteTags, withInlineTags } from './card-tags';
import { calloutCard } from './callout-cards';
import { detailsCard } from './details-cards';
import { headingCard } from './heading-cards';
import { normalizeQuestion } from './identity';
import { cardKind } from './kind';
import { HEADING, QUESTION, scanLines, type NoteLines } from './lines';
import { listCard } from './list-cards';
import { inlineCard, multilineCard } from './osr-cards';
import { qaCard } from './qa-cards';
import { isQuestionHeading, questionText } from './question-shape';
import { lastContentLine, type AddCard, type Detector, type FoundCard } from './scan';
import type { Card } from './types';

/**
 * Front matter that makes every heading below the title a question, whatever
 * its wording: imported decks, whose fronts ("Capital of France") need not
 * read as questions.
 */
export const HEADINGS_ARE_CARDS = '---\ncards: headings\n---';
const HEADINGS_SWITCH = /^cards:[ \t]*headings[ \t]*$/m;

/** Explicit syntaxes before the guesses: a `Q:` line or a `::` card is never read as a list question. */
const DETECTORS: readonly Detector[] = [multilineCard, headingCard, calloutCard, detailsCard, qaCard, inlineCard, listCard];

/**
 * The cards of the note `text` at `notePath` (vault-relative, `/`-separated),
 * in the order of their questions. A question asked twice in the note is one
 * card: the first that has an answer.
 */
export function detectCards(text: string, notePath: string): Card[] {
  const lines = scanLines(text);
  const frontMatter = lines.frontMatter === null ? {} : readFrontMatter(lines.frontMatter);
  const cards = new CardCollector(lines, noteTags(frontMatter.tags ?? [], notePath));
  if (lines.frontMatter !== null && HEADINGS_SWITCH.test(lines.frontMatter)) markHeadingsAsQuestions(lines);
  if (frontMatter.title !== undefined && isQuestionHeading(questionText(frontMatter.title))) {
    addTitleCard(lines, frontMatter.title, cards.add);
    return cards.list();
  }
  let ownedUntil = 0;
  for (let i = 0; i < lines.count; i++) {
    const isHeading = lines.kind[i] === HEADING;
    if (isHeading) cards.leaveSectionsFor(i);
    if (i >= ownedUntil) {
      for (const detect of DETECTORS) {
        const next = detect(lines, i, cards.add);
        if (next !== -1) {
          ownedUntil = next;
          break;
        }
      }
    }
    if (isHeading) cards.enterSection(i);
  }
  return cards.list();
}

function markHeadingsAsQuestions(lines: NoteLines): void {
  for (let i = 0; i < lines.count; i++) {
    if (lines.kind[i] === HEADING && (lines.level[i] as number) >= 2) lines.flags[i] = (lines.flags[i] as number) | QUESTION;
  }
}

/** One question per file: the front matter `title` asks it, the whole body answers it. */
function addTitleCard(lines: NoteLines, title: string, add: AddCard): void {
  const yaml = lines.frontMatter ?? '';
  const key = /^title\s*:/m.exec(yaml)?.index ?? 0;
  let line = 1; // the line after the opening `---`
  for (let at = yaml.indexOf('\n'); at !== -1 && at < key; at = yaml.indexOf('\n', at + 1)) line++;
  const last = lastContentLine(lines, 0, lines.count);
  add({
    question: questionText(title),
    answer: lines.text.slice(lines.bodyStart).trim(),
    line,
    endLine: Math.max(line, last),
    format: 'title',
    tagLines: [line, last],
  });
}

class CardCollector {
  private readonly cards: (Card | null)[] = [];
  private readonly indexByQuestion = new Map<string, number>();
  private readonly sectionLevels: number[] = [];
  private readonly sectionTitles: string[] = [];
  /** `sectionTitles` as handed to cards, shared until the path changes. */
  private headingPath: readonly string[] = [];

  constructor(
    private readonly lines: NoteLines,
    private readonly noteTags: readonly string[],
  ) {}

  /** Closes the sections a heading at line `i` ends: those of its level and deeper. */
  leaveSectionsFor(i: number): void {
    const level = this.lines.level[i] as number;
    let depth = this.sectionLevels.length;
    while (depth > 0 && (this.sectionLevels[depth - 1] as number) >= level) depth--;
    if (depth === this.sectionLevels.length) return;
    this.sectionLevels.length = depth;
    this.sectionTitles.length = depth;
    this.headingPath = this.sectionTitles.slice();
  }

  enterSection(i: number): void {
    this.sectionLevels.push(this.lines.level[i] as number);
    this.sectionTitles.push(this.lines.headings.get(i) ?? '');
    this.headingPath = this.sectionTitles.slice();
  }

  readonly add = (found: FoundCard): void => {
    const key = normalizeQuestion(found.question);
    if (key === '') return;
    const [tagFrom, tagTo] = found.tagLines ?? [found.line, found.endLine];
    const card: Card = {
      question: found.question,
      answer: found.answer,
      kind: cardKind(found.question),
      line: found.line + 1,
      endLine: found.endLine + 1,
      headingPath: this.headingPath,
      tags: withInlineTags(this.noteTags, this.lines, tagFrom, tagTo),
      format: found.format,
    };
    const earlier = this.indexByQuestion.get(key);
    if (earlier !== undefined) {
      // The same question again: keep the first, unless only this one is answered.
      if (this.cards[earlier]!.answer !== '' || card.answer === '') return;
      this.cards[earlier] = null;
    }
    this.indexByQuestion.set(key, this.cards.length);
    this.cards.push(card);
  };

  list(): Card[] {
    return this.cards.filter((card): card is Card => card !== null);
  }
}
