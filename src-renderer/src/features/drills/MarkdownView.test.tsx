import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { deindent } from './drill-text';
import { MarkdownView } from './MarkdownView';

afterEach(cleanup);

it('renders Markdown as the editor does, read-only and not as a text box', async () => {
  const { container, queryByRole } = render(<MarkdownView markdown={deindent('\t- a **bold** point\n\t\t- nested\n\t```ts\n\tconst n = 1;\n\t```')} />);
  await waitFor(() => expect(container.querySelector('.tok-keyword')?.textContent).toBe('const'));
  expect(container.querySelector('ul.ed-ul')?.textContent).toContain('a bold point');
  expect(container.querySelector('.ed-bold, strong')?.textContent).toBe('bold');
  expect(queryByRole('textbox')).toBeNull();
  expect(container.querySelector('[contenteditable="true"]')).toBeNull();
});

it('shows new text when the Markdown changes', () => {
  const { container, rerender } = render(<MarkdownView markdown="First" />);
  expect(container.textContent).toBe('First');
  rerender(<MarkdownView markdown="Second *one*" />);
  expect(container.textContent).toBe('Second one');
});
