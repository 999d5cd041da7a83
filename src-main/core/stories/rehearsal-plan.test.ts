import { describe, expect, it } from 'vitest';
import { outlinePoints, phaseTimes, rehearsalPlan } from './rehearsal-plan';

describe('phaseTimes', () => {
  it('splits 90 s as 15, 10, 45 and 20 s', () => {
    expect(phaseTimes(90).map((phase) => [phase.section, phase.startsAtSeconds, phase.seconds])).toEqual([
      ['situation', 0, 15],
      ['task', 15, 10],
      ['action', 25, 45],
      ['result', 70, 20],
    ]);
  });

  it.each([1, 7, 45, 61, 89, 120, 121, 333, 3600])('adds up to the target of %i s exactly, each phase starting where the last ended', (target) => {
    const phases = phaseTimes(target);
    expect(phases.reduce((sum, phase) => sum + phase.seconds, 0)).toBe(target);
    phases.forEach((phase, i) => expect(phase.startsAtSeconds).toBe(i === 0 ? 0 : phases[i - 1]!.startsAtSeconds + phases[i - 1]!.seconds));
    for (const phase of phases) expect(phase.seconds).toBeGreaterThanOrEqual(0);
  });

  it('keeps the proportions at other lengths', () => {
    expect(phaseTimes(180).map((phase) => phase.seconds)).toEqual([30, 20, 90, 40]);
    expect(phaseTimes(60).map((phase) => phase.seconds)).toEqual([10, 7, 30, 13]);
  });
});

describe('outlinePoints', () => {
  it('takes list items whole (with their continuation lines) and paragraphs by sentence, at most three', () => {
    expect(outlinePoints('- Wrote a plan with the risks, and got it\n  reviewed by two engineers.\n- Set up dual writes.\n- Rehearsed.\n- Sent notes.')).toEqual([
      'Wrote a plan with the risks, and got it reviewed by two engineers.',
      'Set up dual writes.',
      'Rehearsed.',
    ]);
    expect(outlinePoints('We shipped. Latency fell.\n\nNobody was paged.')).toEqual(['We shipped.', 'Latency fell.', 'Nobody was paged.']);
  });

  it('strips Markdown marks and clips long points at a word', () => {
    expect(outlinePoints('1. **Measured** the `p95` of [the API]\n> - _Cut_ the __slowest__ ~~three~~ joins\n- [x] snake_case stays')).toEqual([
      'Measured the p95 of the API',
      'Cut the slowest three joins',
      'snake_case stays',
    ]);
    const [long] = outlinePoints(`${'word '.repeat(60)}end.`);
    expect(long!.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^word( word)*…$/);
  });

  it('has no points for an empty section', () => {
    expect(outlinePoints('\n\n')).toEqual([]);
  });
});

describe('rehearsalPlan', () => {
  it('outlines what is said aloud: no comments, code or link targets; a missing section has no points', () => {
    const story = [
      '---',
      'title: Cut the build time',
      'target: 2 min',
      '---',
      '## Situation',
      '<!-- remember to mention the CI bill -->',
      'Builds took [40 minutes](https://ci.example.com/builds).',
      '```sh',
      'make all',
      '```',
      '## Action',
      '**Result:** Builds take 6 minutes.',
      '',
    ].join('\n');
    const plan = rehearsalPlan('Stories/build.md', story);
    expect(plan).toMatchObject({ path: 'Stories/build.md', title: 'Cut the build time', targetSeconds: 120 });
    expect(plan.outline).toEqual([
      { section: 'situation', label: 'Situation', points: ['Builds took 40 minutes.'] },
      { section: 'task', label: 'Task', points: [] },
      { section: 'action', label: 'Action', points: [] },
      { section: 'result', label: 'Result', points: ['Builds take 6 minutes.'] },
    ]);
  });
});
