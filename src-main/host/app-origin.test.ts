import { describe, expect, it } from 'vitest';
import { appOrigin } from './app-origin';

describe('appOrigin', () => {
  it('serves the packaged renderer from app://renderer', () => {
    const origin = appOrigin(undefined);
    expect(origin.entryUrl).toBe('app://renderer/index.html');
    expect(origin.devServerOrigin).toBeNull();
    expect(origin.isAppUrl('app://renderer/index.html#/notes')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'file:///home/user/evil.html',
    'https://renderer/index.html',
    'vault-asset://local/a.png',
    'http://localhost:5173/',
    'not a url',
  ])('does not take %s for the app', (url) => {
    expect(appOrigin(undefined).isAppUrl(url)).toBe(false);
  });

  it('uses the dev server in development, port included', () => {
    const origin = appOrigin('http://localhost:5173/');
    expect(origin.entryUrl).toBe('http://localhost:5173/');
    expect(origin.devServerOrigin).toBe('http://localhost:5173');
    expect(origin.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(origin.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(origin.isAppUrl('app://renderer/index.html')).toBe(false);
  });
});
