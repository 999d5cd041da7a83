import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, COMMAND_PRIORITY_CRITICAL, type EditorState, getDOMSelectionFromTarget, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Keys act where the caret is on screen. Lexical learns of a click or a
 * native caret move (End, Home) from the next `selectionchange` event, and
 * the browser may hand over a key press before that event: Enter pressed
 * right after a click then split the block the caret had left.
 *
 * So the plugin remembers where the page's caret was when Lexical last set
 * or read it, and when a key finds it somewhere else, it gives Lexical that
 * news at once by sending the `selectionchange` the browser has yet to send. Lexical
 * reads the caret exactly as it would a moment later (the style to type in,
 * table cells, a caret it keeps between blocks); the browser's own event,
 * when it comes, finds nothing new.
 */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The page's selection is read only when a press comes (the page is laid out by then), never
    // right after a commit: reading it there lays the page out, and cost every key 1.5 ms.
    let seen: CaretPoints | null = null;
    // Lexical set or read the caret after `seen` was taken: until a press comes, the page shows Lexical's caret.
    let lexicalMovedSince = true;
    // Before a click moves the caret: where Lexical left it.
    const onPointerDown = () => {
      if (!lexicalMovedSince) return;
      seen = caretOnPage(editor.getRootElement());
      lexicalMovedSince = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      if (event.isComposing || !root) return;
      const now = caretOnPage(root);
      if (!lexicalMovedSince && now && !samePoints(now, seen)) root.ownerDocument.dispatchEvent(new Event('selectionchange'));
      seen = now;
      lexicalMovedSince = false;
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState }) => {
        if (!sameSelection(editorState, prevEditorState)) lexicalMovedSince = true;
      }),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => ((lexicalMovedSince = true), false), COMMAND_PRIORITY_CRITICAL),
      // In the capture phase: before Lexical's own handling, and before the press moves the caret.
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('keydown', onKeyDown, true);
        previous?.removeEventListener('pointerdown', onPointerDown, true);
        root?.addEventListener('keydown', onKeyDown, true);
        root?.addEventListener('pointerdown', onPointerDown, true);
      }),
    );
  }, [editor]);
  return null;
}

function sameSelection(a: EditorState, b: EditorState): boolean {
  const before = b.read($getSelection);
  const after = a.read($getSelection);
  return after === null ? before === null : after.is(before);
}

interface CaretPoints {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

function caretOnPage(root: HTMLElement | null): CaretPoints | null {
  const selection = root ? getDOMSelectionFromTarget(root) : null;
  if (!selection) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}

function samePoints(a: CaretPoints, b: CaretPoints | null): boolean {
  return b !== null && a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset;
}
