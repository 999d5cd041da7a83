import { describe, expect, it } from 'vitest';
import { FrontMatterEditError, setStoryFields } from './set-story-fields';
import { parseStory } from './story-file';

/**
 * What an edit changed: the text between the longest common prefix and
 * suffix of the two versions. Every byte outside it is the same.
 */
function diff(before: string, after: string): { removed: string; added: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { removed: before.slice(prefix, before.length - suffix), added: after.slice(prefix, after.length - suffix) };
}

const STORY = [
  '---',
  '# A story about the checkout outage',
  "title: 'Checkout timeouts'   # shown in the list",
  'competencies: [ownership, "customer-focus"]',
  'questions:',
  '  # the one I get asked most',
  '  - Tell me about a time you owned a problem end to end.',
  '  - "Why: did you leave?"  # tricky',
  'target: 90',
  'last_rehearsed: 2024-05-01 # first try',
  'rating: 2',
  'extra: {nested: [1, 2]}',
  '---',
  '# Checkout timeouts',
  '',
  '## Situation',
  '',
  'Text.',
  '',
].join('\n');

describe('setStoryFields', () => {
  it('keeps the comment on the line of a value it rewrites whole', () => {
    const front = (yaml: string) => `---\n${yaml}\n---\n# T\n`;
    expect(setStoryFields(front('questions: # none yet\nrating: 2'), { questions: ['Why?'] })).toBe(front('questions: # none yet\n  - Why?\nrating: 2'));
    expect(setStoryFields(front('questions: []  # later'), { questions: ['Tell me about a time you failed and what you learned from it'] })).toBe(
      front('questions: # later\n  - Tell me about a time you failed and what you learned from it'),
    );
    expect(setStoryFields(front('competencies: [a,\n  b] # keep me'), { competencies: ['a', 'b', 'c'] })).toBe(front('competencies: [a, b, c] # keep me'));
    expect(setStoryFields(front('competencies: leadership, conflict # csv'), { competencies: ['leadership'] })).toBe(front('competencies: [leadership] # csv'));
  });

  it('changes only the value of a key, keeping its comment', () => {
    const after = setStoryFields(STORY, { last_rehearsed: '2024-06-12', rating: 4 });
    expect(after).toBe(STORY.replace('2024-05-01 # first try', '2024-06-12 # first try').replace('rating: 2', 'rating: 4'));
    expect(parseStory(after, 'a.md').meta).toMatchObject({ lastRehearsed: '2024-06-12', rating: 4 });
  });

  it('keeps the quoting style of a quoted value', () => {
    expect(diff(STORY, setStoryFields(STORY, { title: "Checkout's timeouts" }))).toEqual({ removed: '', added: "''s" });
    const double = STORY.replace("'Checkout timeouts'", '"Checkout timeouts"');
    expect(setStoryFields(double, { title: 'Checkout "timeouts"' })).toBe(double.replace('"Checkout timeouts"', '"Checkout \\"timeouts\\""'));
  });

  it('quotes a plain value only when YAML needs it', () => {
    const plain = '---\ntitle: Old\n---\n';
    expect(setStoryFields(plain, { title: 'Why: a story' })).toBe('---\ntitle: "Why: a story"\n---\n');
    expect(setStoryFields(plain, { title: '#1 story' })).toBe('---\ntitle: "#1 story"\n---\n');
    expect(setStoryFields(plain, { title: '90' })).toBe('---\ntitle: "90"\n---\n');
    expect(setStoryFields(plain, { title: 'Line\nbreak' })).toBe('---\ntitle: Line break\n---\n');
  });

  it('adds a missing key at the end of the front matter, touching nothing else', () => {
    const withoutRating = STORY.replace('rating: 2\n', '');
    const after = setStoryFields(withoutRating, { rating: 5 });
    expect(after).toBe(withoutRating.replace('extra: {nested: [1, 2]}\n', 'extra: {nested: [1, 2]}\nrating: 5\n'));
  });

  it('removes a key and only its lines', () => {
    expect(diff(STORY, setStoryFields(STORY, { rating: null }))).toEqual({ removed: 'rating: 2\n', added: '' });
    const after = setStoryFields(STORY, { questions: null });
    expect(after).toBe(STORY.replace('questions:\n  # the one I get asked most\n  - Tell me about a time you owned a problem end to end.\n  - "Why: did you leave?"  # tricky\n', ''));
    expect(setStoryFields(STORY, { rating: null, last_rehearsed: null })).not.toMatch(/rating|last_rehearsed/);
  });

  it('does nothing for no changes, or for removing a key that is not there', () => {
    expect(setStoryFields(STORY, {})).toBe(STORY);
    expect(setStoryFields(STORY.replace('rating: 2\n', ''), { rating: null })).toBe(STORY.replace('rating: 2\n', ''));
    expect(setStoryFields('# No front matter\n', { rating: null })).toBe('# No front matter\n');
  });

  describe('inline lists', () => {
    it('adds an item at the end, keeping the others as written', () => {
      expect(diff(STORY, setStoryFields(STORY, { competencies: ['ownership', 'customer-focus', 'conflict'] }))).toEqual({ removed: '', added: ', conflict' });
    });

    it('removes an item', () => {
      expect(setStoryFields(STORY, { competencies: ['customer-focus'] })).toBe(STORY.replace('[ownership, "customer-focus"]', '["customer-focus"]'));
    });

    it('keeps the spacing inside the brackets', () => {
      const spaced = '---\ncompetencies: [ a, b ]\n---\n';
      expect(setStoryFields(spaced, { competencies: ['a', 'b', 'c'] })).toBe('---\ncompetencies: [ a, b, c ]\n---\n');
      expect(setStoryFields(spaced, { competencies: [] })).toBe('---\ncompetencies: []\n---\n');
    });

    it('quotes items that would break an inline list', () => {
      const flow = setStoryFields('---\nquestions: [a]\n---\n', { questions: ['a', 'Why, and how?'] });
      expect(flow).toBe('---\nquestions: [a, "Why, and how?"]\n---\n');
      expect(parseStory(flow, 'a.md').meta.questions).toEqual(['a', 'Why, and how?']);
    });
  });

  it('chooses the style of a list that was empty by its items: names inline, sentences one a line', () => {
    expect(setStoryFields('---\nquestions: []\n---\n', { questions: ['Why, and how?'] })).toBe('---\nquestions:\n  - Why, and how?\n---\n');
    expect(setStoryFields('---\ncompetencies: [ ]\n---\n', { competencies: ['conflict'] })).toBe('---\ncompetencies: [conflict]\n---\n');
  });

  describe('block lists', () => {
    it('adds an item as one new line like the others', () => {
      const after = setStoryFields(STORY, { questions: ['Tell me about a time you owned a problem end to end.', 'Why: did you leave?', 'Describe a conflict.'] });
      expect(diff(STORY, after)).toEqual({ removed: '', added: '  - Describe a conflict.\n' });
    });

    it('removes an item and its lines only, keeping the rest as written', () => {
      const after = setStoryFields(STORY, { questions: ['Why: did you leave?'] });
      expect(after).toBe(STORY.replace('  - Tell me about a time you owned a problem end to end.\n', ''));
    });

    it('moves the comment lines between items with the item below them', () => {
      const list = '---\nquestions:\n  # above a\n  - a\n  # above b\n  - b # after b\n  - c\n---\n';
      expect(setStoryFields(list, { questions: ['b', 'a'] })).toBe('---\nquestions:\n  # above a\n  # above b\n  - b # after b\n  - a\n---\n');
      expect(setStoryFields(list, { questions: ['a', 'c'] })).toBe('---\nquestions:\n  # above a\n  - a\n  - c\n---\n');
    });

    it('follows the indentation of the list', () => {
      const flush = '---\nquestions:\n- a\n- b\n---\n';
      expect(setStoryFields(flush, { questions: ['a', 'b', 'c'] })).toBe('---\nquestions:\n- a\n- b\n- c\n---\n');
    });

    it('writes an empty list inline', () => {
      expect(setStoryFields('---\nquestions:\n  - a\n  - b\nrating: 1\n---\n', { questions: [] })).toBe('---\nquestions: []\nrating: 1\n---\n');
    });
  });

  it('turns other values into the new shape', () => {
    expect(setStoryFields('---\ncompetencies: conflict\nx: 1\n---\n', { competencies: ['conflict', 'ownership'] })).toBe('---\ncompetencies: [conflict, ownership]\nx: 1\n---\n');
    expect(setStoryFields('---\ncompetencies:\nx: 1\n---\n', { competencies: ['conflict'] })).toBe('---\ncompetencies: [conflict]\nx: 1\n---\n');
    expect(setStoryFields('---\nquestions: one\n---\n', { questions: ['Tell me about a time you failed.'] })).toBe('---\nquestions:\n  - Tell me about a time you failed.\n---\n');
    expect(setStoryFields('---\ntitle: >\n  folded\n  title\nx: 1\n---\n', { title: 'New' })).toBe('---\ntitle: New\nx: 1\n---\n');
    expect(setStoryFields('---\nrating: [1, 2]\n---\n', { rating: 3 })).toBe('---\nrating: 3\n---\n');
  });

  it('fills an empty value, before a comment too', () => {
    expect(setStoryFields('---\nrating:\nx: 1\n---\n', { rating: 3 })).toBe('---\nrating: 3\nx: 1\n---\n');
    expect(setStoryFields('---\nrating: # later\n---\n', { rating: 3 })).toBe('---\nrating: 3 # later\n---\n');
  });

  it('keeps CRLF line endings, and writes new lines with them', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    const after = setStoryFields(crlf, { rating: null, target: 120, questions: ['Why: did you leave?', 'New one'], last_rehearsed: '2024-06-12' });
    expect(after).toBe(
      crlf
        .replace('rating: 2\r\n', '')
        .replace('target: 90', 'target: 120')
        .replace('  - Tell me about a time you owned a problem end to end.\r\n', '')
        .replace('  - "Why: did you leave?"  # tricky\r\n', '  - "Why: did you leave?"  # tricky\r\n  - New one\r\n')
        .replace('2024-05-01', '2024-06-12'),
    );
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const added = setStoryFields('---\r\ntitle: x\r\n---\r\nBody\r\n', { competencies: ['a', 'long competency name with spaces'] });
    expect(added).toBe('---\r\ntitle: x\r\ncompetencies:\r\n  - a\r\n  - long competency name with spaces\r\n---\r\nBody\r\n');
  });

  it('adds front matter to a file with none, after the BOM, leaving the body as it was', () => {
    const body = '\uFEFF# Title\r\n\r\n## Situation\r\n';
    expect(setStoryFields(body, { last_rehearsed: '2024-06-12', rating: 4 })).toBe('\uFEFF---\r\nlast_rehearsed: 2024-06-12\r\nrating: 4\r\n---\r\n# Title\r\n\r\n## Situation\r\n');
    expect(setStoryFields('', { rating: 1 })).toBe('---\nrating: 1\n---\n');
  });

  it('fills empty front matter', () => {
    expect(setStoryFields('---\n---\n# T\n', { rating: 1 })).toBe('---\nrating: 1\n---\n# T\n');
    expect(setStoryFields('---\n\n---\n# T\n', { rating: 1 })).toBe('---\n\nrating: 1\n---\n# T\n');
    expect(setStoryFields('\uFEFF---\n# only a comment\n---\n', { rating: 1 })).toBe('\uFEFF---\n# only a comment\nrating: 1\n---\n');
  });

  it('keeps every byte of the body, including an ellipsis closing fence', () => {
    const markdown = '---\ntitle: x\n...\n---\nnot front matter\n';
    expect(setStoryFields(markdown, { rating: 5 })).toBe('---\ntitle: x\nrating: 5\n...\n---\nnot front matter\n');
  });

  it('refuses to edit front matter it cannot read', () => {
    expect(() => setStoryFields('---\ntitle: [unclosed\n---\n', { rating: 1 })).toThrow(FrontMatterEditError);
    expect(() => setStoryFields('---\ntitle: [unclosed\n---\n', { rating: 1 })).toThrow(/not valid YAML/);
    expect(() => setStoryFields('---\n- a\n---\n', { rating: 1 })).toThrow(/not a list of "key: value" lines/);
    expect(() => setStoryFields('---\nrating: 1\nrating: 2\n---\n', { rating: 3 })).toThrow(FrontMatterEditError);
  });

  it('refuses an edit that would break the YAML: removing an anchor an alias uses', () => {
    const anchored = '---\nquestions:\n  - &first a\n  - b\nother: *first\n---\n';
    expect(() => setStoryFields(anchored, { questions: ['b', 'c'] })).toThrow(FrontMatterEditError);
    expect(setStoryFields(anchored, { rating: 2 })).toBe('---\nquestions:\n  - &first a\n  - b\nother: *first\nrating: 2\n---\n');
  });

  it('round-trips: what is written reads back', () => {
    const after = setStoryFields(STORY, {
      title: 'A: new title',
      competencies: ['conflict', 'failure-and-learning'],
      questions: ['Q1?', 'Q2, with a comma?', '42'],
      target: '2 min',
      last_rehearsed: '2024-12-31',
      rating: 5,
    });
    expect(parseStory(after, 'a.md').meta).toEqual({
      title: 'A: new title',
      competencies: ['conflict', 'failure-and-learning'],
      questions: ['Q1?', 'Q2, with a comma?', '42'],
      targetSeconds: 120,
      lastRehearsed: '2024-12-31',
      rating: 5,
    });
    expect(after).toContain('# A story about the checkout outage\n');
    expect(after).toContain('extra: {nested: [1, 2]}\n');
    expect(after.endsWith('---\n# Checkout timeouts\n\n## Situation\n\nText.\n')).toBe(true);
  });
});
