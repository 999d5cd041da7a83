/**
 * Browser mode's end-of-countdown notification. The desktop app's main
 * process shows a system one (it knows which window has the focus); a
 * browser-mode server cannot, so the page does it with the web Notification
 * API, only if the user already allowed notifications for it: the app never
 * asks, as a prompt would interrupt the very practice the timer is for.
 */
import type { TimerSnapshot } from '../../../../src-main/contract';
import { formatClock } from './clock-text';

export function notifyEndInPage(timer: TimerSnapshot): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted' || document.hasFocus()) return;
  // One tag for every tab of the app: a second tab replaces the first one's notification.
  new Notification(timer.label ?? 'Time is up', {
    body: `The ${formatClock(timer.durationMs, 'countdown')} countdown has finished.`,
    tag: 'interview-coach-timer',
    silent: true,
  });
}
