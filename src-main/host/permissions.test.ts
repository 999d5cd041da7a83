import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { appOrigin } from './app-origin';
import { installPermissionHandlers } from './permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

function install() {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
  } as unknown as Session;
  installPermissionHandlers(session, appOrigin(undefined).isAppUrl);
  const request = (permission: string, details: object) => {
    let granted: boolean | undefined;
    handlers.request?.(null, permission, (value) => (granted = value), details);
    return granted;
  };
  const check = (permission: string, origin: string, details: object = {}) => handlers.check?.(null, permission, origin, details);
  return { request, check };
}

const APP = 'app://renderer/index.html';

describe('permission requests', () => {
  it('grants the microphone to the app page', () => {
    expect(install().request('media', { requestingUrl: APP, mediaTypes: ['audio'] })).toBe(true);
  });

  it.each([
    ['the camera', 'media', { requestingUrl: APP, mediaTypes: ['video'] }],
    ['camera and microphone together', 'media', { requestingUrl: APP, mediaTypes: ['audio', 'video'] }],
    ['media with no type', 'media', { requestingUrl: APP }],
    ['the microphone to a foreign page', 'media', { requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] }],
    ['notifications', 'notifications', { requestingUrl: APP }],
    ['geolocation', 'geolocation', { requestingUrl: APP }],
    ['clipboard reading', 'clipboard-read', { requestingUrl: APP }],
    ['opening external programs', 'openExternal', { requestingUrl: APP, externalURL: 'ms-settings:' }],
    ['screen capture', 'display-capture', { requestingUrl: APP, mediaTypes: ['audio'] }],
  ])('denies %s', (_name, permission, details) => {
    expect(install().request(permission, details)).toBe(false);
  });
});

describe('permission checks', () => {
  it('answers yes only for the app asking about audio', () => {
    const { check } = install();
    expect(check('media', 'app://renderer', { mediaType: 'audio' })).toBe(true);
    expect(check('media', 'app://renderer', { mediaType: 'unknown' })).toBe(true);
    expect(check('media', 'app://renderer', { mediaType: 'video' })).toBe(false);
    expect(check('media', 'https://evil.example', { mediaType: 'audio' })).toBe(false);
    expect(check('notifications', 'app://renderer')).toBe(false);
    expect(check('hid', 'app://renderer')).toBe(false);
  });
});
