/**
 * The coach's findings beside the story: warnings first, each naming its
 * section, a button that goes to the text it is about, and the rule's
 * rationale a click away. Updated as the user types (see StoryWorkspace).
 */
import { CircleAlert, Info } from 'lucide-react';
import type { CoachFinding, CoachReport } from '../../../../src-main/contract';
import { SECTION_LABELS } from './story-text';

interface CoachPanelProps {
  report: CoachReport | undefined;
  error: string | undefined;
  onReveal: (finding: CoachFinding) => void;
}

export function CoachPanel({ report, error, onReveal }: CoachPanelProps) {
  return (
    <aside className="coach-panel" aria-label="Coach">
      <h2 className="coach-title">Coach</h2>
      {error ? (
        <p className="coach-empty" role="alert">
          The coach could not read this story: {error}
        </p>
      ) : !report ? (
        <p className="coach-empty">Reading the story…</p>
      ) : report.findings.length === 0 ? (
        <p className="coach-empty">Nothing to point out: every section is there, the result is measurable and the length is on target.</p>
      ) : (
        <ul className="coach-findings" aria-live="polite">
          {report.findings.map((finding, i) => (
            <li key={`${finding.rule}-${finding.line}-${i}`} className={`coach-finding ${finding.severity}`}>
              <button type="button" className="coach-finding-go" onClick={() => onReveal(finding)}>
                {finding.severity === 'warning' ? <CircleAlert size={15} aria-hidden /> : <Info size={15} aria-hidden />}
                <span>
                  <span className="coach-finding-where">{finding.section ? SECTION_LABELS[finding.section] : 'Whole story'}</span>
                  <span className="coach-finding-message">{finding.message}</span>
                </span>
              </button>
              <details className="coach-why">
                <summary>Why?</summary>
                <p>{finding.rationale}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
