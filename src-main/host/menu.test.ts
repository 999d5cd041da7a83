import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, COMMAND_IDS } from '../contract/commands';
import { menuTemplate, type MenuPlatform } from './menu';

const linux: MenuPlatform = { appName: 'Interview Coach', isMac: false, isDev: false };

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items(Array.isArray(item.submenu) ? item.submenu : [])]);
}

function build(platform: MenuPlatform = linux) {
  const actions = { runCommand: vi.fn(), reload: vi.fn() };
  return { actions, all: items(menuTemplate(actions, platform)) };
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe('the application menu', () => {
  it.each([
    { isMac: false, isDev: false },
    { isMac: true, isDev: true },
  ])('offers every command once, sending its id when chosen (%o)', (flags) => {
    const { actions, all } = build({ ...linux, ...flags });
    for (const id of COMMAND_IDS) {
      const matching = all.filter((item) => item.id === id);
      expect(matching, id).toHaveLength(1);
      click(matching[0]);
      expect(actions.runCommand).toHaveBeenLastCalledWith(id);
    }
    expect(actions.runCommand).toHaveBeenCalledTimes(COMMAND_IDS.length);
  });

  it('shows the same labels and accelerators as the command list', () => {
    const { all } = build();
    for (const command of COMMANDS) {
      const item = all.find((candidate) => candidate.id === command.id);
      expect(item?.label).toBe(command.label);
      expect(item?.accelerator).toBe(command.accelerator ?? undefined);
    }
  });

  it('has File, Edit, View and Help, with the editing roles', () => {
    const template = menuTemplate({ runCommand: vi.fn(), reload: vi.fn() }, linux);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help']);
    const roles = build().all.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('reloads through the flush, not the reload role', () => {
    const { actions, all } = build();
    expect(all.some((item) => item.role === 'reload' || item.role === 'forceReload')).toBe(false);
    click(all.find((item) => item.id === 'reload'));
    expect(actions.reload).toHaveBeenCalled();
  });

  it('offers the developer tools only in development', () => {
    const hasDevTools = (isDev: boolean) => build({ ...linux, isDev }).all.some((item) => item.role === 'toggleDevTools');
    expect(hasDevTools(false)).toBe(false);
    expect(hasDevTools(true)).toBe(true);
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = menuTemplate({ runCommand: vi.fn(), reload: vi.fn() }, { ...linux, isMac: true });
    const appMenu = items(template.slice(0, 1));
    expect(template[0]?.label).toBe('Interview Coach');
    expect(appMenu.some((item) => item.id === 'app.about')).toBe(true);
    expect(appMenu.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('COMMANDS', () => {
  it('describes every command id exactly once, with valid accelerators', () => {
    expect(COMMANDS.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
    const accelerators = COMMANDS.flatMap((command) => (command.accelerator ? [command.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const accelerator of accelerators) expect(accelerator).toMatch(/^((CmdOrCtrl|Shift|Alt)\+)*([A-Z0-9]|F\d{1,2}|Space)$/);
  });
});
