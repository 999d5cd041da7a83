/**
 * The ready-made set-ups the set-up screen offers first. The numbers follow
 * the usual screens: a behavioral answer in two minutes (a STAR story told
 * aloud), a technical one in three, half a minute to think before each.
 */
import type { MockFormat, MockKind, MockPlan } from '../../contract';

/** Shown in titles and report names: "Behavioral · 2026-11-26 09:12". */
export const KIND_LABELS: Readonly<Record<MockKind, string>> = {
  behavioral: 'Behavioral',
  technical: 'Technical',
  mixed: 'Mixed',
};

/** Everything of the kind, in a new order each time, moving on only when the user says so. */
const everything = (kind: MockKind, questionCount: number, answerSeconds: number): MockPlan => ({
  kind,
  questionCount,
  thinkSeconds: 30,
  answerSeconds,
  autoAdvance: false,
  shuffle: true,
  notePaths: [],
  tags: [],
  competencies: [],
  linkedToStories: false,
});

export const MOCK_FORMATS: readonly MockFormat[] = [
  { id: 'behavioral', label: 'Behavioral', description: '5 questions, 2 minutes each', plan: everything('behavioral', 5, 120) },
  { id: 'technical', label: 'Technical', description: '5 questions, 3 minutes each', plan: everything('technical', 5, 180) },
  // One answer time for both kinds: 2:30 sits between them, and a plan has only one.
  { id: 'mixed', label: 'Mixed', description: '6 questions, behavioral and technical in turn, 2½ minutes each', plan: everything('mixed', 6, 150) },
];

/** Copies, so a caller changing one cannot change the offer. */
export function mockFormats(): MockFormat[] {
  return MOCK_FORMATS.map((format) => ({ ...format, plan: { ...format.plan, notePaths: [], tags: [], competencies: [] } }));
}
