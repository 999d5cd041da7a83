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
      {/* One short line for screen readers, not the whole list again on every keystroke. */}
      <p className="visually-hidden" role="status">
        {report ? countText(report.findings) : ''}
      </p>
      {error ? (
        <p className="coach-empty" role="alert">
          The coach could not read this story: {error}
        </p>
      ) : !report ? (
        <p className="coach-empty">Reading the story…</p>
      ) : report.findings.length === 0 ? (
        <p className="coach-empty">Nothing to point out: every section is there, the result is measurable and the length is on target.</p>
      ) : (
        <ul className="coach-findings">
          {report.findings.map((finding) => (
            <li key={`${finding.rule}-${finding.section}-${finding.excerpt ?? finding.line}`} className={`coach-finding ${finding.severity}`}>
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

function countText(findings: readonly CoachFinding[]): string {
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (findings.length === 0) return 'The coach has nothing to point out.';
  return `The coach has ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} and ${findings.length - warnings} ${findings.length - warnings === 1 ? 'tip' : 'tips'}.`;
}
