/**
 * The stories part of the contract: the STAR story bank, the coach's report,
 * the behavioral questions and the stories × competencies matrix, and the
 * argument schemas of the `stories:*` methods (declared with the others in
 * index.ts). Free of Node and DOM APIs.
 *
 * A story is a note in the vault's `Stories/` folder; every change the core
 * makes to one (a linked question, the date it was rehearsed) is a small,
 * conflict-checked edit of its front matter, never a rewrite of the note.
 */
import { z } from 'zod';

export type StarSection = 'situation' | 'task' | 'action' | 'result';
export type StorySectionKind = StarSection | 'reflection' | 'other';

export interface Competency {
  /** Stable, kebab-case: what a story's front matter names. */
  id: string;
  label: string;
  /** One line: what interviewers probe with it. */
  description: string;
}

/** A story as the list shows it. */
export interface StorySummary {
  path: string;
  /** Of the file as read: an editor holding the story reloads when the core changed it. */
  hash: string;
  title: string;
  /** Ids of the competencies of the settings the story covers. */
  competencies: string[];
  /** Competencies the story names that the settings no longer have (kept in the file). */
  unknownCompetencies: string[];
  /** Linked questions, as written in the story. */
  questions: string[];
  targetSeconds: number;
  /** `YYYY-MM-DD`, or null when never rehearsed. */
  lastRehearsed: string | null;
  /** The last rehearsal's self-rating, 1–5. */
  rating: number | null;
  /** Words said aloud (Reflection is not). */
  words: number;
  /** At 140 words a minute. */
  spokenSeconds: number;
  /** STAR sections the story has no heading for. */
  missing: StarSection[];
  /** How many of the coach's findings are warnings. */
  warnings: number;
}

export interface StoryList {
  stories: StorySummary[];
  competencies: Competency[];
}

/** Where a story's sections are, with what the guided editor shows for each. */
export interface StorySectionView {
  kind: StorySectionKind;
  /** The heading's text as written ("Situation", "S — Situation"), or '' for text before any heading. */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  words: number;
  spokenSeconds: number;
  /** One line on what belongs in it; null for sections that are not STAR or Reflection. */
  hint: string | null;
}

export interface CoachFinding {
  rule: string;
  severity: 'info' | 'warning';
  /** What to change, in words a person can read. */
  message: string;
  /** Why the rule exists: the panel shows it on demand. */
  rationale: string;
  section: StorySectionKind | null;
  /** 1-based line in the story's Markdown. */
  line: number;
  /** The words it is about, when it is about words (absent when about something missing). */
  excerpt: string | null;
}

export interface CoachReport {
  findings: CoachFinding[];
  sections: StorySectionView[];
  words: number;
  spokenSeconds: number;
  targetSeconds: number;
}

/** A behavioral question: one we wrote, or one found in the user's notes. */
export interface BehavioralQuestion {
  text: string;
  source: 'bank' | 'notes';
  competencies: string[];
  /** Where a question from the notes is, and whether it has a draft answer there to start a story from. */
  card: { id: string; notePath: string; line: number; hasDraft: boolean } | null;
  /** Stories linked to it. */
  storyPaths: string[];
  /** For a question no story is linked to: stories sharing its competencies, best first. */
  suggestions: { path: string; title: string; reason: string }[];
}

export interface StoryMatrixView {
  competencies: (Competency & { storyPaths: string[] })[];
  stories: { path: string; title: string; competencies: string[] }[];
  /** Competencies no story covers, each with the sentence the view shows ("No story for conflict yet"). */
  gaps: { competencyId: string; message: string }[];
  /** Questions (ours and the notes') that no story is linked to. */
  unlinkedQuestions: string[];
}

/** Rehearsing a story against its target length: when each phase starts, and the outline to keep in view. */
export interface RehearsalPlan {
  path: string;
  title: string;
  targetSeconds: number;
  phases: { section: StarSection; label: string; startsAtSeconds: number; seconds: number }[];
  /** Each STAR section's first lines, to glance at while telling the story. */
  outline: { section: StarSection; label: string; points: string[] }[];
}

/** A recorded telling of a story, kept beside it to play back. */
export interface StoryTake {
  /** Vault-relative path of the audio file (under `Stories/Takes/`). */
  path: string;
  /** Epoch ms. */
  recordedAt: number;
  bytes: number;
}

const storyPath = z.string().min(1).max(4096);
const questionText = z.string().trim().min(1).max(1000);
const competencyIds = z.array(z.string().trim().min(1).max(100)).max(50);

export const storyArgs = {
  path: z.object({ path: storyPath }).strict(),
  create: z
    .object({
      title: z.string().trim().min(1).max(200),
      competencies: competencyIds.optional(),
      questions: z.array(questionText).max(50).optional(),
      /** A behavioral card of the notes whose draft answer the story starts from. */
      fromCardId: z.string().min(1).max(128).optional(),
    })
    .strict(),
  /** The story's Markdown as the editor holds it now, so the coach follows the typing. */
  coach: z.object({ text: z.string().max(4 * 1024 * 1024) }).strict(),
  link: z.object({ path: storyPath, question: questionText, linked: z.boolean() }).strict(),
  setCompetencies: z.object({ path: storyPath, competencies: competencyIds }).strict(),
  rehearsed: z.object({ path: storyPath, rating: z.number().int().min(1).max(5) }).strict(),
  saveTake: z
    .object({
      path: storyPath,
      mimeType: z.string().regex(/^audio\/[a-z0-9.+-]+(;[ a-z0-9=.,+-]*)?$/i, 'Not an audio type'),
      /** A take of a few minutes at most. */
      base64: z.string().min(1).max(32 * 1024 * 1024),
    })
    .strict(),
  updateCompetencies: z
    .object({
      competencies: z
        .array(
          z
            .object({
              id: z.string().trim().min(1).max(100).regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'An id is lowercase words joined by hyphens'),
              label: z.string().trim().min(1).max(100),
              description: z.string().trim().max(300),
            })
            .strict(),
        )
        .min(1)
        .max(50),
    })
    .strict(),
};
