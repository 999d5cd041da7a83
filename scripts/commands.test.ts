/** The desktop menu and the page bind the same keys to the same commands. */
import { expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS } from '../src-main/contract/commands';
import { COMMAND_TABLE } from '../src-renderer/src/app/command-table';

const toPageKey = (accelerator: string) => accelerator.replace('CmdOrCtrl', 'Mod');

it('every contract command exists in the page with the menu accelerator among its keys', () => {
  for (const id of COMMAND_IDS) {
    const page = COMMAND_TABLE.find((command) => command.id === id);
    expect(page, `page command ${id}`).toBeDefined();
    const accelerator = COMMANDS.find((command) => command.id === id)?.accelerator;
    if (accelerator) expect(page!.keys, id).toContain(toPageKey(accelerator));
    else expect(page!.keys, `${id} has no menu accelerator, so the page binds none either`).toEqual([]);
  }
});

it('every page key of a menu command is shown in the menu too', () => {
  for (const command of COMMAND_TABLE) {
    const menu = COMMANDS.find((entry) => entry.id === command.id);
    if (!menu) continue;
    const bound = command.keys.filter((key) => !command.outsideText?.includes(key));
    expect(bound.slice(0, 1), command.id).toEqual(menu.accelerator ? [toPageKey(menu.accelerator)] : []);
  }
});
