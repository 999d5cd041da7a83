/** A recorded answer: a player, and its talk time, silence and long pauses, measured from the audio on this machine. */
import { useEffect, useState } from 'react';
import type { MockRecording } from '../../../../src-main/contract';
import { formatMs } from './mock-text';
import { analysePauses, LONG_PAUSE_MS, type PauseAnalysis } from './pause-analysis';

export function RecordingView({ recording, assetBase }: { recording: MockRecording; assetBase: string }) {
  const url = assetBase + encodeURIComponent(recording.path);
  const [analysis, setAnalysis] = useState<PauseAnalysis | { error: string }>();

  useEffect(() => {
    let current = true;
    analyse(url).then(
      (result) => current && setAnalysis(result),
      () => current && setAnalysis({ error: 'The recording could not be read for its pauses.' }),
    );
    return () => {
      current = false;
    };
  }, [url]);

  return (
    <div className="recording">
      <audio controls preload="metadata" src={url} aria-label="Recording of the answer" />
      {!analysis ? (
        <p className="mock-empty">Listening for pauses…</p>
      ) : 'error' in analysis ? (
        <p className="mock-empty">{analysis.error}</p>
      ) : (
        <>
          <Timeline analysis={analysis} />
          <p className="recording-stats">
            Talk {formatMs(analysis.talkMs)} · silence {formatMs(analysis.silenceMs)} · {analysis.pauses.length} {analysis.pauses.length === 1 ? 'pause' : 'pauses'} over {LONG_PAUSE_MS / 1000} s
          </p>
        </>
      )}
    </div>
  );
}

/** The recording's length as a bar, its long pauses marked where they fall. */
function Timeline({ analysis }: { analysis: PauseAnalysis }) {
  const length = Math.max(analysis.durationMs, 1);
  return (
    <div className="recording-timeline" aria-hidden>
      {analysis.pauses.map((pause) => (
        <span key={pause.startMs} className="recording-pause" style={{ left: `${(pause.startMs / length) * 100}%`, width: `${((pause.endMs - pause.startMs) / length) * 100}%` }} />
      ))}
    </div>
  );
}

async function analyse(url: string): Promise<PauseAnalysis> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const audio = new AudioContext();
  try {
    const decoded = await audio.decodeAudioData(bytes);
    return analysePauses(decoded.getChannelData(0), decoded.sampleRate);
  } finally {
    void audio.close();
  }
}
