import { describe, expect, it } from 'vitest';
import { COACH_RULES } from './coach-rules';
import { coachReport } from './coach-report';
import { SECTION_HINTS } from './story-template';

const STORY = [
  '---',
  'target: 60',
  '---',
  '# Fixed the flaky tests',
  '',
  '## Situation',
  '',
  'Our CI failed on one build in five.',
  '',
  '## Action',
  '',
  'I basically rewrote the retry logic.',
  '',
  '## Result',
  '',
  'It went well.',
  '',
  '## Notes for me',
  '',
  'Mention the on-call rota.',
  '',
  '## Reflection',
  '',
  'Start with the data next time.',
  '',
].join('\n');

describe('coachReport', () => {
  it('gives each finding its rule’s rationale, and the words it is about when it is about words', () => {
    const report = coachReport(STORY);
    const filler = report.findings.find((finding) => finding.rule === 'filler')!;
    expect(filler).toMatchObject({ severity: 'info', section: 'action', line: 12, excerpt: 'basically', rationale: COACH_RULES.filler.rationale });
    const missing = report.findings.find((finding) => finding.rule === 'missing-section')!;
    expect(missing).toMatchObject({ section: 'task', excerpt: null, rationale: COACH_RULES['missing-section'].rationale });
    expect(report.findings.find((finding) => finding.rule === 'result-not-measurable')).toMatchObject({ section: 'result', excerpt: '## Result' });
    expect(report.findings.every((finding) => finding.rationale !== '')).toBe(true);
  });

  it('lists the sections in file order with their length, and a hint for STAR and Reflection only', () => {
    const report = coachReport(STORY);
    expect(report.sections.map((section) => [section.kind, section.heading, section.line, section.words, section.hint])).toEqual([
      ['situation', 'Situation', 6, 8, SECTION_HINTS.situation],
      ['action', 'Action', 10, 6, SECTION_HINTS.action],
      ['result', 'Result', 14, 3, SECTION_HINTS.result],
      ['other', 'Notes for me', 18, 4, null],
      ['reflection', 'Reflection', 22, 6, SECTION_HINTS.reflection],
    ]);
    expect(report).toMatchObject({ words: 21, spokenSeconds: 9, targetSeconds: 60 });
  });

  it('reads an empty text without failing', () => {
    expect(coachReport('')).toMatchObject({ sections: [], words: 0, spokenSeconds: 0, targetSeconds: 90 });
  });
});
