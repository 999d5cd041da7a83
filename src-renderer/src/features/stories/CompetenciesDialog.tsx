/** Which competencies a story covers: a checkbox each, and the ones the settings no longer have, kept unless unticked. */
import { useState, type FormEvent } from 'react';
import type { Competency, StorySummary } from '../../../../src-main/contract';
import { Dialog, FormActions } from '../../lib/Dialog';

interface CompetenciesDialogProps {
  story: StorySummary;
  competencies: Competency[];
  /** Resolves true once saved (the dialog then closes). */
  onSave: (ids: string[]) => Promise<boolean>;
  onClose: () => void;
}

export function CompetenciesDialog({ story, competencies, onSave, onClose }: CompetenciesDialogProps) {
  const [chosen, setChosen] = useState(() => new Set([...story.competencies, ...story.unknownCompetencies]));
  const [busy, setBusy] = useState(false);
  const options = [...competencies.map((c) => ({ id: c.id, label: c.label, description: c.description })), ...story.unknownCompetencies.map((name) => ({ id: name, label: name, description: 'No longer in your competencies' }))];

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = await onSave(options.map((option) => option.id).filter((id) => chosen.has(id)));
    setBusy(false);
    if (saved) onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`Competencies of “${story.title}”`} description="What this story shows about you. Two or three make a focused story.">
      <form onSubmit={submit}>
        <fieldset className="competency-options">
          <legend className="visually-hidden">Competencies</legend>
          {options.map((option) => (
            <label key={option.id} className="competency-option">
              <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
              <span>
                <span className="competency-option-label">{option.label}</span>
                <span className="competency-option-description">{option.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormActions submitLabel="Save" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
