import { describe, expect, it } from 'vitest';
import { coachStory, type Finding } from './coach';
import { COACH_RULES, THRESHOLDS, type RuleId } from './coach-rules';
import { parseStory } from './story-file';

const FILLER_FREE_SITUATION = 'Our checkout service timed out for one in twenty shoppers during the spring sale.';
const TASK = 'I owned the checkout service that quarter and had to bring the timeouts down before the summer sale.';
const ACTION = 'I traced the slow requests to a lock held by the stock reservation query. I rewrote that query to reserve stock in batches, and I added a load test to the release pipeline.';
const RESULT = 'Timeouts fell from 5% to 0.2% and the summer sale ran without a single incident.';

interface Parts {
  situation?: string | null;
  task?: string | null;
  action?: string | null;
  result?: string | null;
  frontMatter?: string;
}

/** A story with the given section texts (null: no such section). */
function story({ situation = FILLER_FREE_SITUATION, task = TASK, action = ACTION, result = RESULT, frontMatter = 'title: Checkout timeouts' }: Parts = {}): string {
  const sections: [string, string | null][] = [
    ['Situation', situation],
    ['Task', task],
    ['Action', action],
    ['Result', result],
  ];
  const body = sections.filter(([, text]) => text !== null).map(([heading, text]) => `## ${heading}\n\n${text}\n`);
  return `---\n${frontMatter}\n---\n# Checkout timeouts\n\n${body.join('\n')}`;
}

const rules = (findings: readonly Finding[]) => findings.map((finding) => finding.rule);
const only = (markdown: string, rule: RuleId) => coachStory(markdown).filter((finding) => finding.rule === rule);
/** The text each finding of `rule` points at. */
const pointed = (markdown: string, rule: RuleId) => only(markdown, rule).map((finding) => markdown.slice(finding.at.start, finding.at.end));

describe('coachStory', () => {
  it('has nothing to say about a complete, measured, first-person story of the right length', () => {
    const long = story({
      situation: `${FILLER_FREE_SITUATION} Each timeout was a lost order, and support had a queue of angry emails.`,
      action: `${ACTION} I also paired with the on-call engineer to write a runbook, and I reviewed the next three changes to the reservation code myself. I presented the fix at the weekly architecture review so other teams could reuse the batching approach for their own queues.`,
    });
    expect(coachStory(long)).toEqual([]);
  });

  it('accepts the parsed story as well as its Markdown', () => {
    const markdown = story({ result: 'It went well.' });
    expect(coachStory(parseStory(markdown, 'a.md'))).toEqual(coachStory(markdown));
  });

  it('gives every rule a rationale and every finding its rule severity', () => {
    for (const rule of Object.values(COACH_RULES)) expect(rule.rationale.length).toBeGreaterThan(20);
    const findings = coachStory('# Nothing yet\n\nBasically it was decided.');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.severity).toBe(COACH_RULES[finding.rule].severity);
  });

  it('lists warnings first, then by line', () => {
    const findings = coachStory(story({ situation: 'I basically joined the team.', result: 'It went well.' }));
    const severities = findings.map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'warning' ? -1 : 1)));
  });
});

describe('missing and empty sections', () => {
  it('names each missing section and points where it would go', () => {
    const markdown = story({ task: null, result: null });
    const missing = only(markdown, 'missing-section');
    expect(missing.map((finding) => finding.at.section)).toEqual(['task', 'result']);
    expect(missing[0]!.message).toMatch(/^No Task section yet\./);
    const lines = markdown.split('\n');
    expect(lines[missing[0]!.at.line - 1]).toBe('## Action'); // before the next section there is
    expect(missing[1]!.at.start).toBeUndefined();
  });

  it('asks for the Result when three sections are filled (the end-to-end scenario)', () => {
    const markdown = story({ result: '' });
    expect(only(markdown, 'empty-section').map((finding) => finding.at.section)).toEqual(['result']);
    const [finding] = only(markdown, 'empty-section');
    expect(markdown.slice(finding!.at.start, finding!.at.end)).toBe('## Result');
  });

  it('reports every STAR section of a file with none', () => {
    expect(only('Just some notes about the outage.', 'missing-section')).toHaveLength(4);
  });

  it('takes a section with only code or a comment as empty, and a renamed section as present', () => {
    expect(only(story({ task: '<!-- fill in -->' }), 'empty-section').map((finding) => finding.at.section)).toEqual(['task']);
    expect(only(story({ task: '```\nnpm test\n```' }), 'empty-section').map((finding) => finding.at.section)).toEqual(['task']);
    expect(rules(coachStory(story().replace('## Result', '## Outcome')))).not.toContain('missing-section');
  });

  it('does not flag Reflection, which is optional', () => {
    expect(rules(coachStory(story()))).not.toContain('missing-section');
  });
});

describe('a Result without a measurable outcome', () => {
  it.each([
    'It went well and everyone was happy.',
    'The team was pleased with the new design.',
    'We shipped it in 2021 and customers liked it.',
    'The p95 dashboard looked much better afterwards.',
    'The Q3 review praised the launch.',
  ])('flags "%s"', (result) => {
    expect(only(story({ result }), 'result-not-measurable')).toHaveLength(1);
  });

  it.each([
    'Cut p95 latency from 800 ms to 120 ms.',
    'Deploys became 3x faster.',
    'We shipped two weeks early.',
    'Support tickets dropped by 50%.',
    'It saved $40k a year in licences.',
    'The error rate halved within a month.',
    'Onboarding now takes one day instead of five.',
  ])('accepts "%s"', (result) => {
    expect(only(story({ result }), 'result-not-measurable')).toEqual([]);
  });

  it('points at the Result heading', () => {
    const markdown = story({ result: 'It went well.' });
    const [finding] = only(markdown, 'result-not-measurable');
    expect(markdown.slice(finding!.at.start, finding!.at.end)).toBe('## Result');
    expect(finding!.at.section).toBe('result');
  });

  it('leaves an empty Result to the empty-section rule', () => {
    expect(only(story({ result: '' }), 'result-not-measurable')).toEqual([]);
  });
});

describe('"we" more than "I" in the Action', () => {
  it('flags an Action told by "we"', () => {
    const [finding] = only(story({ action: 'We looked at the logs and we found the lock. Our fix batched the reservations, and I reviewed it before we shipped it.' }), 'we-over-i');
    expect(finding!.message).toBe('The Action says "we" 4 times and "I" once. Say what you did: "I proposed…", "I wrote…".');
    expect(finding!.at.section).toBe('action');
  });

  it.each([
    ['more "I" than "we"', 'I looked at the logs and I found the lock. We agreed on batching, and I wrote the fix.'],
    ['as many "I" as "we"', 'I found the lock and we discussed it; I wrote the fix and we shipped it.'],
    ['too few pronouns to judge', 'We found the lock. Batching fixed it.'],
    ['"we" only outside the Action', 'I found the lock and I batched the reservations.'],
  ])('does not flag %s', (_, action) => {
    expect(only(story({ situation: 'We had outages. We lost orders. Our team was on call. We were tired.', action }), 'we-over-i')).toEqual([]);
  });

  it('counts contractions and typographic apostrophes', () => {
    expect(only(story({ action: "We’re blocked, we've asked, we'd waited and I’m done." }), 'we-over-i')).toHaveLength(1);
  });
});

describe('a long setup', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

  it('flags Situation and Task taking more than about a third', () => {
    const [finding] = only(story({ situation: words(40), task: words(20), action: words(50), result: `${words(9)} 5%` }), 'setup-too-long');
    expect(finding!.message).toMatch(/^Situation and Task take 50% of the story \(60 of 120 words\)/);
    expect(finding!.at.section).toBe('situation');
  });

  it('accepts a setup of a third or less', () => {
    expect(only(story({ situation: words(25), task: words(15), action: words(60), result: `${words(19)} 5%` }), 'setup-too-long')).toEqual([]);
  });

  it('does not judge a story still too short to tell', () => {
    expect(only(story({ situation: words(30), task: words(10), action: words(5), result: '5%' }), 'setup-too-long')).toEqual([]);
  });
});

describe('spoken length against the target', () => {
  const ofWords = (count: number, frontMatter?: string) => story({ action: `I ${Array.from({ length: count - 1 }, () => 'fixed').join(' ')}`, situation: '', task: '', result: '', ...(frontMatter ? { frontMatter } : {}) });

  it('flags a story over two minutes at 140 words a minute', () => {
    const [finding] = only(ofWords(300), 'too-long');
    expect(finding!.message).toMatch(/^About 2:09 spoken \(300 words at 140 a minute\): over 2:00\./);
    expect(finding!.at).toEqual({ section: null, line: 4 });
  });

  it('notes a story over its target but under two minutes', () => {
    expect(rules(coachStory(ofWords(260)))).toContain('over-target');
    expect(rules(coachStory(ofWords(260)))).not.toContain('too-long');
  });

  it('says nothing from 60 to about 100 seconds with the default 90 s target', () => {
    for (const count of [140, 210, 240]) expect(rules(coachStory(ofWords(count))).filter((rule) => ['too-long', 'over-target', 'too-short'].includes(rule))).toEqual([]);
  });

  it('flags a story far under its target', () => {
    expect(only(ofWords(90), 'too-short')).toHaveLength(1);
    expect(only(ofWords(110), 'too-short')).toEqual([]);
  });

  it('measures against the target in the front matter', () => {
    expect(only(ofWords(300, 'title: Long\ntarget: "3 min"'), 'too-long')).toEqual([]);
    expect(only(ofWords(300, 'title: Long\ntarget: "3 min"'), 'over-target')).toEqual([]);
    expect(only(ofWords(130, 'title: Short\ntarget: 45'), 'too-short')).toEqual([]);
    expect(only(ofWords(130, 'title: Short\ntarget: 45'), 'over-target')).toHaveLength(1);
  });

  it('does not count Reflection, code or comments as spoken', () => {
    const base = ofWords(200);
    const extra = `${base}\n## Reflection\n\n${'learned '.repeat(200)}\n`;
    expect(only(extra, 'too-long')).toEqual([]);
    const code = base.replace('## Result', `\`\`\`\n${'code '.repeat(200)}\n\`\`\`\n<!-- ${'note '.repeat(200)} -->\n\n## Result`);
    expect(only(code, 'too-long')).toEqual([]);
  });

  it('has nothing to say about the length of an empty story', () => {
    expect(rules(coachStory('# Empty'))).not.toContain('too-short');
  });
});

describe('filler and hedging', () => {
  it.each([
    ['basically', 'I basically rewrote the query.'],
    ['just', 'I just rewrote the query.'],
    ['kind of', 'The query was kind of slow.'],
    ['sort of', 'It sort of worked.'],
    ['I think', 'I think the lock was the problem.'],
    ['maybe', 'Maybe the lock was the problem.'],
    ['I guess', 'I guess it was the lock.'],
    ['actually', 'It was actually the lock.'],
    ['really', 'It was really slow.'],
  ])('points at "%s"', (phrase, sentence) => {
    const markdown = story({ action: `${ACTION} ${sentence}` });
    expect(pointed(markdown, 'filler').map((text) => text.toLowerCase())).toEqual([phrase.toLowerCase()]);
  });

  it.each([
    ['a word that contains one', 'I had to adjust the pool size and readjust the limits.'],
    ['"kind of" as a noun', 'I chose what kind of queue to use, and the same sort of lock.'],
    ['a hyphenated term', 'I moved to just-in-time reservations.'],
    ['fenced code', 'I ran this:\n\n```\njust maybe\n```\n\n~~~~\nbasically\n```\nstill code\n~~~~'],
    ['an HTML comment', 'I fixed it. <!-- basically just the lock -->'],
  ])('ignores %s', (_, action) => {
    expect(only(story({ action }), 'filler')).toEqual([]);
  });

  it('finds filler in every spoken section, but not in Reflection', () => {
    const markdown = `${story({ situation: 'It was basically down.', result: 'Errors really fell by 90%.' })}\n## Reflection\n\nI basically learned a lot.\n`;
    expect(only(markdown, 'filler').map((finding) => finding.at.section)).toEqual(['situation', 'result']);
  });

  it('gives the line of the phrase', () => {
    const markdown = story({ action: 'I rewrote the query.\nI basically batched it.' });
    const [finding] = only(markdown, 'filler');
    expect(markdown.split('\n')[finding!.at.line - 1]).toBe('I basically batched it.');
  });
});

describe('vague claims', () => {
  it.each(['helped with', 'was involved in', 'worked on', 'assisted', 'participated in', 'contributed to'])('points at "%s" in the Action', (phrase) => {
    expect(pointed(story({ action: `I ${phrase} the migration of the checkout database.` }), 'vague-claim')).toEqual([phrase]);
  });

  it('reads the Result too, across a line break', () => {
    expect(pointed(story({ result: 'I was involved\nin cutting errors by 90%.' }), 'vague-claim')).toEqual(['was involved\nin']);
  });

  it.each([
    ['specific verbs', 'I designed the migration, wrote the scripts and led the cut-over.'],
    ['helping someone do something', 'I helped the new engineer ship her first change.'],
    ['"worked" without "on"', 'The fix worked on the first try.'.replace('worked on', 'worked at')],
  ])('does not flag %s', (_, action) => {
    expect(only(story({ action }), 'vague-claim')).toEqual([]);
  });

  it('leaves the Situation alone: context may be vague', () => {
    expect(only(story({ situation: 'I worked on the payments team.' }), 'vague-claim')).toEqual([]);
  });
});

describe('passive voice in the Action', () => {
  it.each([
    ['was decided', 'It was decided to batch the reservations.'],
    ['were migrated', 'The tables were migrated over a weekend.'],
    ['got fixed', 'The lock got fixed in the next release.'],
    ['was quickly rolled', 'The change was quickly rolled back.'],
    ['were all rewritten', 'The queries were all rewritten.'],
    ['is built', 'The index is built nightly.'],
    ['been reviewed', 'The plan had been reviewed by security.'],
  ])('points at "%s"', (phrase, sentence) => {
    expect(pointed(story({ action: `I found the lock. ${sentence}` }), 'passive-voice')).toEqual([phrase]);
  });

  it.each([
    ['"was able"', 'I was able to reproduce the bug.'],
    ['a state', 'I was tired, so I was worried about mistakes, and I was determined to finish.'],
    ['an adjective', 'The query was slow and the lock was hot.'],
    ['"used to"', 'I was used to the old system.'],
    ['"indeed"', 'It was indeed the lock.'],
    ['a sentence break', 'The fix was. Reviewed twice, it shipped.'],
    ['an active sentence', 'I decided to batch the reservations and migrated the tables.'],
  ])('does not flag %s', (_, sentence) => {
    expect(only(story({ action: sentence }), 'passive-voice')).toEqual([]);
  });

  it('only reads the Action', () => {
    expect(only(story({ situation: 'The service was deployed twice a week.' }), 'passive-voice')).toEqual([]);
  });
});

describe('too many competencies', () => {
  it('flags more than the threshold, pointing at the key', () => {
    const markdown = story({ frontMatter: 'title: All of it\ncompetencies: [leadership, ownership, conflict, ambiguity, mentoring]' });
    const [finding] = only(markdown, 'too-many-competencies');
    expect(THRESHOLDS.maxCompetencies).toBe(4);
    expect(finding!.message).toMatch(/^Linked to 5 competencies\./);
    expect(finding!.at).toEqual({ section: null, line: 3 });
  });

  it('flags competencies from too many unrelated areas, even a few', () => {
    const markdown = story({ frontMatter: 'title: Stretched\ncompetencies: [leadership, conflict, failure-and-learning, customer-focus]' });
    const [finding] = only(markdown, 'too-many-competencies');
    expect(THRESHOLDS.maxUnrelatedAreas).toBe(3);
    expect(finding!.message).toMatch(/^Linked to 4 competencies in 4 unrelated areas\./);
  });

  it('accepts related competencies up to the threshold', () => {
    const markdown = story({ frontMatter: 'title: Delivery\ncompetencies: [ownership, delivering-results, prioritisation-under-pressure, ambiguity]' });
    expect(only(markdown, 'too-many-competencies')).toEqual([]);
  });

  it('accepts up to the threshold, counting a name written twice once', () => {
    const markdown = story({ frontMatter: 'title: Some\ncompetencies: [leadership, ownership, conflict, ambiguity, Conflict]' });
    expect(only(markdown, 'too-many-competencies')).toEqual([]);
  });
});

describe('bad input', () => {
  it('coaches a file with no front matter and sections out of order', () => {
    const markdown = '## Result\n\nIt went well.\n\n## Situation\n\nWe had outages.\n';
    expect(new Set(rules(coachStory(markdown)))).toEqual(new Set(['missing-section', 'result-not-measurable', 'too-short']));
  });

  it('stays linear on pathological lines: long runs of blanks, marks and digits', () => {
    const blanks = ' '.repeat(100_000);
    const markdown = story({
      situation: `a${blanks}b`,
      task: `## ${'#'.repeat(5)}${blanks}x${blanks}`,
      action: `${'**'.repeat(20_000)} ${'<a'.repeat(20_000)} ${'](('.repeat(20_000)} kind${blanks}of`,
      result: `${'1'.repeat(50_000)}x ${'.'.repeat(50_000)}`,
    });
    expect(coachStory(markdown).length).toBeGreaterThan(0);
  });

  it('coaches a story of 10,000 words', () => {
    const sentence = 'I basically rewrote the reservation query and it was decided that we would ship it in 3 days. ';
    const markdown = story({ action: sentence.repeat(550) });
    const findings = coachStory(markdown);
    expect(findings.filter((finding) => finding.rule === 'filler')).toHaveLength(550);
    expect(findings.filter((finding) => finding.rule === 'passive-voice')).toHaveLength(550);
    expect(rules(findings)).toContain('too-long');
  });
});
