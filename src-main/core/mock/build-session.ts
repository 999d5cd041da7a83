/**
 * Picks a session's questions from what the vault offers, as the set-up
 * asked: behavioral ones from the story bank's list (our questions and the
 * notes' behavioral cards), technical ones from the notes' cards.
 *
 * Preferred first, because those are what practice is for: cards the drills
 * have due today, and behavioral questions no story answers yet. No question
 * comes twice (compared in normalised form, as the cards are). With
 * `shuffle`, each preference tier is drawn in a random order and the picked
 * questions are dealt in a random order; without it, the same set-up gives
 * the same session (the list order: notes by path and line, then the bank).
 * Pure: the random source is injected.
 */
import type { BehavioralQuestion, MockPlan, MockQuestion } from '../../contract';
import { CoachError } from '../../contract/errors';
import { normalizeQuestion } from '../cards/identity';
import type { DrillCard } from '../drills/types';
import { selectionFilter } from '../drills/selection';

/** A technical card of the notes (a drills card, with the line of its question). */
export type TechnicalCard = DrillCard & { line: number };

export interface MockCandidates {
  /** `VaultStories.questions()`: each with its competencies, stories and (for the notes') card. */
  behavioral: readonly BehavioralQuestion[];
  /** The vault's technical cards, story notes left out. */
  technical: readonly TechnicalCard[];
  /** Whether the drills have the card due today. */
  isDue: (cardId: string) => boolean;
}

/** A number in [0, 1), like Math.random. */
export type Random = () => number;

interface Candidate {
  question: MockQuestion;
  /** Lower comes first. */
  tier: number;
}

export function buildQuestions(plan: MockPlan, candidates: MockCandidates, random: Random = Math.random): MockQuestion[] {
  const behavioral = () => pick(behavioralCandidates(plan, candidates), plan.shuffle, random);
  const technical = () => pick(technicalCandidates(plan, candidates), plan.shuffle, random);
  const seen = new Set<string>();
  const fresh = (question: MockQuestion) => {
    const key = normalizeQuestion(question.text);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  let questions: MockQuestion[];
  if (plan.kind === 'mixed') {
    questions = alternate(behavioral().filter(fresh), technical().filter(fresh), plan.questionCount);
  } else {
    questions = (plan.kind === 'behavioral' ? behavioral() : technical()).filter(fresh).slice(0, plan.questionCount);
  }
  if (questions.length === 0) throw new CoachError('NOT_FOUND', nothingMatches(plan));
  return plan.shuffle && plan.kind !== 'mixed' ? shuffled(questions, random) : questions;
}

function behavioralCandidates(plan: MockPlan, { behavioral, isDue }: MockCandidates): Candidate[] {
  const wanted = new Set(plan.competencies);
  return behavioral
    .filter((question) => wanted.size === 0 || question.competencies.some((id) => wanted.has(id)))
    .filter((question) => !plan.linkedToStories || question.storyPaths.length > 0)
    .map((question) => {
      const due = question.card !== null && isDue(question.card.id);
      const answered = question.storyPaths.length > 0;
      return {
        question: { text: question.text, kind: 'behavioral', cardId: question.card?.id ?? null, notePath: question.card?.notePath ?? null, line: question.card?.line ?? null },
        tier: (due ? 0 : 2) + (answered ? 1 : 0),
      };
    });
}

function technicalCandidates(plan: MockPlan, { technical, isDue }: MockCandidates): Candidate[] {
  // The drills' own selections: a note path is a deck, or a folder of decks; a tag covers its nested tags.
  const places = plan.notePaths.flatMap((place) => [selectionFilter({ kind: 'deck', notePath: place }), selectionFilter({ kind: 'folder', folder: place })]);
  const tags = plan.tags.map((tag) => selectionFilter({ kind: 'tag', tag }));
  return technical
    .filter((card) => places.length === 0 || places.some((inPlace) => inPlace(card)))
    .filter((card) => tags.length === 0 || tags.some((tagged) => tagged(card)))
    .map((card) => ({
      question: { text: card.question, kind: 'technical', cardId: card.id, notePath: card.notePath, line: card.line },
      tier: isDue(card.id) ? 0 : 1,
    }));
}

/** Tier by tier; inside a tier the list order, or a random one. */
function pick(candidates: Candidate[], shuffle: boolean, random: Random): MockQuestion[] {
  const tiers = new Map<number, MockQuestion[]>();
  for (const candidate of candidates) {
    const tier = tiers.get(candidate.tier) ?? [];
    tier.push(candidate.question);
    tiers.set(candidate.tier, tier);
  }
  return [...tiers.keys()].sort((a, b) => a - b).flatMap((tier) => (shuffle ? shuffled(tiers.get(tier)!, random) : tiers.get(tier)!));
}

/**
 * Behavioral, technical, behavioral…: as many of each as the count allows
 * (half each, the odd one behavioral); when one kind runs short the other
 * fills in. Each kind keeps its own order, so its preferred come first.
 */
function alternate(behavioral: MockQuestion[], technical: MockQuestion[], count: number): MockQuestion[] {
  const technicalCount = Math.min(technical.length, Math.max(Math.floor(count / 2), count - behavioral.length));
  const behavioralCount = Math.min(behavioral.length, count - technicalCount);
  const questions: MockQuestion[] = [];
  for (let i = 0; i < Math.max(behavioralCount, technicalCount); i++) {
    if (i < behavioralCount) questions.push(behavioral[i]!);
    if (i < technicalCount) questions.push(technical[i]!);
  }
  return questions;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** "No technical questions match this set-up: notes “Go.md”, tags #redis." */
function nothingMatches(plan: MockPlan): string {
  const what = plan.kind === 'mixed' ? 'questions' : `${plan.kind} questions`;
  const limits: string[] = [];
  if (plan.kind !== 'behavioral') {
    if (plan.notePaths.length > 0) limits.push(`notes ${plan.notePaths.map((place) => `“${place}”`).join(', ')}`);
    if (plan.tags.length > 0) limits.push(`tags ${plan.tags.map((tag) => `#${tag.replace(/^#/, '')}`).join(', ')}`);
  }
  if (plan.kind !== 'technical') {
    if (plan.competencies.length > 0) limits.push(`competencies ${plan.competencies.join(', ')}`);
    if (plan.linkedToStories) limits.push('only questions linked to a story');
  }
  const why = limits.length > 0 ? limits.join('; ') : plan.kind === 'behavioral' ? 'there are no behavioral questions' : 'your notes have no technical question cards yet';
  return `No ${what} match this set-up: ${why}. Widen the set-up, or add questions to your notes.`;
}
