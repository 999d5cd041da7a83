/** An editor with the pipeline's nodes and no DOM: for the CLI, tests and canonical forms. */
import { createHeadlessEditor } from '@lexical/headless';
import { EDITOR_NODES } from './nodes';

export function createMarkdownEditor() {
  return createHeadlessEditor({
    namespace: 'markdown',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}
