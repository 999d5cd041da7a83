import { describe, expect, it } from 'vitest';
import type { MockSession } from '../../contract';
import { MOCK_FORMATS } from './formats';
import { mockReport } from './report';

/** 26 November 2026, 09:12 local time. */
const STARTED = new Date(2026, 10, 26, 9, 12).getTime();
const BASE = '2026-11-26 09-12 Technical';

function finished(): MockSession {
  return {
    id: 'abc',
    title: 'Technical · 2026-11-26 09:12',
    plan: { ...MOCK_FORMATS[1]!.plan, questionCount: 3 },
    startedAt: STARTED,
    status: 'finished',
    questions: [
      { text: 'What is a goroutine?', kind: 'technical', cardId: 'c1', notePath: 'Go.md', line: 3 },
      { text: 'How does a B-tree\nstay balanced?', kind: 'technical', cardId: 'c2', notePath: 'DB.md', line: 9 },
      { text: 'What is MVCC?', kind: 'technical', cardId: 'c3', notePath: 'DB.md', line: 20 },
    ],
    answers: [
      {
        typed: 'A function running **concurrently**, scheduled by the Go runtime:\n\n- cheap stacks\n- M:N scheduling\n',
        recording: { path: `Mock interviews/${BASE}/q1.webm`, mimeType: 'audio/webm;codecs=opus', durationMs: 95_400 },
        usedMs: 192_300,
        overtimeMs: 12_300,
        rating: 4,
        notes: 'Mention the scheduler’s work stealing.',
      },
      { typed: '', recording: null, usedMs: 61_000, overtimeMs: 0, rating: null, notes: '' },
      { typed: '', recording: null, usedMs: 0, overtimeMs: 0, rating: null, notes: '' },
    ],
    current: 3,
    phase: 'done',
    reportPath: null,
  };
}

describe('the report of a mock session', () => {
  it('has front matter, then each question with its time, recording, rating, typed answer and notes', () => {
    expect(mockReport(finished(), BASE)).toBe(
      [
        '---',
        'date: 2026-11-26T09:12',
        'format: Technical',
        'kind: technical',
        'questions: 3',
        'answered: 1',
        '---',
        '',
        '# Technical mock interview, 2026-11-26 09:12',
        '',
        '## 1. What is a goroutine?',
        '',
        '- Time: 3:12 of 3:00, 0:12 over',
        '- Recording: [q1.webm](2026-11-26%2009-12%20Technical/q1.webm) (1:35)',
        '- Rating: 4/5',
        '',
        '### Answer',
        '',
        'A function running **concurrently**, scheduled by the Go runtime:',
        '',
        '- cheap stacks',
        '- M:N scheduling',
        '',
        '### To improve',
        '',
        'Mention the scheduler’s work stealing.',
        '',
        '## 2. How does a B-tree stay balanced?',
        '',
        '- Time: 1:01 of 3:00',
        '- Rating: not rated',
        '',
        '### Answer',
        '',
        '_Nothing typed._',
        '',
        '## 3. What is MVCC?',
        '',
        'Not answered.',
        '',
      ].join('\n'),
    );
  });

  it('says when the session was left unfinished, and is the same bytes for the same session', () => {
    const partial = { ...finished(), status: 'partial' as const };
    expect(mockReport(partial, BASE)).toContain('# Technical mock interview, 2026-11-26 09:12\n\nLeft unfinished.\n\n## 1.');
    expect(mockReport(partial, BASE)).toBe(mockReport(structuredClone(partial), BASE));
  });
});
