/**
 * A mock session as the data dir keeps it: `mock/<id>.json`, rewritten
 * whole on every change (a session is a few kilobytes of typed answers), so
 * a reload or a restart finds it as it was. Read back through a schema: a
 * file damaged on disk, or edited into something else, is refused rather
 * than trusted (an index past its questions, a path out of the vault).
 */
import { z } from 'zod';
import { mockPlan, type MockSession } from '../../contract';

export interface StoredMock {
  session: MockSession;
  /** Time the phase in progress had counted when saved: a restored session resumes with what it had left. */
  phaseElapsedMs: number;
  /** The report's and recordings folder's name in `Mock interviews/` ("2026-11-26 09-12 Behavioral"). */
  baseName: string;
  /** sha256 of the report as last written; a report with another hash was edited by hand and is left alone. */
  reportHash: string | null;
}

export const SESSION_ID = /^[a-z0-9-]{1,64}$/;
export const SESSION_FILE = /^([a-z0-9-]{1,64})\.json$/;

const duration = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const line = z.number().int().min(1).nullable();

const question = z.object({
  text: z.string().min(1),
  kind: z.enum(['technical', 'behavioral']),
  cardId: z.string().min(1).max(128).nullable(),
  notePath: z.string().min(1).max(4096).nullable(),
  line,
});

const answer = z.object({
  typed: z.string(),
  recording: z.object({ path: z.string().min(1).max(4096), mimeType: z.string().max(200), durationMs: duration }).nullable(),
  usedMs: duration,
  overtimeMs: duration,
  rating: z.number().int().min(1).max(5).nullable(),
  notes: z.string(),
});

const session = z
  .object({
    id: z.string().regex(SESSION_ID),
    title: z.string().min(1).max(200),
    plan: mockPlan,
    startedAt: duration,
    status: z.enum(['running', 'paused', 'finished', 'partial']),
    questions: z.array(question).min(1).max(100),
    answers: z.array(answer),
    current: z.number().int().min(0),
    phase: z.enum(['thinking', 'answering', 'overtime', 'done']),
    reportPath: z.string().min(1).max(4096).nullable(),
  })
  .refine((s) => s.answers.length === s.questions.length && s.current <= s.questions.length, 'The answers do not match the questions')
  .refine((s) => (s.current === s.questions.length) === (s.phase === 'done'), 'The question in progress does not match the phase')
  .refine((s) => (s.phase === 'done') === (s.status === 'finished' || s.status === 'partial'), 'The phase does not match the status');

const stored = z.object({
  session,
  phaseElapsedMs: duration,
  // One file name: no separators, not hidden, not `..`.
  baseName: z.string().regex(/^[^/\\\0.][^/\\\0]{0,199}$/),
  reportHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
});

/** The file's text for `value`: compact, since it is rewritten as the user types. */
export function encodeStoredMock(value: StoredMock): string {
  return JSON.stringify(value);
}

/** The stored session in `text`, or null when it is not one (damaged, or not ours). */
export function decodeStoredMock(text: string, id: string): StoredMock | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stored.safeParse(json);
  return parsed.success && parsed.data.session.id === id ? parsed.data : null;
}
