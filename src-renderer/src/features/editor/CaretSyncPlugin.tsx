import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, getDOMSelectionFromTarget, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Keys act where the caret is on screen. Lexical learns of a click or a
 * native caret move (End, Home) from the next `selectionchange` event, and
 * the browser may hand over a key press before that event: Enter pressed
 * right after a click then split the block the caret had left.
 *
 * So the plugin remembers where the page's caret was when Lexical last saw
 * it, and when a key finds it somewhere else, it gives Lexical that news at
 * once by sending the `selectionchange` the browser has yet to send. Lexical
 * reads the caret exactly as it would a moment later (the style to type in,
 * table cells, a caret it keeps between blocks); the browser's own event,
 * when it comes, finds nothing new.
 */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let seen: CaretPoints | null = null;
    const remember = () => {
      seen = caretOnPage(editor.getRootElement());
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      if (event.isComposing || !root) return;
      const now = caretOnPage(root);
      if (now && !samePoints(now, seen)) root.ownerDocument.dispatchEvent(new Event('selectionchange'));
    };
    return mergeRegister(
      // After a commit the page shows Lexical's selection; after a selectionchange Lexical has read the page's.
      editor.registerUpdateListener(remember),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (remember(), false), COMMAND_PRIORITY_CRITICAL),
      // In the capture phase: before Lexical's own keydown handling on the same element.
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('keydown', onKeyDown, true);
        root?.addEventListener('keydown', onKeyDown, true);
      }),
    );
  }, [editor]);
  return null;
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
