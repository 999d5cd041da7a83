import { $createCodeNode, CodeNode } from '@lexical/code';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { cleanup, render, waitFor } from '@testing-library/react';
import { $createTextNode, $getRoot } from 'lexical';
import { afterEach, expect, it } from 'vitest';
import { editorTheme } from '../editor-theme';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from './index';

afterEach(cleanup);

it('renders a code block with the theme classes of its tokens', async () => {
  const { container } = render(
    <LexicalComposer
      initialConfig={{
        namespace: 'code-highlight-plugin-test',
        theme: editorTheme,
        nodes: [CodeNode, ...CODE_HIGHLIGHT_NODES],
        onError: (error) => {
          throw error;
        },
        editorState: () => {
          $getRoot().append($createCodeNode('ts').append($createTextNode('const n: number = 1; // one')));
        },
      }}
    >
      <ContentEditable />
      <CodeHighlightPlugin />
    </LexicalComposer>,
  );
  await waitFor(() => expect(container.querySelector('.tok-keyword')?.textContent).toBe('const'));
  expect(container.querySelector('.tok-comment')?.textContent).toBe('// one');
  expect(container.querySelector('code')?.textContent).toBe('const n: number = 1; // one');
  expect(container.querySelector('code')?.getAttribute('data-highlight-language')).toBe('ts');
});
