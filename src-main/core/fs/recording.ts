/**
 * A recording as the renderer sends it (MediaRecorder's blob, base64) made
 * into bytes and a file extension the vault's asset route serves and other
 * players open.
 */
import { CoachError } from '../../contract/errors';

/** MediaRecorder's types (Chromium: WebM/Opus; Safari: MP4/AAC; Firefox: Ogg/Opus) and plain audio files. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
};

/** "audio/webm;codecs=opus" → "webm"; a type we cannot name a playable file for is refused. */
export function recordingExtension(mimeType: string): string {
  const essence = mimeType.split(';')[0]!.trim().toLowerCase();
  const extension = EXTENSIONS[essence];
  if (!extension) throw new CoachError('INVALID_ARGUMENT', `Recordings of type “${essence.slice(0, 100)}” cannot be kept; record as WebM, Ogg, MP4, MP3 or WAV audio.`);
  return extension;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of `base64`; text that is not base64 (Node would skip what it cannot read) is refused. */
export function decodeRecording(base64: string): Buffer {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new CoachError('INVALID_ARGUMENT', 'The recording did not arrive intact (it is not base64); nothing was saved.');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new CoachError('INVALID_ARGUMENT', 'The recording is empty; nothing was saved.');
  return bytes;
}
