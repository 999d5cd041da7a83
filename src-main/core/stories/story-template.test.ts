import { describe, expect, it } from 'vitest';
import { coachStory } from './coach';
import { parseStory } from './story-file';
import { newStoryMarkdown, SECTION_HINTS } from './story-template';

describe('newStoryMarkdown', () => {
  it('writes front matter, the title and the sections, one empty line each', () => {
    const markdown = newStoryMarkdown({
      title: 'Checkout timeouts',
      competencies: ['ownership', 'customer-focus'],
      questions: ['Tell me about a time you owned a problem end to end.'],
    });
    expect(markdown).toBe(
      [
        '---',
        'title: Checkout timeouts',
        'competencies: [ownership, customer-focus]',
        'questions:',
        '  - Tell me about a time you owned a problem end to end.',
        'target: 90',
        '---',
        '# Checkout timeouts',
        '',
        '## Situation',
        '',
        '## Task',
        '',
        '## Action',
        '',
        '## Result',
        '',
        '## Reflection',
        '',
      ].join('\n'),
    );
  });

  it('reads back as a story with every section, empty, and the fields given', () => {
    const story = parseStory(newStoryMarkdown({ title: 'Why: the outage', competencies: [], target: '2 min' }), 'Stories/x.md');
    expect(story.meta).toEqual({ title: 'Why: the outage', competencies: [], questions: [], targetSeconds: 120, lastRehearsed: null, rating: null });
    expect(story.frontMatterError).toBeNull();
    expect(story.sections.map((section) => [section.kind, section.words])).toEqual([
      ['situation', 0],
      ['task', 0],
      ['action', 0],
      ['result', 0],
      ['reflection', 0],
    ]);
    expect(story.missing).toEqual([]);
  });

  it('writes no hint into the file: the app shows them as placeholders', () => {
    const markdown = newStoryMarkdown({ title: 'T' });
    for (const hint of Object.values(SECTION_HINTS)) expect(markdown).not.toContain(hint);
    expect(coachStory(markdown).map((finding) => finding.rule)).toEqual(['empty-section', 'empty-section', 'empty-section', 'empty-section']);
  });

  it('has a one-line hint for each section', () => {
    expect(Object.keys(SECTION_HINTS)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    for (const hint of Object.values(SECTION_HINTS)) expect(hint).toMatch(/^[A-Z][^\n]{20,80}\.$/);
  });

  it('keeps a title with YAML characters readable and exact', () => {
    const title = '"Quotes", #hash & a: colon';
    const markdown = newStoryMarkdown({ title });
    expect(parseStory(markdown, 'a.md').meta.title).toBe(title);
    expect(markdown).toContain(`\n# ${title}\n`);
  });

  it('names an untitled story and keeps a title on one line', () => {
    expect(parseStory(newStoryMarkdown({ title: '  ' }), 'a.md').meta.title).toBe('Untitled story');
    expect(newStoryMarkdown({ title: 'Two\nlines' })).toContain('\n# Two lines\n');
  });

  it('starts sections with text, and keeps a draft after the Result', () => {
    const markdown = newStoryMarkdown({ title: 'T', sections: { situation: 'Outage.', result: '3x faster.' }, draft: '- a note\n- another' });
    expect(markdown).toContain('## Situation\n\nOutage.\n\n## Task\n\n## Action\n\n## Result\n\n3x faster.\n\n## Draft\n\n- a note\n- another\n\n## Reflection\n');
    const story = parseStory(markdown, 'a.md');
    expect(story.sections.map((section) => section.heading)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Draft', 'Reflection']);
  });
});
