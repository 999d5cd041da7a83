/**
 * The keys and labels of every user command. The ids and the desktop menu's
 * accelerators are the contract's (`src-main/contract/commands.ts`); this table
 * binds the same keys in the page, adds the commands only the page has, and
 * feeds the shortcut overview. A test keeps the two in step.
 * Keys use "Mod" for Ctrl (Cmd on macOS).
 */
import type { CommandId } from '../../../src-main/contract';

export type AppCommandId = CommandId | 'focus.sidebar' | 'focus.editor';

export interface CommandSpec {
  id: AppCommandId;
  label: string;
  keys: readonly string[];
  group: 'Notes' | 'Navigate' | 'Timer' | 'App';
  /** Of `keys`, those that only act outside text fields (plain characters). */
  outsideText?: readonly string[];
}

export const COMMAND_TABLE: readonly CommandSpec[] = [
  { id: 'note.new', label: 'New note', keys: ['Mod+N'], group: 'Notes' },
  { id: 'folder.new', label: 'New folder', keys: ['Mod+Shift+N'], group: 'Notes' },
  { id: 'note.save', label: 'Save now', keys: ['Mod+S'], group: 'Notes' },
  { id: 'note.rename', label: 'Rename note', keys: ['F2'], group: 'Notes' },
  { id: 'note.delete', label: 'Delete note', keys: [], group: 'Notes' },
  { id: 'vault.open', label: 'Open another vault', keys: ['Mod+O'], group: 'Notes' },
  { id: 'quickOpen', label: 'Quick open', keys: ['Mod+P'], group: 'Navigate' },
  { id: 'search', label: 'Search all notes', keys: ['Mod+Shift+F'], group: 'Navigate' },
  { id: 'focus.sidebar', label: 'Focus the note list', keys: ['Mod+Shift+E'], group: 'Navigate' },
  { id: 'focus.editor', label: 'Focus the editor', keys: ['Mod+E'], group: 'Navigate' },
  { id: 'timer.toggle', label: 'Start / pause the timer', keys: ['Mod+Shift+Space'], group: 'Timer' },
  { id: 'theme.toggle', label: 'Switch light / dark theme', keys: ['Mod+Shift+L'], group: 'App' },
  { id: 'shortcuts.show', label: 'Keyboard shortcuts', keys: ['F1', '?'], group: 'App', outsideText: ['?'] },
  { id: 'app.about', label: 'About Interview Coach', keys: [], group: 'App' },
];

/** Keys of the note list (a tree), listed in the overview. */
export const TREE_KEYS: { label: string; keys: string[] }[] = [
  { label: 'Move through notes and folders', keys: ['↑', '↓'] },
  { label: 'Open / close a folder', keys: ['→', '←'] },
  { label: 'Open the note', keys: ['Enter'] },
  { label: 'Delete the note (Undo brings it back)', keys: ['Delete'] },
];

/** Editor keys handled by Lexical itself, listed in the overview. */
export const EDITOR_KEYS: { label: string; keys: string[] }[] = [
  { label: 'Bold / italic', keys: ['Mod+B', 'Mod+I'] },
  { label: 'Undo / redo', keys: ['Mod+Z', 'Mod+Shift+Z'] },
  { label: 'Heading, list, quote, code block', keys: ['## ', '- ', '1. ', '> ', '```'] },
  { label: 'Indent / outdent a list item', keys: ['Tab', 'Shift+Tab'] },
];
