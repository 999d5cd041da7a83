/**
 * The behavioral questions a story can answer: the user's own (the
 * behavioral cards of their notes) and our bank's, each once, with the
 * stories linked to it and, for a question no story answers, the stories
 * that could.
 */
import type { BehavioralQuestion, Competency } from '../../contract';
import { normalizeQuestion } from '../cards';
import { resolveCompetencies } from './competencies';
import { buildMatrix, type StoryRef } from './matrix';
import { QUESTION_BANK, questionCompetencies } from './question-bank';
import { storySuggester } from './suggestions';

/** A behavioral card of the notes, as far as the question list needs it. */
export interface NoteQuestion {
  id: string;
  question: string;
  notePath: string;
  line: number;
  /** Whether the note has a draft answer under it. */
  answered: boolean;
}

export type QuestionSource = Pick<BehavioralQuestion, 'text' | 'source' | 'card'>;

/** Suggestions beyond the first few are noise. */
const MAX_SUGGESTIONS = 3;

/**
 * The notes' questions first (they are the user's own; a bank question the
 * notes also ask keeps the note's wording and card, so it can become a
 * story), then the rest of the bank; each question once by its normalised form.
 */
export function collectQuestions(noteQuestions: readonly NoteQuestion[]): QuestionSource[] {
  const seen = new Set<string>();
  const firstTime = (text: string) => {
    const key = normalizeQuestion(text);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const notes = [...noteQuestions].sort((a, b) => (a.notePath < b.notePath ? -1 : a.notePath > b.notePath ? 1 : a.line - b.line));
  const fromNotes = notes
    .filter((card) => firstTime(card.question))
    .map((card): QuestionSource => ({ text: card.question, source: 'notes', card: { id: card.id, notePath: card.notePath, line: card.line, hasDraft: card.answered } }));
  const fromBank = QUESTION_BANK.filter((question) => firstTime(question.text)).map((question): QuestionSource => ({ text: question.text, source: 'bank', card: null }));
  return [...fromNotes, ...fromBank];
}

/** Each question with its competencies (those of the set), its linked stories and, when it has none, suggestions. */
export function questionViews(questions: readonly QuestionSource[], stories: readonly StoryRef[], competencies: readonly Competency[]): BehavioralQuestion[] {
  const links = buildMatrix(stories, competencies, questions.map((question) => question.text)).questions;
  const linked = new Map(links.map((link) => [normalizeQuestion(link.question), link.storyIds]));
  // The stories' competencies are resolved once for all the questions, not once per question.
  const suggest = storySuggester(stories, competencies);
  return questions.map((question) => {
    const storyPaths = linked.get(normalizeQuestion(question.text)) ?? [];
    const suggestions = storyPaths.length > 0 ? [] : suggest(question.text).slice(0, MAX_SUGGESTIONS);
    return {
      ...question,
      competencies: resolveCompetencies(questionCompetencies(question.text), competencies).known.map((competency) => competency.id),
      storyPaths,
      suggestions: suggestions.map((suggestion) => ({ path: suggestion.storyId, title: suggestion.title, reason: suggestion.reason })),
    };
  });
}
