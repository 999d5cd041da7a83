/**
 * The application menu. Every app item only names a command: the focused
 * window's renderer receives `command:run {id}` and runs it from its command
 * registry, the same code its keyboard shortcut runs. Editing, zoom and quit
 * are Electron roles. Labels and accelerators come from `COMMANDS`, so the
 * menu, the shortcuts and the shortcut overview cannot disagree.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { commandInfo, type CommandId } from '../contract/commands';

export interface MenuActions {
  runCommand(id: CommandId): void;
  /** Reloads the focused window after it has saved. */
  reload(): void;
}

export interface MenuPlatform {
  appName: string;
  isMac: boolean;
  /** Developer tools are offered only in development. */
  isDev: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(actions: MenuActions, { appName, isMac, isDev }: MenuPlatform): MenuItemConstructorOptions[] {
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const { label, accelerator } = commandInfo(id);
    return { id, label, ...(accelerator ? { accelerator } : {}), click: () => actions.runCommand(id) };
  };
  // macOS keeps About and Quit in the menu named after the app.
  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            command('app.about'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...macAppMenu,
    {
      label: 'File',
      submenu: [
        command('note.new'),
        command('folder.new'),
        separator,
        command('vault.open'),
        command('quickOpen'),
        command('search'),
        separator,
        command('note.save'),
        command('note.rename'),
        command('note.delete'),
        ...(isMac ? [] : [separator, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        command('theme.toggle'),
        command('timer.toggle'),
        separator,
        // Not the 'reload' role: the page must save before it is replaced.
        { id: 'reload', label: 'Reload', accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(isDev ? [separator, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      role: 'help',
      submenu: [command('shortcuts.show'), ...(isMac ? [] : [separator, command('app.about')])],
    },
  ];
}
