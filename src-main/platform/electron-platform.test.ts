import { describe, expect, it, vi } from 'vitest';
import { electronPlatform } from './electron-platform';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  trashItem: vi.fn(async () => undefined),
  focused: null as object | null,
  notificationsSupported: true,
  notifications: [] as { options: unknown; show: ReturnType<typeof vi.fn> }[],
}));

vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => electron.focused },
  dialog: { showOpenDialog: electron.showOpenDialog },
  shell: { trashItem: electron.trashItem },
  Notification: Object.assign(
    vi.fn(function (options: unknown) {
      const notification = { options, show: vi.fn() };
      electron.notifications.push(notification);
      return notification;
    }),
    { isSupported: () => electron.notificationsSupported },
  ),
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

  describe('notifications', () => {
    it('shows one, silent (the page plays the cue), when no app window has the focus', () => {
      electron.focused = null;
      platform.notifyIfUnfocused('Time is up', 'The 2:00 countdown has finished.');
      expect(electron.notifications).toHaveLength(1);
      expect(electron.notifications[0]!.options).toEqual({ title: 'Time is up', body: 'The 2:00 countdown has finished.', silent: true });
      expect(electron.notifications[0]!.show).toHaveBeenCalled();
    });

    it('stays quiet while a window has the focus, or where the system has no notifications', () => {
      electron.notifications.length = 0;
      electron.focused = { id: 1 };
      platform.notifyIfUnfocused('Time is up', 'x');
      electron.focused = null;
      electron.notificationsSupported = false;
      platform.notifyIfUnfocused('Time is up', 'x');
      expect(electron.notifications).toEqual([]);
      electron.notificationsSupported = true;
    });
  });
});
