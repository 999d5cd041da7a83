/**
 * The system notification at a countdown's end. The page gives the cue (sound
 * and colour), but a user in another program sees neither, so the platform
 * notifies too; it knows whether a window has the focus, and stays quiet if so.
 */
import type { TimerCue } from '../../contract';
import type { CoreListener, Platform } from '../types';

export function notifyTimerEnd(platform: Platform): CoreListener {
  return (name, payload) => {
    if (name !== 'timer:cue') return;
    const { kind, timer } = payload as TimerCue;
    if (kind !== 'end') return;
    platform.notifyIfUnfocused(timer.label ?? 'Time is up', `The ${minutesAndSeconds(timer.durationMs)} countdown has finished.`);
  };
}

function minutesAndSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
