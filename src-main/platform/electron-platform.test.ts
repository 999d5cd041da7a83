import { describe, expect, it, vi } from 'vitest';
import { electronPlatform } from './electron-platform';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  trashItem: vi.fn(async () => undefined),
  focused: null as object | null,
}));

vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => electron.focused },
  dialog: { showOpenDialog: electron.showOpenDialog },
  shell: { trashItem: electron.trashItem },
}));

describe('electronPlatform', () => {
  const platform = electronPlatform('1.2.3');

  it('describes the Electron host and its asset scheme', () => {
    expect(platform).toMatchObject({ host: 'electron', version: '1.2.3', assetBase: 'vault-asset://local/' });
  });

  it('picks a folder, modal to the focused window', async () => {
    electron.focused = { id: 1 };
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/me/notes'] });
    await expect(platform.pickFolder()).resolves.toBe('/home/me/notes');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(electron.focused, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
  });

  it('answers null when the user cancels', async () => {
    electron.focused = null;
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(platform.pickFolder()).resolves.toBeNull();
    expect(electron.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: expect.any(String) }));
  });

  it('moves files to the OS trash', async () => {
    await expect(platform.trashItem('/home/me/notes/a.md')).resolves.toBe(true);
    expect(electron.trashItem).toHaveBeenCalledWith('/home/me/notes/a.md');
  });

  it('lets a trash failure reach the core', async () => {
    electron.trashItem.mockRejectedValueOnce(new Error('no trash'));
    await expect(platform.trashItem('/x')).rejects.toThrow('no trash');
  });
});
