/**
 * The story coach's rules and every threshold they use, in one place, so the
 * coach can be tuned (and its advice explained) without reading the code
 * that applies it. Each rule has a short rationale the coach panel shows.
 * The word lists the rules look for are in coach-words.ts.
 */
import type { SectionKind } from './section-names';

/** A calm interview pace; spoken lengths are words at this rate. */
export const WORDS_PER_MINUTE = 140;

/** A story's target spoken length when its front matter sets none. */
export const DEFAULT_TARGET_SECONDS = 90;

export const THRESHOLDS = {
  /** Over this many seconds an answer is too long, whatever the target (unless the target itself is longer; see `overLongTarget`). */
  maxSeconds: 120,
  /** With a target longer than `maxSeconds`, too long means this much over the target. */
  overLongTarget: 1.33,
  /** Over the target by more than this share is noted (not yet too long). */
  overTarget: 0.15,
  /** Under this share of the target is far too short. */
  underTarget: 0.5,
  /** Situation and Task together may take up to this share of the story's words. */
  maxSetupShare: 0.35,
  /** Below this many words the setup share is not judged: the story is still being written. */
  minWordsForSetupShare: 60,
  /** The Action's "we" is judged only when it has at least this many first-person pronouns. */
  minPronouns: 4,
  /** "We" may be at most this share of the Action's first-person pronouns. */
  maxWeShare: 0.5,
  /** A story linked to more competencies than this shows none of them well… */
  maxCompetencies: 4,
  /** …nor one linked to competencies of more unrelated areas than this (competencies.ts). */
  maxUnrelatedAreas: 3,
} as const;

export type RuleId =
  | 'missing-section'
  | 'empty-section'
  | 'result-not-measurable'
  | 'we-over-i'
  | 'setup-too-long'
  | 'too-long'
  | 'over-target'
  | 'too-short'
  | 'filler'
  | 'vague-claim'
  | 'passive-voice'
  | 'too-many-competencies';

export interface CoachRule {
  id: RuleId;
  severity: 'info' | 'warning';
  /** What the rule checks, as the panel names it. */
  title: string;
  /** Why it matters, in a sentence the panel shows. */
  rationale: string;
  /** The sections whose text the rule reads, for rules about wording. */
  sections?: readonly SectionKind[];
}

/** Sections said aloud: all but Reflection, which is the teller's own notes. */
export const SPOKEN_SECTIONS: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'other'];

export const COACH_RULES: Readonly<Record<RuleId, CoachRule>> = {
  'missing-section': {
    id: 'missing-section',
    severity: 'warning',
    title: 'Missing section',
    rationale: 'Interviewers listen for all four parts of STAR; the part you leave out is the first follow-up question.',
  },
  'empty-section': {
    id: 'empty-section',
    severity: 'warning',
    title: 'Empty section',
    rationale: 'Interviewers listen for all four parts of STAR; the part you leave out is the first follow-up question.',
  },
  'result-not-measurable': {
    id: 'result-not-measurable',
    severity: 'warning',
    title: 'Result without a number',
    rationale: 'A measured outcome ("p95 from 800 ms to 120 ms", "two weeks early") is what makes a result believable and memorable.',
  },
  'we-over-i': {
    id: 'we-over-i',
    severity: 'warning',
    title: '"We" more than "I"',
    rationale: 'The interviewer is assessing you, not your team: "we" hides what you did.',
  },
  'setup-too-long': {
    id: 'setup-too-long',
    severity: 'warning',
    title: 'Long setup',
    rationale: 'Context convinces no one; keep Situation and Task to about a third and spend the time on what you did.',
  },
  'too-long': {
    id: 'too-long',
    severity: 'warning',
    title: 'Too long',
    rationale: 'Past about two minutes listeners drift, and the interviewer loses time for follow-up questions.',
  },
  'over-target': {
    id: 'over-target',
    severity: 'info',
    title: 'Over the target',
    rationale: 'A story that fits its target leaves room for the questions the interviewer wants to ask.',
  },
  'too-short': {
    id: 'too-short',
    severity: 'info',
    title: 'Far under the target',
    rationale: 'A very short story usually skips the details of what you did, which is what the interviewer is probing.',
  },
  filler: {
    id: 'filler',
    severity: 'info',
    title: 'Filler or hedging',
    rationale: 'Fillers cost seconds and hedges ("I think", "maybe") make you sound unsure of your own story.',
    sections: SPOKEN_SECTIONS,
  },
  'vague-claim': {
    id: 'vague-claim',
    severity: 'warning',
    title: 'Vague claim',
    rationale: '"Helped with" and "was involved in" hide your contribution; name what you did.',
    sections: ['action', 'result'],
  },
  'passive-voice': {
    id: 'passive-voice',
    severity: 'info',
    title: 'Passive voice',
    rationale: 'A passive sentence ("it was decided") hides who acted; in the Action that should be you.',
    sections: ['action'],
  },
  'too-many-competencies': {
    id: 'too-many-competencies',
    severity: 'warning',
    title: 'Too many competencies',
    rationale: 'A story linked to everything, or to unrelated things, is suggested for every question and proves none of them well; two or three related ones is plenty.',
  },
};
