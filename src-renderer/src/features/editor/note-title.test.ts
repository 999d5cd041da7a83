import { expect, it } from 'vitest';
import { parseDocument } from './markdown';
import { opensWithTitle } from './note-title';

it('recognises a note that opens with its own title as a level-1 heading', () => {
  expect(opensWithTitle(parseDocument('---\ntags: [a]\n---\n# Event  *loop*\n\nText\n'), 'Event loop')).toBe(true);
  expect(opensWithTitle(parseDocument('## Event loop\n'), 'Event loop')).toBe(false);
  expect(opensWithTitle(parseDocument('Intro\n\n# Event loop\n'), 'Event loop')).toBe(false);
  expect(opensWithTitle(parseDocument('# Something else\n'), 'Event loop')).toBe(false);
  expect(opensWithTitle(parseDocument(''), 'Untitled')).toBe(false);
});
