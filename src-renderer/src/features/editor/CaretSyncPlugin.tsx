import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $isTextNode, $setSelection, COMMAND_PRIORITY_CRITICAL, getDOMSelectionFromTarget, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/**
 * Keys act where the caret is on screen. Lexical learns of a click or a
 * native caret move (End, Home) from the next `selectionchange` event, and
 * the browser may hand over a key press before that event: Enter pressed
 * right after a click then split the block the caret had left. Before any
 * key is handled, the selection is taken from the page when the two differ.
 */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_DOWN_COMMAND, (event) => $syncSelectionFromPage(editor, event), COMMAND_PRIORITY_CRITICAL), [editor]);
  return null;
}

/** Never handles the key: it only makes sure that whoever does sees the caret the user sees. */
function $syncSelectionFromPage(editor: LexicalEditor, event: KeyboardEvent): false {
  if (event.isComposing) return false;
  const current = $getSelection();
  // Node and table selections are Lexical's own; the page's caret says nothing about them.
  if (current !== null && !$isRangeSelection(current)) return false;
  const onPage = $createRangeSelectionFromDom(getDOMSelectionFromTarget(event.target), editor);
  if (onPage === null) return false;
  if (current !== null && onPage.anchor.is(current.anchor) && onPage.focus.is(current.focus)) return false; // in step: keep its pending bold/italic
  const anchor = onPage.anchor.getNode();
  if (onPage.isCollapsed() && $isTextNode(anchor)) {
    // Typing goes on in the style of the text the caret moved into, as after a selectionchange.
    onPage.format = anchor.getFormat();
    onPage.style = anchor.getStyle();
  }
  $setSelection(onPage);
  return false;
}
