import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { appOrigin } from './app-origin';
import { guardWebContents } from './web-contents-guards';

type OpenHandler = (details: { url: string }) => { action: string };

function guardedContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler),
  }) as unknown as WebContents;
  const openExternal = vi.fn(async () => undefined);
  guardWebContents(contents, { isAppUrl: appOrigin(undefined).isAppUrl, openExternal });
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }), openExternal };
}

describe('navigation', () => {
  it('stays within the app', () => {
    const { fire, openExternal } = guardedContents();
    expect(fire('will-navigate', 'app://renderer/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks leaving the app and opens web links in the browser instead', () => {
    const { fire, openExternal } = guardedContents();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('blocks navigation to local files without opening them', () => {
    const { fire, openExternal } = guardedContents();
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'app://elsewhere/x.html')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects away from the app and opens nothing', () => {
    const { fire, openExternal } = guardedContents();
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'app://renderer/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    expect(guardedContents().fire('will-attach-webview', 'https://example.com/')).toBe(true);
  });
});

describe('window.open', () => {
  it('is always denied; a safe web link opens in the browser', () => {
    const { open, openExternal } = guardedContents();
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('https://user:pw@example.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/docs']]);
  });
});
