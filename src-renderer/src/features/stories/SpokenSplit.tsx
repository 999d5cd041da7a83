/** How the spoken time of a story splits between its sections, against its target length. */
import type { CoachReport, StorySectionKind } from '../../../../src-main/contract';
import { formatSpoken, SECTION_LABELS } from './story-text';

const SPOKEN: readonly StorySectionKind[] = ['situation', 'task', 'action', 'result', 'other'];

export function SpokenSplit({ report }: { report: CoachReport }) {
  const seconds = new Map<StorySectionKind, number>();
  for (const section of report.sections) {
    if (SPOKEN.includes(section.kind)) seconds.set(section.kind, (seconds.get(section.kind) ?? 0) + section.spokenSeconds);
  }
  const total = report.spokenSeconds;
  // The bar spans the target or the story, whichever is longer, so running over shows.
  const span = Math.max(total, report.targetSeconds, 1);
  const over = total > report.targetSeconds;
  return (
    <div className="spoken-split">
      <div className="spoken-split-caption">
        <span className={over ? 'spoken-over' : undefined}>
          {formatSpoken(total)} spoken of {formatSpoken(report.targetSeconds)} target
        </span>
        <span className="spoken-split-words">{report.words.toLocaleString()} words</span>
      </div>
      <div className="spoken-split-bar" role="img" aria-label={splitDescription(seconds, total)}>
        {SPOKEN.map((kind) => {
          const part = seconds.get(kind) ?? 0;
          return part > 0 ? <span key={kind} className={`spoken-part ${kind}`} style={{ width: `${(part / span) * 100}%` }} title={`${SECTION_LABELS[kind]}: ${formatSpoken(part)}`} /> : null;
        })}
        <span className="spoken-target" style={{ left: `${(report.targetSeconds / span) * 100}%` }} aria-hidden />
      </div>
      <ul className="spoken-legend" aria-hidden>
        {SPOKEN.filter((kind) => kind !== 'other' || seconds.has('other')).map((kind) => (
          <li key={kind}>
            <span className={`spoken-swatch ${kind}`} />
            {SECTION_LABELS[kind]} {formatSpoken(seconds.get(kind) ?? 0)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function splitDescription(seconds: Map<StorySectionKind, number>, total: number): string {
  const parts = [...seconds].filter(([, part]) => part > 0).map(([kind, part]) => `${SECTION_LABELS[kind]} ${formatSpoken(part)}`);
  return parts.length === 0 ? 'Nothing written yet' : `Spoken time ${formatSpoken(total)}: ${parts.join(', ')}`;
}
