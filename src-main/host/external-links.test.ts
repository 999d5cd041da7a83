import { describe, expect, it, vi } from 'vitest';
import { openExternalIfSafe, safeExternalUrl } from './external-links';

describe('safeExternalUrl', () => {
  it.each([
    ['https://example.com/path?q=1#x', 'https://example.com/path?q=1#x'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a', 'https://example.com/a'],
  ])('opens %s', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://renderer/index.html',
    'vault-asset://local/a.png',
    'ms-settings:privacy',
    'smb://server/share',
    'mailto:someone@example.com',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'http://',
    'example.com',
    '',
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});

describe('openExternalIfSafe', () => {
  it('hands only the normalised safe URL to the OS', () => {
    const openExternal = vi.fn(async () => undefined);
    expect(openExternalIfSafe('https://Example.com', openExternal)).toBe(true);
    expect(openExternalIfSafe('file:///bin/sh', openExternal)).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('survives the OS refusing to open a link', async () => {
    const openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    expect(openExternalIfSafe('https://example.com', openExternal)).toBe(true);
    await Promise.resolve();
  });
});
