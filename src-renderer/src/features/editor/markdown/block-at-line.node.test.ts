import { $getRoot } from 'lexical';
import { expect, it } from 'vitest';
import { $blockAtLine } from './index';
import { loadNote } from './test-helpers';

const NOTE = ['---', 'tags: [go]', '---', '# Go', '', '## Why is a goroutine cheap?', '', 'Small stacks.', '', '- What is a channel?', '  - A pipe.', ''].join('\n');

const textAt = (line: number) => {
  const { editor, doc } = loadNote(NOTE);
  return editor.read(() => $blockAtLine(doc, line)?.getTextContent() ?? null);
};

it('finds the block of a line of the file, front matter lines counted', () => {
  expect(textAt(4)).toBe('Go');
  expect(textAt(6)).toBe('Why is a goroutine cheap?');
  expect(textAt(8)).toBe('Small stacks.');
});

it('a blank line goes to the next block; a nested line to its list', () => {
  expect(textAt(7)).toBe('Small stacks.');
  expect(textAt(11)).toContain('What is a channel?');
});

it('null past the last block, and blocks added since the import are passed over', () => {
  expect(textAt(40)).toBeNull();
  const { editor, doc, edit } = loadNote(NOTE);
  edit(() => $getRoot().getFirstChild()!.remove());
  expect(editor.read(() => $blockAtLine(doc, 4)?.getTextContent())).toBe('Why is a goroutine cheap?');
});
