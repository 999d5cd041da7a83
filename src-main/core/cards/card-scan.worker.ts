/**
 * The card scan worker (card-scan.ts): scans the notes it is sent, posts
 * their cards a batch at a time, then `null`, and has nothing else to do.
 */
import { parentPort } from 'node:worker_threads';
import { type NoteToScan, SCAN_BATCH_NOTES, scanNotesSync } from './card-scan';

const port = parentPort!;
port.once('message', (notes: NoteToScan[]) => {
  for (let start = 0; start < notes.length; start += SCAN_BATCH_NOTES) {
    port.postMessage(scanNotesSync(notes, start, Math.min(start + SCAN_BATCH_NOTES, notes.length)));
  }
  port.postMessage(null);
});
