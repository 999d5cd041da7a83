/**
 * The mock-interview part of the contract: setting a session up, running it
 * on the main-process timer, the answers (typed and recorded), the review,
 * and the history; the argument schemas of the `mock:*` methods (declared
 * with the others in index.ts). Free of Node and DOM APIs.
 *
 * A session lives in the app's data folder while it runs, so a reload or a
 * restart resumes it; once finished, its report is a Markdown note in the
 * vault's `Mock interviews/` folder and its recordings are audio files
 * beside it.
 */
import { z } from 'zod';
import type { CardKind } from './drills';
import type { CoachFinding } from './stories';

export type MockKind = 'behavioral' | 'technical' | 'mixed';

/** How a session is set up: a ready-made format's, or the user's own. */
export interface MockPlan {
  kind: MockKind;
  questionCount: number;
  /** Time to think before each answer; 0 goes straight to answering. */
  thinkSeconds: number;
  answerSeconds: number;
  /** When an answer's time is up: on to the next question, or keep counting overtime. */
  autoAdvance: boolean;
  shuffle: boolean;
  /** Where questions come from; empty lists mean everything of the kind. */
  notePaths: string[];
  tags: string[];
  competencies: string[];
  /** Behavioral questions only from those linked to a story. */
  linkedToStories: boolean;
}

export interface MockFormat {
  id: string;
  label: string;
  /** "5 questions, 2 minutes each". */
  description: string;
  plan: MockPlan;
}

export interface MockQuestion {
  text: string;
  kind: CardKind;
  /** The drill card it came from (technical answers can be graded into the schedule), or null for a question of ours. */
  cardId: string | null;
  notePath: string | null;
  line: number | null;
}

export interface MockRecording {
  /** Vault-relative path of the audio file. */
  path: string;
  mimeType: string;
  durationMs: number;
}

export interface MockAnswer {
  /** Markdown, as typed; '' when nothing was typed. */
  typed: string;
  recording: MockRecording | null;
  /** Answering time used (thinking excluded), overtime included. */
  usedMs: number;
  overtimeMs: number;
  /** The user's rating, 1–5, from the review. */
  rating: number | null;
  /** What to improve, from the review. */
  notes: string;
}

export type MockPhase = 'thinking' | 'answering' | 'overtime' | 'done';

export interface MockSession {
  id: string;
  /** "Behavioral · 2026-11-26 09:12". */
  title: string;
  plan: MockPlan;
  /** Epoch ms. */
  startedAt: number;
  /**
   * `finished` once every question was answered or the user ended it;
   * `partial` when it was left unfinished (another session was started while
   * it ran or was paused). A session the app stopped in the middle of (a
   * restart, a crash) comes back `paused` at the same question, to resume.
   */
  status: 'running' | 'paused' | 'finished' | 'partial';
  questions: MockQuestion[];
  /** One per question, in order; unanswered ones are empty. */
  answers: MockAnswer[];
  /** The question in progress (its index); questions.length once done. */
  current: number;
  phase: MockPhase;
  /** Vault-relative path of the Markdown report, once written. */
  reportPath: string | null;
}

export interface MockHistoryItem {
  id: string;
  title: string;
  startedAt: number;
  status: MockSession['status'];
  questionCount: number;
  answered: number;
  reportPath: string | null;
}

/** One question of a finished session, with what the review shows beside the answer. */
export interface MockReviewItem {
  question: MockQuestion;
  answer: MockAnswer;
  targetMs: number;
  /** The answer under the question in the notes (technical); null when there is none or the note is gone. */
  referenceAnswer: string | null;
  /** The STAR coach's findings on the typed answer (behavioral); null for technical questions. */
  coachFindings: CoachFinding[] | null;
}

export interface MockReview {
  session: MockSession;
  items: MockReviewItem[];
  /** Things the review could not find any more (a deleted note, a missing recording). */
  warnings: string[];
}

const sessionId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a session id');
const questionIndex = z.number().int().min(0).max(99);
const pathList = z.array(z.string().min(1).max(4096)).max(500);

export const mockPlan = z
  .object({
    kind: z.enum(['behavioral', 'technical', 'mixed']),
    questionCount: z.number().int().min(1).max(20),
    thinkSeconds: z.number().int().min(0).max(600),
    answerSeconds: z.number().int().min(15).max(30 * 60),
    autoAdvance: z.boolean(),
    shuffle: z.boolean(),
    notePaths: pathList,
    tags: z.array(z.string().min(1).max(200)).max(100),
    competencies: z.array(z.string().min(1).max(100)).max(50),
    linkedToStories: z.boolean(),
  })
  .strict();

export const mockArgs = {
  start: z.object({ plan: mockPlan }).strict(),
  session: z.object({ sessionId }).strict(),
  saveAnswer: z.object({ sessionId, index: questionIndex, typed: z.string().max(1024 * 1024) }).strict(),
  saveRecording: z
    .object({
      sessionId,
      index: questionIndex,
      mimeType: z.string().regex(/^audio\/[a-z0-9.+-]+(;[ a-z0-9=.,+-]*)?$/i, 'Not an audio type'),
      /** Up to about 40 minutes of compressed audio. */
      base64: z.string().min(1).max(96 * 1024 * 1024),
      durationMs: z.number().int().min(0).max(4 * 60 * 60 * 1000),
    })
    .strict(),
  rate: z
    .object({
      sessionId,
      index: questionIndex,
      rating: z.number().int().min(1).max(5).nullable().optional(),
      notes: z.string().max(10_000).optional(),
    })
    .strict(),
};
