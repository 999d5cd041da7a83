/**
 * Keeps every code block's children tokenised for its language.
 *
 * The work runs in node transforms, i.e. inside the very update that changed
 * the block (typing, paste, a language switch, loading a document). So the
 * highlighting lands in the same editor state, commit and history entry as
 * the edit that caused it: no extra update, no tag needed, and undo never
 * shows un-highlighted text. (The one update Lexical starts by itself, to
 * highlight blocks that exist when this is registered, is tagged
 * 'history-merge' by Lexical.)
 */
import { $isCodeHighlightNode, $isCodeNode, CodeHighlightNode, CodeNode } from '@lexical/code';
import { mergeRegister, TextNode, type LexicalEditor, type NodeKey } from 'lexical';
import type { Grammar } from 'prismjs';
import { resolveGrammar } from './languages';
import { $syncCodeChildren } from './sync-children';
import { tokenizeCode, type CodeToken } from './tokens';

/** What a block's children were last made to match. */
interface SyncedBlock {
  readonly grammar: Grammar | null;
  readonly text: string;
  readonly tokens: readonly CodeToken[];
}

export function registerCodeHighlighting(editor: LexicalEditor): () => void {
  // Transforms re-run until nothing is dirty, so one edit reaches a block
  // several times in one update: from the edited leaf, from the block itself
  // once its children were spliced, and from every leaf the splice created.
  // These remember the first visit so the others cost next to nothing; they
  // describe the current update only and are cleared when it commits.
  const synced = new Map<NodeKey, SyncedBlock>();
  /** Leaves created by a sync in this update; their block is in sync already. */
  const createdLeaves = new Set<NodeKey>();

  /**
   * `trustSync`: whether a block whose text and language are what we synced
   * in this update can be skipped. True from the block's own transform: what
   * dirties it then is our splice, a language change, or a child removed (the
   * text changes); a child added is a dirty leaf and comes through $onLeaf.
   */
  function $highlight(code: CodeNode, trustSync: boolean): void {
    // Replacing the text node an IME is composing into would break the
    // composition; the leaf is dirtied again when it ends, and we run then.
    if (editor.isComposing()) return;
    const grammar = resolveGrammar(code.getLanguage());
    if (code.getIsSyntaxHighlightSupported() !== (grammar !== null)) {
      code.setIsSyntaxHighlightSupported(grammar !== null);
    }
    const text = code.getTextContent();
    const last = synced.get(code.getKey());
    const unchanged = last !== undefined && last.grammar === grammar && last.text === text;
    if (unchanged && trustSync) return;

    const tokens = unchanged ? last.tokens : tokenizeCode(text, grammar);
    for (const node of $syncCodeChildren(code, tokens)) {
      if ($isCodeHighlightNode(node)) createdLeaves.add(node.getKey());
    }
    synced.set(code.getKey(), { grammar, text, tokens });
  }

  // Typing changes only the text node, which leaves its CodeNode unmarked
  // ("unintentionally dirty"), so CodeNode transforms alone would miss it.
  function $onLeaf(node: TextNode): void {
    if (createdLeaves.delete(node.getKey())) return;
    const parent = node.getParent();
    if ($isCodeNode(parent)) $highlight(parent, false);
  }

  return mergeRegister(
    editor.registerUpdateListener(() => {
      synced.clear();
      createdLeaves.clear();
    }),
    editor.registerNodeTransform(CodeNode, (code) => $highlight(code, true)),
    editor.registerNodeTransform(CodeHighlightNode, $onLeaf),
    editor.registerNodeTransform(TextNode, $onLeaf),
  );
}
