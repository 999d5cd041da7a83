/** What an import did: how many cards went into which note, which lines were skipped and why. */
import type { ImportReport } from '../../../../src-main/contract';
import { Dialog } from '../../lib/Dialog';
import { importSummary } from './drill-text';

export function ImportReportDialog({ report, onClose, onOpenNote }: { report: ImportReport; onClose: () => void; onOpenNote: (path: string) => void }) {
  const [lead, ...skipped] = importSummary(report);
  const opens = report.imported > 0;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={opens ? 'Import finished' : 'Nothing imported'} className="import-report">
      <div className="import-report-body" role="status">
        <p className="import-lead">{lead}</p>
        {opens && <p className="muted import-path">{report.notePath}</p>}
        {skipped.length > 0 && (
          <ul className="import-skipped" aria-label="Skipped lines">
            {skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {report.warnings.length > 0 && (
          <ul className="import-warnings" aria-label="Warnings">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className={opens ? 'button quiet' : 'button'} onClick={onClose} autoFocus={!opens}>
          Close
        </button>
        {opens && (
          <button type="button" className="button primary" onClick={() => onOpenNote(report.notePath)} autoFocus>
            Open the note
          </button>
        )}
      </div>
    </Dialog>
  );
}
