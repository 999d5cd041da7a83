/**
 * Formatting toolbar. Every button has a name and shows whether its format is
 * active at the caret; the same formats are reachable from the keyboard and
 * through Markdown shortcuts, so the toolbar is a convenience, not a gate.
 */
import { $createCodeNode } from '@lexical/code';
import { TOGGLE_LINK_COMMAND, $isLinkNode } from '@lexical/link';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  $isListNode,
  ListNode,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  INSERT_TABLE_COMMAND,
  TableCellNode,
} from '@lexical/table';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { $isCodeNode } from '@lexical/code';
import {
  Bold,
  Code,
  Highlighter,
  Italic,
  Link,
  List,
  ListChecks,
  ListOrdered,
  Minus,
  Redo2,
  Strikethrough,
  Table,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { useEffect, useState } from 'react';
import { PromptDialog } from '../../lib/Dialog';

type BlockType = 'paragraph' | HeadingTagType | 'quote' | 'code' | 'bullet' | 'number' | 'check';

const BLOCK_LABELS: Partial<Record<BlockType, string>> = {
  paragraph: 'Text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  h4: 'Heading 4',
  quote: 'Quote',
  code: 'Code block',
};

const FORMATS: { format: TextFormatType; label: string; Icon: LucideIcon; keys?: string }[] = [
  { format: 'bold', label: 'Bold', Icon: Bold, keys: 'Ctrl+B' },
  { format: 'italic', label: 'Italic', Icon: Italic, keys: 'Ctrl+I' },
  { format: 'strikethrough', label: 'Strikethrough', Icon: Strikethrough },
  { format: 'code', label: 'Inline code', Icon: Code },
  { format: 'highlight', label: 'Highlight', Icon: Highlighter },
];

const ICON = { size: 16, strokeWidth: 2, 'aria-hidden': true } as const;

interface ToolbarState {
  block: BlockType;
  formats: Set<TextFormatType>;
  link: boolean;
  /** The caret's code block language ('' for none), or null outside code. */
  codeLanguage: string | null;
  inTable: boolean;
}

/** Fence names offered for a code block; a block's own, if not listed, is offered too. */
const CODE_LANGUAGES: [fence: string, label: string][] = [
  ['', 'Plain text'],
  ['bash', 'Shell'],
  ['c', 'C'],
  ['cpp', 'C++'],
  ['cs', 'C#'],
  ['css', 'CSS'],
  ['diff', 'Diff'],
  ['go', 'Go'],
  ['html', 'HTML'],
  ['java', 'Java'],
  ['js', 'JavaScript'],
  ['json', 'JSON'],
  ['kotlin', 'Kotlin'],
  ['md', 'Markdown'],
  ['php', 'PHP'],
  ['py', 'Python'],
  ['ruby', 'Ruby'],
  ['rust', 'Rust'],
  ['sql', 'SQL'],
  ['swift', 'Swift'],
  ['ts', 'TypeScript'],
  ['tsx', 'TSX'],
  ['yaml', 'YAML'],
];

const EMPTY_STATE: ToolbarState = { block: 'paragraph', formats: new Set(), link: false, codeLanguage: null, inTable: false };

export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(readToolbarState);
          // Typing rarely changes what the toolbar shows: keep the old state so React skips the render.
          setState((previous) => (sameToolbarState(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const setBlock = (block: BlockType) =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (block === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
      else if (block === 'quote') $setBlocksType(selection, () => $createQuoteNode());
      else if (block === 'code') $setBlocksType(selection, () => $createCodeNode());
      else if (block.startsWith('h')) $setBlocksType(selection, () => $createHeadingNode(block as HeadingTagType));
    });

  const setCodeLanguage = (language: string) =>
    editor.update(() => {
      const selection = $getSelection();
      const top = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
      if ($isCodeNode(top)) top.setLanguage(language || undefined);
    });

  const [askingLink, setAskingLink] = useState(false);
  const toggleLink = () => {
    if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    else setAskingLink(true);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <button className="icon-button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        <Undo2 {...ICON} />
      </button>
      <button className="icon-button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        <Redo2 {...ICON} />
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <select
        className="block-select"
        aria-label="Block type"
        value={BLOCK_LABELS[state.block] ? state.block : 'paragraph'}
        onChange={(event) => setBlock(event.target.value as BlockType)}
      >
        {Object.entries(BLOCK_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <span className="toolbar-divider" aria-hidden="true" />
      {FORMATS.map(({ format, label, Icon, keys }) => (
        <button
          key={format}
          className="icon-button"
          aria-label={label}
          title={keys ? `${label} (${keys})` : label}
          aria-pressed={state.formats.has(format)}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          <Icon {...ICON} />
        </button>
      ))}
      <button className="icon-button" aria-label="Link" title="Link" aria-pressed={state.link} onClick={toggleLink}>
        <Link {...ICON} />
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <button className="icon-button" aria-label="Bulleted list" title="Bulleted list" aria-pressed={state.block === 'bullet'} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        <List {...ICON} />
      </button>
      <button className="icon-button" aria-label="Numbered list" title="Numbered list" aria-pressed={state.block === 'number'} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        <ListOrdered {...ICON} />
      </button>
      <button className="icon-button" aria-label="Checklist" title="Checklist" aria-pressed={state.block === 'check'} onClick={() => editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined)}>
        <ListChecks {...ICON} />
      </button>
      <button className="icon-button" aria-label="Insert table" title="Insert table" onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } })}>
        <Table {...ICON} />
      </button>
      <button className="icon-button" aria-label="Insert divider" title="Insert divider" onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}>
        <Minus {...ICON} />
      </button>
      {state.codeLanguage !== null && (
        <>
          <span className="toolbar-divider" aria-hidden="true" />
          <select className="block-select" aria-label="Code language" value={state.codeLanguage} onChange={(event) => setCodeLanguage(event.target.value)}>
            {!CODE_LANGUAGES.some(([fence]) => fence === state.codeLanguage) && <option value={state.codeLanguage}>{state.codeLanguage}</option>}
            {CODE_LANGUAGES.map(([fence, label]) => (
              <option key={fence} value={fence}>
                {label}
              </option>
            ))}
          </select>
        </>
      )}
      {state.inTable && (
        <>
          <span className="toolbar-divider" aria-hidden="true" />
          <span role="group" aria-label="Table" className="toolbar-group">
            <button className="button quiet small" onClick={() => editor.update(() => void $insertTableRowAtSelection(true))}>
              Add row
            </button>
            <button className="button quiet small" onClick={() => editor.update(() => void $insertTableColumnAtSelection(true))}>
              Add column
            </button>
            <button className="button quiet small" onClick={() => editor.update(() => $deleteTableRowAtSelection())}>
              Delete row
            </button>
            <button className="button quiet small" onClick={() => editor.update(() => $deleteTableColumnAtSelection())}>
              Delete column
            </button>
          </span>
        </>
      )}
      {askingLink && (
        <PromptDialog
          open
          title="Add a link"
          label="Address (https://… or a path in the vault)"
          initialValue=""
          submitLabel="Add link"
          onClose={() => setAskingLink(false)}
          onSubmit={async (url) => {
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
          }}
        />
      )}
    </div>
  );
}

function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.block === b.block &&
    a.link === b.link &&
    a.codeLanguage === b.codeLanguage &&
    a.inTable === b.inTable &&
    a.formats.size === b.formats.size &&
    [...a.formats].every((format) => b.formats.has(format))
  );
}

function readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_STATE;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElement() ?? anchor;
  const formats = new Set<TextFormatType>(FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f)));
  const link = $isLinkNode(anchor.getParent()) || $isLinkNode(anchor);
  let block: BlockType = 'paragraph';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) block = list.getListType();
  else if ($isHeadingNode(top)) block = top.getTag();
  else if ($isQuoteNode(top)) block = 'quote';
  else if ($isCodeNode(top)) block = 'code';
  const codeLanguage = $isCodeNode(top) ? (top.getLanguage() ?? '') : null;
  const inTable = $getNearestNodeOfType(anchor, TableCellNode) !== null || $isTableCellNode(anchor);
  return { block, formats, link, codeLanguage, inTable };
}
