import { describe, expect, it } from 'vitest';
import { parseStory, type StorySection } from './story-file';
import { parseTargetSeconds } from './story-meta';

const kinds = (sections: readonly StorySection[]) => sections.map((section) => section.kind);
const section = (markdown: string, kind: StorySection['kind'], index = 0) => parseStory(markdown, 'a.md').sections.filter((s) => s.kind === kind)[index]!;

const STORY = [
  '---',
  'title: Checkout timeouts',
  'competencies: [ownership, customer-focus]',
  'questions:',
  '  - Tell me about a time you owned a problem end to end.',
  'target: 2 min',
  'last_rehearsed: 2024-05-31',
  'rating: 4',
  '---',
  '# Checkout timeouts at scale',
  '',
  '## Situation',
  '',
  'Checkout timed out for one in twenty shoppers.',
  '',
  '## Task',
  'I had to fix it before the sale.',
  '## Action',
  '',
  'I traced the lock and batched the reservations.',
  '',
  '### Step 2',
  '',
  'I added a load test.',
  '',
  '## Result',
  '',
  'Timeouts fell from 5% to 0.2%.',
  '',
  '## Reflection',
  '',
  'Load tests belong in the pipeline.',
  '',
].join('\n');

describe('parseStory: front matter', () => {
  it('reads every field', () => {
    const story = parseStory(STORY, 'Stories/checkout.md');
    expect(story.meta).toEqual({
      title: 'Checkout timeouts',
      competencies: ['ownership', 'customer-focus'],
      questions: ['Tell me about a time you owned a problem end to end.'],
      targetSeconds: 120,
      lastRehearsed: '2024-05-31',
      rating: 4,
    });
    expect(story.frontMatterError).toBeNull();
    expect(story.fieldErrors).toEqual([]);
    expect(story.keyLines).toEqual({ title: 2, competencies: 3, questions: 4, target: 6, last_rehearsed: 7, rating: 8 });
  });

  it('has defaults for missing keys, and the title falls back to the first heading, then the file name', () => {
    const story = parseStory('---\nother: 1\n---\n# From the heading\n\n## Situation\n', 'Stories/x.md');
    expect(story.meta).toEqual({ title: 'From the heading', competencies: [], questions: [], targetSeconds: 90, lastRehearsed: null, rating: null });
    expect(parseStory('## Situation\n\nText.\n', 'Stories/The outage.md').meta.title).toBe('The outage');
    expect(parseStory('---\ntitle: ""\n---\n# Heading *title*\n', 'a.md').meta.title).toBe('Heading *title*');
  });

  it('reports values it cannot read and uses the default instead', () => {
    const story = parseStory('---\ntitle: [a]\ncompetencies: {a: 1}\nquestions: 3\ntarget: soon\nlast_rehearsed: yesterday\nrating: 7\n---\n# T\n', 'a.md');
    expect(story.meta).toEqual({ title: 'T', competencies: [], questions: [], targetSeconds: 90, lastRehearsed: null, rating: null });
    expect(story.fieldErrors.map((error) => error.key)).toEqual(['title', 'competencies', 'questions', 'target', 'last_rehearsed', 'rating']);
    expect(story.fieldErrors.find((error) => error.key === 'target')!.message).toBe('target "soon" is not a length like 90, "90s", "1:30" or "2 min"; 90 s is used.');
  });

  it('reads lists written as one text', () => {
    const story = parseStory('---\ncompetencies: conflict, ownership\nquestions: Why did you leave, after all?\nrating: "3"\n---\n', 'a.md');
    expect(story.meta.competencies).toEqual(['conflict', 'ownership']);
    expect(story.meta.questions).toEqual(['Why did you leave, after all?']);
    expect(story.meta.rating).toBe(3);
  });

  it.each([
    [90, 90],
    ['90', 90],
    ['90s', 90],
    ['90 sec', 90],
    ['90 seconds', 90],
    ['1:30', 90],
    ['2 min', 120],
    ['2min', 120],
    ['1.5 minutes', 90],
    ['1 min 30 s', 90],
    ['1m30s', 90],
    [' 75 ', 75],
  ])('reads the target %j as %i seconds', (value, seconds) => {
    expect(parseTargetSeconds(value)).toBe(seconds);
  });

  it.each([['soon'], [''], [0], [-5], [7200], ['1:75'], [Number.NaN], [null], [true]])('rejects the target %j', (value) => {
    expect(parseTargetSeconds(value)).toBeNull();
  });

  it('accepts a date with a time after it, and no impossible date', () => {
    expect(parseStory('---\nlast_rehearsed: 2024-05-31T10:00:00Z\n---\n', 'a.md').meta.lastRehearsed).toBe('2024-05-31');
    expect(parseStory('---\nlast_rehearsed: 2024-02-30\n---\n', 'a.md').meta.lastRehearsed).toBeNull();
  });

  it('still parses with broken YAML, saying why', () => {
    const story = parseStory('---\ntitle: [unclosed\nrating: 3\n---\n# Heading\n\n## Situation\n\nText here.\n', 'a.md');
    expect(story.frontMatterError).toMatch(/^The front matter is not valid YAML: /);
    expect(story.meta.title).toBe('Heading');
    expect(story.meta.rating).toBeNull();
    expect(section(story.text, 'situation').body).toBe('Text here.');
  });

  it('says so when an alias has no anchor', () => {
    expect(parseStory('---\ntitle: *nowhere\n---\n# T\n', 'a.md').frontMatterError).toMatch(/^The front matter could not be read: /);
  });

  it('says so when the front matter is not a map', () => {
    expect(parseStory('---\n- a\n- b\n---\n', 'a.md').frontMatterError).toBe('The front matter is not a list of "key: value" lines.');
  });

  it('takes a file with no front matter, or an empty one, as having none to read', () => {
    for (const markdown of ['', '# Only a title\n', '---\n---\n# T\n', '---\n\n---\n']) {
      const story = parseStory(markdown, 'a.md');
      expect(story.frontMatterError).toBeNull();
      expect(story.meta.targetSeconds).toBe(90);
    }
  });
});

describe('parseStory: sections', () => {
  it('finds the STAR sections with their lines, offsets, text and words', () => {
    const story = parseStory(STORY, 'a.md');
    expect(kinds(story.sections)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(story.titleLine).toBe(10);
    const situation = story.sections[0]!;
    expect(situation).toMatchObject({ heading: 'Situation', headingLine: 12, bodyLines: { from: 13, to: 15 }, body: 'Checkout timed out for one in twenty shoppers.', words: 8 });
    expect(STORY.slice(situation.bodyStart, situation.bodyEnd)).toBe('\nCheckout timed out for one in twenty shoppers.\n\n');
    expect(story.sections[1]).toMatchObject({ headingLine: 16, bodyLines: { from: 17, to: 17 }, body: 'I had to fix it before the sale.' });
    // A deeper heading inside a section is part of it.
    expect(story.sections[2]).toMatchObject({ headingLine: 18, bodyLines: { from: 19, to: 25 }, words: 15 });
    expect(story.sections[2]!.body).toBe('I traced the lock and batched the reservations.\n\n### Step 2\n\nI added a load test.');
    expect(story.sections[4]).toMatchObject({ headingLine: 30, bodyLines: { from: 31, to: 32 } });
    expect(story.missing).toEqual([]);
    expect(story.outOfOrder).toBe(false);
    // Reflection is not told.
    expect(story.words).toBe(8 + 8 + 15 + 7);
  });

  it.each([
    ['### situation', 'situation'],
    ['## SITUATION', 'situation'],
    ['## S — Situation', 'situation'],
    ['## S - Situation', 'situation'],
    ['## (T) Task', 'task'],
    ['## Situation:', 'situation'],
    ['## Task (10 s)', 'task'],
    ['## Task - what I owned', 'task'],
    ['## Actions', 'action'],
    ['## What I did', 'action'],
    ['## Outcome', 'result'],
    ['## Result — shipped', 'result'],
    ['## 4. Result', 'result'],
    ['## 🎯 Result', 'result'],
    ['## **Result**', 'result'],
    ['## Result ##', 'result'],
    ['## Lessons learned', 'reflection'],
    ['## Context', 'situation'],
    ['# Action', 'action'],
    ['## S', 'situation'],
    ['### R', 'result'],
  ])('reads "%s" as %s', (heading, kind) => {
    expect(kinds(parseStory(`# Title\n\n${heading}\n\nText.\n`, 'a.md').sections)).toEqual([kind]);
  });

  it('takes a one-letter top-level heading as the title, not a section', () => {
    const story = parseStory('# A\n\n## Situation\n', 'a.md');
    expect(story.meta.title).toBe('A');
    expect(kinds(story.sections)).toEqual(['situation']);
  });

  it.each(['## Action items', '## Action-oriented thinking', '## Tasks for later', '## Situational awareness', '## Notes'])('keeps "%s" as another section', (heading) => {
    expect(kinds(parseStory(`# Title\n\n${heading}\n\nText.\n`, 'a.md').sections)).toEqual(['other']);
  });

  it('reads bold labels at the start of a line as sections', () => {
    const markdown = '# Title\n\n**Situation:** Checkout timed out.\n**Task**: Fix it.\n\n**Action**\n\nI batched the reservations.\n\n**Result:** 5% to 0.2%.\n';
    const story = parseStory(markdown, 'a.md');
    expect(kinds(story.sections)).toEqual(['situation', 'task', 'action', 'result']);
    expect(story.sections[0]).toMatchObject({ heading: 'Situation', headingLine: 3, bodyLines: { from: 3, to: 3 }, body: 'Checkout timed out.', words: 3 });
    expect(story.sections[2]).toMatchObject({ headingLine: 6, body: 'I batched the reservations.' });
  });

  it('does not take emphasis, or a label repeating its own section, as a new section', () => {
    const markdown = '## Situation\n\n**Situation:** the outage.\n\n**Result** was not clear yet, **Action:** none.\n';
    expect(kinds(parseStory(markdown, 'a.md').sections)).toEqual(['situation']);
  });

  it('reports missing and out-of-order sections without throwing, and keeps the others', () => {
    const markdown = '# T\n\n## Result\n\nIt worked, 3x.\n\n## Notes for me\n\nRemember the graph.\n\n## Situation\n\nOutage.\n';
    const story = parseStory(markdown, 'a.md');
    expect(kinds(story.sections)).toEqual(['result', 'other', 'situation']);
    expect(story.sections[1]).toMatchObject({ heading: 'Notes for me', words: 3 });
    expect(story.missing).toEqual(['task', 'action']);
    expect(story.outOfOrder).toBe(true);
    expect(story.words).toBe(3 + 3 + 1); // other sections count toward the length
  });

  it('keeps text before the first section as another section', () => {
    const story = parseStory('---\ntitle: x\n---\n# Title\n\nA one-line summary.\n\n## Situation\n\nText.\n', 'a.md');
    expect(story.sections[0]).toMatchObject({ kind: 'other', heading: '', headingLine: null, bodyLines: { from: 5, to: 7 }, body: 'A one-line summary.', words: 3 });
    expect(story.titleLine).toBe(4);
  });

  it('treats a second top-level heading after the sections as a section, not a title', () => {
    const story = parseStory('## Situation\n\nText.\n\n# Appendix\n\nMore.\n', 'a.md');
    expect(story.titleLine).toBeNull();
    expect(kinds(story.sections)).toEqual(['situation', 'other']);
  });

  it('ignores headings in fenced code and in HTML comments', () => {
    const markdown = '## Situation\n\n```md\n## Task\n```\n\n<!--\n## Action\n-->\n\n~~~\n## Result\n~~~\n';
    const story = parseStory(markdown, 'a.md');
    expect(kinds(story.sections)).toEqual(['situation']);
    expect(story.sections[0]!.words).toBe(0);
  });

  it('does not count code, comments, link targets and tags as words', () => {
    const body = 'I read [the guide](https://example.com/a/very/long/path) <br> twice. <!-- not said --> Done.\n\n```\nconst x = 1;\n```';
    expect(section(`## Action\n\n${body}\n`, 'action').words).toBe(6);
  });

  it('gives the same lines and offsets in a CRLF file with a BOM', () => {
    const crlf = `\uFEFF${STORY.replace(/\n/g, '\r\n')}`;
    const story = parseStory(crlf, 'a.md');
    expect(story.meta.title).toBe('Checkout timeouts');
    expect(kinds(story.sections)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    const situation = story.sections[0]!;
    expect(situation).toMatchObject({ headingLine: 12, bodyLines: { from: 13, to: 15 }, body: 'Checkout timed out for one in twenty shoppers.', words: 8 });
    expect(crlf.slice(situation.bodyStart, situation.bodyEnd)).toBe('\r\nCheckout timed out for one in twenty shoppers.\r\n\r\n');
  });

  it('reads a story with a BOM and no front matter', () => {
    const story = parseStory('\uFEFF# Title\n\n## Situation\n\nText.', 'a.md');
    expect(story.meta.title).toBe('Title');
    expect(story.sections[0]).toMatchObject({ kind: 'situation', headingLine: 3, bodyLines: { from: 4, to: 5 }, body: 'Text.' });
  });

  it('gives a heading on the last line an empty body', () => {
    const story = parseStory('## Situation\n\nText.\n\n## Task', 'a.md');
    expect(story.sections[1]).toMatchObject({ kind: 'task', headingLine: 5, bodyLines: { from: 6, to: 5 }, body: '', words: 0 });
  });

  it('parses an empty file', () => {
    const story = parseStory('', 'Stories/empty.md');
    expect(story).toMatchObject({ sections: [], missing: ['situation', 'task', 'action', 'result'], words: 0, titleLine: null });
    expect(story.meta.title).toBe('empty');
  });

  it('parses a story of 10,000 words', () => {
    const paragraph = `${'word '.repeat(99)}end.\n\n`;
    const markdown = `# Long\n\n## Situation\n\n${paragraph.repeat(20)}## Action\n\n${paragraph.repeat(60)}## Result\n\n${paragraph.repeat(20)}`;
    const story = parseStory(markdown, 'a.md');
    expect(story.words).toBe(10_000);
    expect(story.sections.map((s) => s.words)).toEqual([2000, 6000, 2000]);
  });
});
