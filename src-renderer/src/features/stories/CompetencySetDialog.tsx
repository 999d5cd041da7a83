/**
 * The competencies themselves: rename, describe, add, remove. A renamed one
 * keeps its id, so the stories naming it still do; a removed one stays in
 * the stories that name it, shown as no longer in the list.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { Competency } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { Dialog, FormActions } from '../../lib/Dialog';
import { idFromLabel } from './story-text';

interface CompetencySetDialogProps {
  competencies: Competency[];
  onClose: () => void;
}

interface Row {
  /** Empty until saved: a new row's id comes from its label. */
  id: string;
  label: string;
  description: string;
}

export function CompetencySetDialog({ competencies, onClose }: CompetencySetDialogProps) {
  const client = useClient();
  const [rows, setRows] = useState<Row[]>(() => competencies.map((c) => ({ ...c })));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const update = (index: number, patch: Partial<Row>) => setRows((previous) => previous.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const named = rows.filter((row) => row.label.trim() !== '');
    const competencies = named.map((row) => ({ id: row.id || idFromLabel(row.label), label: row.label.trim(), description: row.description.trim() }));
    const unnamed = competencies.find((c) => c.id === '');
    if (unnamed) return setError(`“${unnamed.label}” needs a few letters or digits to make an id from.`);
    if (competencies.length === 0) return setError('Keep at least one competency.');
    setBusy(true);
    try {
      await client.call('stories:updateCompetencies', { competencies });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Competencies" className="competency-set-dialog" description="What interviewers probe, and what your stories are filed under.">
      <form onSubmit={submit}>
        <ul className="competency-set">
          {rows.map((row, i) => (
            <li key={i}>
              <input className="text-input" aria-label={`Name of competency ${i + 1}`} value={row.label} onChange={(event) => update(i, { label: event.target.value })} />
              <input className="text-input" aria-label={`What ${row.label || `competency ${i + 1}`} means`} placeholder="One line on what it covers" value={row.description} onChange={(event) => update(i, { description: event.target.value })} />
              <button type="button" className="icon-button" aria-label={`Remove ${row.label || `competency ${i + 1}`}`} onClick={() => setRows((previous) => previous.filter((_, j) => j !== i))}>
                <Trash2 size={15} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button quiet" onClick={() => setRows((previous) => [...previous, { id: '', label: '', description: '' }])}>
          <Plus size={15} aria-hidden /> Add competency
        </button>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <FormActions submitLabel="Save" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
