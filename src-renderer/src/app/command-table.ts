/**
 * The keys and labels of every user command. The ids and the desktop menu's
 * accelerators are the contract's (`src-main/contract/commands.ts`); this table
 * binds the same keys in the page, adds the commands only the page has, and
 * feeds the shortcut overview. A test keeps the two in step.
 * Keys use "Mod" for Ctrl (Cmd on macOS).
 */
import type { CommandId } from '../../../src-main/contract';

export type AppCommandId =
  | CommandId
  | 'focus.sidebar'
  | 'focus.editor'
  | 'nav.notes'
  | 'nav.drills'
  | 'nav.stories'
  | 'drill.reveal'
  | 'drill.again'
  | 'drill.hard'
  | 'drill.good'
  | 'drill.easy'
  | 'drill.undo'
  | 'drill.edit'
  | 'drill.suspend'
  | 'drill.bury'
  | 'nav.mock'
  | 'nav.stats'
  | 'mock.next';

export interface CommandSpec {
  id: AppCommandId;
  label: string;
  keys: readonly string[];
  group: 'Notes' | 'Navigate' | 'Drills' | 'Mock interview' | 'Timer' | 'App';
  /** Of `keys`, those that only act outside text fields and dialogs (plain characters). */
  outsideText?: readonly string[];
  /**
   * Of `keys`, those that act only when no control has the focus: Space and
   * Enter press a focused button, which must keep doing that.
   */
  outsideControls?: readonly string[];
  /** False for commands the overview lists together in one row (the four grades: GRADE_KEYS). */
  inOverview?: false;
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
  { id: 'nav.notes', label: 'Go to Notes', keys: ['Mod+1'], group: 'Navigate' },
  { id: 'nav.drills', label: 'Go to Drills', keys: ['Mod+2'], group: 'Navigate' },
  { id: 'nav.stories', label: 'Go to Stories', keys: ['Mod+3'], group: 'Navigate' },
  { id: 'nav.mock', label: 'Go to Mock interview', keys: ['Mod+4'], group: 'Navigate' },
  { id: 'nav.stats', label: 'Go to Stats', keys: ['Mod+5'], group: 'Navigate' },
  // The drill's keys act while a card is on screen, never while typing (an answer being written).
  { id: 'drill.reveal', label: 'Show the answer (or write one)', keys: ['Space'], group: 'Drills', outsideText: ['Space'], outsideControls: ['Space'] },
  { id: 'drill.again', label: 'Grade: Again', keys: ['1'], group: 'Drills', outsideText: ['1'], inOverview: false },
  { id: 'drill.hard', label: 'Grade: Hard', keys: ['2'], group: 'Drills', outsideText: ['2'], inOverview: false },
  { id: 'drill.good', label: 'Grade: Good', keys: ['3'], group: 'Drills', outsideText: ['3'], inOverview: false },
  { id: 'drill.easy', label: 'Grade: Easy', keys: ['4'], group: 'Drills', outsideText: ['4'], inOverview: false },
  { id: 'drill.undo', label: 'Undo the last grade', keys: ['Mod+Z'], group: 'Drills', outsideText: ['Mod+Z'] },
  { id: 'drill.edit', label: 'Edit the card in its note', keys: ['E'], group: 'Drills', outsideText: ['E'] },
  { id: 'drill.suspend', label: 'Suspend the card', keys: ['S'], group: 'Drills', outsideText: ['S'] },
  { id: 'drill.bury', label: 'Bury the card until tomorrow', keys: ['B'], group: 'Drills', outsideText: ['B'] },
  { id: 'mock.next', label: 'Next question (ends the answer now)', keys: ['Mod+Enter'], group: 'Mock interview' },
  { id: 'timer.toggle', label: 'Start / pause the timer', keys: ['Mod+Shift+Space'], group: 'Timer' },
  { id: 'theme.toggle', label: 'Switch light / dark theme', keys: ['Mod+Shift+L'], group: 'App' },
  { id: 'shortcuts.show', label: 'Keyboard shortcuts', keys: ['F1', '?'], group: 'App', outsideText: ['?'] },
  { id: 'app.about', label: 'About Interview Coach', keys: [], group: 'App' },
];

/** The four grades, one row in the overview. */
export const GRADE_KEYS_ROW: { label: string; keys: string[] } = { label: 'Grade: Again, Hard, Good, Easy', keys: ['1', '2', '3', '4'] };

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
