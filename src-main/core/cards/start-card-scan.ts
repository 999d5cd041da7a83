/** The card scanners: a worker thread for a whole vault, the calling thread for a few notes. */
import { Worker } from 'node:worker_threads';
import { WORKER_OPTIONS, workerScript } from '../util/worker-script';
import { type CardScanner, SCAN_BATCH_NOTES, type ScannedNote, scanNotesSync } from './card-scan';

/** Scans in a worker that ends with the scan, its memory with it. */
export const scanInWorker: CardScanner = async (notes, onBatch, stop) => {
  const script = await workerScript(new URL('./card-scan.worker.ts', import.meta.url), () => import('./card-scan.worker?modulePath'));
  const worker = new Worker(script, WORKER_OPTIONS);
  try {
    await new Promise<void>((done, fail) => {
      worker.on('message', (batch: ScannedNote[] | null) => (batch ? onBatch(batch) : done()));
      worker.once('error', fail);
      worker.once('exit', (code) => (stop.aborted ? done() : fail(new Error(`The card scan stopped early (exit code ${code}).`))));
      stop.addEventListener('abort', () => void worker.terminate(), { once: true });
      worker.postMessage(notes);
    });
  } finally {
    await worker.terminate();
  }
};

/** Scans on this thread, a batch per turn of the event loop: for the few notes a rename brings back. */
export const scanHere: CardScanner = async (notes, onBatch, stop) => {
  for (let start = 0; start < notes.length && !stop.aborted; start += SCAN_BATCH_NOTES) {
    onBatch(scanNotesSync(notes, start, Math.min(start + SCAN_BATCH_NOTES, notes.length)));
    await new Promise((next) => setImmediate(next));
  }
};
