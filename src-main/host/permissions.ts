/**
 * Every permission a page can ask for is denied, except the microphone for
 * the app's own page (mock interviews record the spoken answer). Camera,
 * notifications, geolocation, clipboard-read, HID and the rest are refused.
 */
import type { Session } from 'electron';

export function isMicrophoneOnly(mediaTypes: readonly string[] | undefined): boolean {
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');
}

export function installPermissionHandlers(session: Session, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(permission === 'media' && isAppUrl(details.requestingUrl) && isMicrophoneOnly(mediaTypes));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    // 'unknown' is how Chromium checks before a device is chosen.
    const mediaType = details.mediaType ?? 'unknown';
    return permission === 'media' && isAppUrl(requestingOrigin) && mediaType !== 'video';
  });
}
