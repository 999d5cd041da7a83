import { $createCodeNode, $isCodeHighlightNode, $isCodeNode, CodeNode } from '@lexical/code';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isLineBreakNode,
  $isRangeSelection,
  $isTabNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
  UNDO_COMMAND,
} from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_HIGHLIGHT_NODES, registerCodeHighlighting } from './index';

let editor: LexicalEditor;
let unregister: () => void;

beforeEach(() => {
  editor = createHeadlessEditor({
    namespace: 'code-highlight-test',
    nodes: [CodeNode, ...CODE_HIGHLIGHT_NODES],
    onError: (error) => {
      throw error;
    },
  });
  unregister = registerCodeHighlighting(editor);
});

afterEach(() => unregister());

function update(fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** Commits updates Lexical queued by itself (on registering, on undo). */
function flush(): void {
  update(() => {});
}

/** Puts one code block holding `code` as a single plain text node into the editor. */
function setCode(code: string, language?: string): void {
  update(() => {
    $getRoot().clear().append($createCodeNode(language).append($createTextNode(code)));
  });
}

function read<T>(fn: (code: CodeNode) => T): T {
  return editor.getEditorState().read(() => {
    const code = $getRoot().getFirstChild();
    if (!$isCodeNode(code)) throw new Error('expected a code block');
    return fn(code);
  });
}

interface Highlighted {
  text: string;
  type: string | null | undefined;
}
type Piece = '\n' | '\t' | Highlighted;

/** The block's children: '\n' for a line break, '\t' for a tab, text and type for highlighted text. */
function pieces(): Piece[] {
  return read((code) =>
    code.getChildren().map((child: LexicalNode): Piece => {
      if ($isLineBreakNode(child)) return '\n';
      if ($isTabNode(child)) return '\t';
      if ($isCodeHighlightNode(child)) return { text: child.getTextContent(), type: child.getHighlightType() };
      throw new Error(`unexpected ${child.getType()} in a code block`);
    }),
  );
}

/** The highlighted piece whose text is exactly `text`. */
const pieceOf = (text: string) =>
  pieces().find((piece): piece is Highlighted => typeof piece !== 'string' && piece.text === text);
const childKeys = () => read((code) => code.getChildren().map((child) => child.getKey()));

/** Collapses the caret at `offset` characters into the block's text. */
function placeCaret(offset: number): void {
  update(() => {
    let remaining = offset;
    for (const child of $getRoot().getFirstChildOrThrow<CodeNode>().getChildren()) {
      const size = child.getTextContentSize();
      if ($isTextNode(child) && remaining <= size) {
        child.select(remaining, remaining);
        return;
      }
      remaining -= size;
    }
    throw new Error('offset past the end of the block');
  });
}

function type(text: string): void {
  update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no caret');
    selection.insertText(text);
  });
}

/** The caret as a character offset into the block's text. */
function caretOffset(): number {
  return read((code) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) throw new Error('no caret');
    const { key, offset, type: pointType } = selection.anchor;
    const children = code.getChildren();
    const index = pointType === 'element' ? offset : children.findIndex((child) => child.getKey() === key);
    const before = children.slice(0, index).reduce((sum, child) => sum + child.getTextContentSize(), 0);
    return before + (pointType === 'text' ? offset : 0);
  });
}

describe('registerCodeHighlighting', () => {
  it('gives a JavaScript block keyword and string tokens', () => {
    setCode('const greeting = "hello";', 'js');
    expect(pieceOf('const')).toEqual({ text: 'const', type: 'keyword' });
    expect(pieceOf('"hello"')).toEqual({ text: '"hello"', type: 'string' });
    expect(read((code) => code.getIsSyntaxHighlightSupported())).toBe(true);
  });

  it('keeps the text content exactly the code', () => {
    const code = 'function f(a) {\n\tif (a) return "x\\ty";\n\n\treturn 1; // done\n}\n';
    setCode(code, 'javascript');
    expect(pieceOf('function')?.type).toBe('keyword');
    expect(read((node) => node.getTextContent())).toBe(code);
  });

  it('keeps line breaks and tabs as their own nodes', () => {
    setCode('if (a) {\n\treturn 1;\n}', 'ts');
    const all = pieces();
    expect(all.filter((piece) => piece === '\n')).toHaveLength(2);
    expect(all.filter((piece) => piece === '\t')).toHaveLength(1);
    expect(all.indexOf('\t')).toBe(all.indexOf('\n') + 1);
    expect(pieceOf('return')?.type).toBe('keyword');
  });

  it.each([['cobol'], [undefined]])('leaves a block in language %s as plain text', (language) => {
    setCode('MOVE "A" TO B.\n\tSTOP RUN.', language);
    expect(pieces()).toEqual([
      { text: 'MOVE "A" TO B.', type: undefined },
      '\n',
      '\t',
      { text: 'STOP RUN.', type: undefined },
    ]);
    expect(read((code) => code.getIsSyntaxHighlightSupported())).toBe(false);
  });

  it('re-highlights as the text is edited, keeping the caret in place', () => {
    setCode('cons x = 1;', 'js');
    expect(pieceOf('cons')?.type).toBeUndefined();
    placeCaret(4);
    type('t');
    expect(pieceOf('const')?.type).toBe('keyword');
    expect(caretOffset()).toBe(5);
    type(' y = "a');
    expect(read((code) => code.getTextContent())).toBe('const y = "a x = 1;');
    expect(caretOffset()).toBe(12);
    type('"');
    expect(pieceOf('"a"')?.type).toBe('string');
    expect(caretOffset()).toBe(13);
  });

  it('keeps the caret after a line break typed mid-line', () => {
    setCode('let a = 1; let b = 2;', 'js');
    placeCaret('let a = 1;'.length);
    update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      selection.insertLineBreak();
    });
    expect(read((code) => code.getTextContent())).toBe('let a = 1;\n let b = 2;');
    expect(caretOffset()).toBe('let a = 1;\n'.length);
  });

  it('turns pasted text, tabs and line breaks into highlighted pieces', () => {
    setCode('', 'py');
    update(() => $getRoot().getFirstChildOrThrow<CodeNode>().select(0, 0));
    update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      selection.insertRawText('def f():\n\treturn None');
    });
    expect(read((code) => code.getTextContent())).toBe('def f():\n\treturn None');
    expect(pieceOf('def')?.type).toBe('keyword');
    expect(pieces()).toContain('\t');
    expect(caretOffset()).toBe('def f():\n\treturn None'.length);
  });

  it('keeps the caret on an empty line while every node around it is replaced', () => {
    setCode('if\n\nfor', 'js');
    update(() => $getRoot().getFirstChildOrThrow<CodeNode>().select(2, 2)); // between the two line breaks
    const keys = childKeys();
    update(() => $getRoot().getFirstChildOrThrow<CodeNode>().setLanguage('text'));
    expect(childKeys()[0]).not.toBe(keys[0]);
    expect(caretOffset()).toBe('if\n'.length);
  });

  it('re-highlights when the language changes, and drops types when it goes', () => {
    setCode('def f(): pass', 'py');
    expect(pieceOf('def')?.type).toBe('keyword');
    update(() => $getRoot().getFirstChildOrThrow<CodeNode>().setLanguage('unknown'));
    expect(pieces()).toEqual([{ text: 'def f(): pass', type: undefined }]);
  });

  it('replaces no nodes when the tokens are unchanged', () => {
    setCode('let a = [1, 2];\nlet b = a;', 'js');
    const keys = childKeys();
    update(() => $getRoot().getFirstChildOrThrow<CodeNode>().markDirty());
    expect(childKeys()).toEqual(keys);
  });

  it('replaces only the tokens an edit changed', () => {
    setCode('let total = 1;\nlet other = 2;', 'js');
    const before = childKeys();
    placeCaret('let total'.length);
    type('s');
    const after = childKeys();
    expect(read((code) => code.getTextContent())).toBe('let totals = 1;\nlet other = 2;');
    expect(after.at(-1)).toBe(before.at(-1));
    expect(after[0]).toBe(before[0]);
  });

  it('makes an edit and its highlighting a single undo step', () => {
    const unregisterHistory = registerHistory(editor, createEmptyHistoryState(), 0);
    setCode('let x', 'js');
    placeCaret(5);
    type(' = "s"');
    expect(pieceOf('"s"')?.type).toBe('string');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    flush();
    expect(pieces()).toEqual([
      { text: 'let', type: 'keyword' },
      { text: ' x', type: undefined },
    ]);
    unregisterHistory();
  });

  it('highlights a 500-line block', () => {
    const line = '\tconst value = compute("text", 42); // comment';
    const code = Array.from({ length: 500 }, () => line).join('\n');
    setCode(code, 'js');
    expect(read((node) => node.getTextContent())).toBe(code);
    expect(pieces().filter((piece) => typeof piece !== 'string' && piece.type === 'keyword')).toHaveLength(500);
    placeCaret(code.length);
    type(';');
    expect(read((node) => node.getTextContent())).toBe(`${code};`);
  });

  it('stops highlighting when unregistered', () => {
    unregister();
    setCode('const a = 1;', 'js');
    expect(read((code) => code.getChildren().some((child) => $isCodeHighlightNode(child)))).toBe(false);
    unregister = () => {};
  });
});

describe('registering on an editor that already has code', () => {
  it('highlights the existing blocks', () => {
    unregister();
    setCode('return null;', 'js');
    unregister = registerCodeHighlighting(editor);
    flush();
    expect(pieceOf('return')?.type).toBe('keyword');
  });
});
