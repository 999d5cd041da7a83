import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { CODE_HIGHLIGHT_NODES, registerCodeHighlighting } from '../code-highlight';
import { $exportDocument, $importDocument, EDITOR_NODES, parseDocument } from './index';

function liveLikeEditor() {
  const editor = createHeadlessEditor({
    nodes: [...EDITOR_NODES, ...CODE_HIGHLIGHT_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerCodeHighlighting(editor);
  return editor;
}

function $firstText(node: LexicalNode): LexicalNode | undefined {
  if ($isTextNode(node)) return node;
  if ($isElementNode(node)) for (const child of node.getChildren()) {
    const found = $firstText(child);
    if (found) return found;
  }
  return undefined;
}

describe('blocks re-created without an edit keep their source', () => {
  it('a note whose code blocks were re-tokenised by highlighting is written back byte for byte', () => {
    const source = 'Intro\n\n    indented();\n    code()\n\n~~~~js title="x"\nconst a = "b";\n~~~~\n\n```ts\nlet x: number = 1\n```\n';
    const editor = liveLikeEditor();
    const doc = parseDocument(source);
    editor.update(() => $importDocument(doc), { discrete: true });
    editor.update(() => undefined, { discrete: true }); // let the highlighting transforms settle
    const highlighted = editor.read(() => $getRoot().getChildren().some((n) => $isElementNode(n) && n.getChildren().some((c) => c.getType() === 'code-highlight')));
    expect(highlighted).toBe(true);
    expect(editor.read(() => $exportDocument(doc))).toBe(source);
  });

  it('an edit typed and then removed by hand gives the original bytes back', () => {
    const source = 'Some __strong__ text with a hard  \nbreak.\n\nNext block.\n';
    const editor = liveLikeEditor();
    const doc = parseDocument(source);
    editor.update(() => $importDocument(doc), { discrete: true });
    editor.update(() => {
      const text = $firstText($getRoot().getFirstChildOrThrow())!;
      const node = text as unknown as { getTextContent(): string; setTextContent(t: string): void };
      const original = node.getTextContent();
      node.setTextContent(original + '!');
      node.setTextContent(original);
    }, { discrete: true });
    expect(editor.read(() => $exportDocument(doc))).toBe(source);
  });

  it('a real edit is still written', () => {
    const source = '```js\nconst a = 1;\n```\n\nAfter.\n';
    const editor = liveLikeEditor();
    const doc = parseDocument(source);
    editor.update(() => $importDocument(doc), { discrete: true });
    editor.update(() => {
      const code = $getRoot().getFirstChildOrThrow();
      const text = $firstText(code)!;
      (text as unknown as { setTextContent(t: string): void }).setTextContent('let');
    }, { discrete: true });
    const written = editor.read(() => $exportDocument(doc));
    expect(written).not.toBe(source);
    expect(written.endsWith('\n\nAfter.\n')).toBe(true);
  });
});
