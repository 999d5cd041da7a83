/**
 * The app commands the menu, the toolbar and the keyboard shortcuts all run.
 *
 * The renderer's command registry implements them; the Electron menu only
 * names them (it sends `command:run {id}`), so a menu item and its shortcut can
 * never do different things. The accelerators are the defaults in Electron's
 * syntax: the menu shows them and the renderer binds the same keys (and lists
 * them in the shortcut overview). Commands without an accelerator are reached
 * from the menu or the command palette only.
 */

export const COMMAND_IDS = [
  'note.new',
  'folder.new',
  'vault.open',
  'quickOpen',
  'search',
  'note.save',
  'note.rename',
  'note.delete',
  'theme.toggle',
  'timer.toggle',
  'shortcuts.show',
  'app.about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandInfo {
  id: CommandId;
  /** Menu label; '…' marks a command that asks for more before acting. */
  label: string;
  /** Electron accelerator syntax, e.g. 'CmdOrCtrl+N'; null when unbound. */
  accelerator: string | null;
}

export const COMMANDS: readonly CommandInfo[] = [
  { id: 'note.new', label: 'New Note', accelerator: 'CmdOrCtrl+N' },
  { id: 'folder.new', label: 'New Folder', accelerator: 'CmdOrCtrl+Shift+N' },
  { id: 'vault.open', label: 'Open Vault…', accelerator: 'CmdOrCtrl+O' },
  { id: 'quickOpen', label: 'Quick Open…', accelerator: 'CmdOrCtrl+P' },
  { id: 'search', label: 'Search in Vault', accelerator: 'CmdOrCtrl+Shift+F' },
  { id: 'note.save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
  { id: 'note.rename', label: 'Rename…', accelerator: 'F2' },
  // No accelerator: a bare Delete key belongs to the editor, and a menu
  // accelerator would fire whenever the editor left the key unhandled. The
  // note list handles Delete on its own focused item.
  { id: 'note.delete', label: 'Delete Note', accelerator: null },
  { id: 'theme.toggle', label: 'Toggle Theme', accelerator: 'CmdOrCtrl+Shift+L' },
  // Not Ctrl+Shift+T: browsers keep it (reopen a closed tab), so browser mode would never see it.
  { id: 'timer.toggle', label: 'Start / Pause Timer', accelerator: 'CmdOrCtrl+Shift+Space' },
  { id: 'shortcuts.show', label: 'Keyboard Shortcuts', accelerator: 'F1' },
  { id: 'app.about', label: 'About Interview Coach', accelerator: null },
];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

export function commandInfo(id: CommandId): CommandInfo {
  const info = COMMANDS.find((command) => command.id === id);
  if (!info) throw new Error(`Command ${id} has no entry in COMMANDS.`);
  return info;
}
