import { describe, expect, it } from 'vitest';
import type { RehearsalPlan, StorySummary } from '../../../../src-main/contract';
import { formatSpoken, idFromLabel, phaseAt, rehearsedText, visibleStories } from './story-text';

const story = (title: string, extra: Partial<StorySummary> = {}): StorySummary => ({
  path: `Stories/${title}.md`,
  hash: 'h',
  title,
  competencies: [],
  unknownCompetencies: [],
  questions: [],
  targetSeconds: 90,
  lastRehearsed: null,
  rating: null,
  words: 0,
  spokenSeconds: 0,
  missing: [],
  warnings: 0,
  ...extra,
});

describe('story text', () => {
  it('formats spoken time as m:ss', () => {
    expect(formatSpoken(0)).toBe('0:00');
    expect(formatSpoken(85.4)).toBe('1:25');
    expect(formatSpoken(600)).toBe('10:00');
  });

  it('says when a story was rehearsed, relative to today', () => {
    const today = new Date(2026, 10, 26, 15, 0);
    expect(rehearsedText(null, today)).toBe('Never rehearsed');
    expect(rehearsedText('2026-11-26', today)).toBe('Rehearsed today');
    expect(rehearsedText('2026-11-25', today)).toBe('Rehearsed yesterday');
    expect(rehearsedText('2026-11-20', today)).toBe('Rehearsed 6 days ago');
    expect(rehearsedText('2025-01-02', today)).toBe('Rehearsed on 2025-01-02');
    expect(rehearsedText('2027-01-02', today)).toBe('Rehearsed on 2027-01-02');
  });

  it('filters by words of the title or a linked question and by competency, and sorts', () => {
    const stories = [
      story('Outage', { competencies: ['ownership'], lastRehearsed: '2026-11-01', spokenSeconds: 80 }),
      story('Mentoring Ana', { competencies: ['mentoring'], questions: ['Tell me about a time you grew someone'], spokenSeconds: 120 }),
      story('Conflict with PM', { competencies: ['conflict', 'ownership'], lastRehearsed: '2026-10-01', spokenSeconds: 95 }),
    ];
    expect(visibleStories(stories, '', '', 'rehearsed').map((s) => s.title)).toEqual(['Mentoring Ana', 'Conflict with PM', 'Outage']);
    expect(visibleStories(stories, '', '', 'length').map((s) => s.title)).toEqual(['Mentoring Ana', 'Conflict with PM', 'Outage']);
    expect(visibleStories(stories, '', 'ownership', 'title').map((s) => s.title)).toEqual(['Conflict with PM', 'Outage']);
    expect(visibleStories(stories, 'grew', '', 'title').map((s) => s.title)).toEqual(['Mentoring Ana']);
    expect(visibleStories(stories, 'zzz', '', 'title')).toEqual([]);
  });

  it('knows the phase of a rehearsal from the time told', () => {
    const plan: RehearsalPlan = {
      path: 'Stories/a.md',
      title: 'A',
      targetSeconds: 90,
      outline: [],
      phases: [
        { section: 'situation', label: 'Situation', startsAtSeconds: 0, seconds: 15 },
        { section: 'task', label: 'Task', startsAtSeconds: 15, seconds: 10 },
        { section: 'action', label: 'Action', startsAtSeconds: 25, seconds: 45 },
        { section: 'result', label: 'Result', startsAtSeconds: 70, seconds: 20 },
      ],
    };
    expect(phaseAt(plan, 0)).toBe('situation');
    expect(phaseAt(plan, 14.9)).toBe('situation');
    expect(phaseAt(plan, 15)).toBe('task');
    expect(phaseAt(plan, 69)).toBe('action');
    expect(phaseAt(plan, 200)).toBe('result');
  });

  it('makes a new competency’s id from its label', () => {
    expect(idFromLabel('Customer focus')).toBe('customer-focus');
    expect(idFromLabel('  Influence & persuasion! ')).toBe('influence-and-persuasion');
    expect(idFromLabel('Café culture')).toBe('café-culture');
    expect(idFromLabel('???')).toBe('');
  });
});
