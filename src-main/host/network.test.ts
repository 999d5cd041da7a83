import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { installRequestFilter, isRequestAllowed, keepSpellCheckOffline } from './network';

describe('isRequestAllowed', () => {
  it.each([
    ['app://renderer/assets/index.js', true],
    ['vault-asset://local/img/a.png', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://renderer/1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['ws://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/', false],
    ['garbage', false],
  ])('packaged: %s → %s', (url, allowed) => {
    expect(isRequestAllowed(url, null)).toBe(allowed);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['ws://localhost:5173/', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://example.com/', false],
  ])('development: %s → %s', (url, allowed) => {
    expect(isRequestAllowed(url, 'http://localhost:5173')).toBe(allowed);
  });
});

describe('installRequestFilter', () => {
  it('cancels every request that leaves the app', () => {
    let listener: ((details: { url: string }, callback: (response: unknown) => void) => void) | undefined;
    const session = { webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) } } as unknown as Session;
    installRequestFilter(session, null);
    const callback = vi.fn();
    listener?.({ url: 'https://tracker.example/pixel.gif' }, callback);
    listener?.({ url: 'app://renderer/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});

describe('keepSpellCheckOffline', () => {
  it('turns spell checking off on Linux, where Chromium would download dictionaries', () => {
    const session = { setSpellCheckerEnabled: vi.fn() };
    keepSpellCheckOffline(session, 'linux');
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('leaves the offline system spell checker on elsewhere', () => {
    const session = { setSpellCheckerEnabled: vi.fn() };
    keepSpellCheckOffline(session, 'darwin');
    keepSpellCheckOffline(session, 'win32');
    expect(session.setSpellCheckerEnabled).not.toHaveBeenCalled();
  });
});
