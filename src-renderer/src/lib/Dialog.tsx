/** Modal dialogs on Radix's accessible primitive: focus trap, Escape, labelled. */
import * as RadixDialog from '@radix-ui/react-dialog';
import { useState, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** Hides the visible heading (it stays the accessible name), e.g. for a palette. */
  hideTitle?: boolean;
  description?: string;
  className?: string;
  children: ReactNode;
}

export function Dialog({ open, onOpenChange, title, hideTitle, description, className, children }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={`dialog ${className ?? ''}`}>
          <RadixDialog.Title className={hideTitle ? 'visually-hidden' : 'dialog-title'}>{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

interface FormActionsProps {
  submitLabel: string;
  cancelLabel?: string;
  /** While the submit is on its way: pressing it again would send it twice. */
  busy: boolean;
  onCancel: () => void;
}

/** A dialog form's closing row: the way out, then the form's submit button. */
export function FormActions({ submitLabel, cancelLabel = 'Cancel', busy, onCancel }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button quiet" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}

interface PromptProps {
  open: boolean;
  title: string;
  label: string;
  initialValue: string;
  submitLabel: string;
  onSubmit: (value: string) => Promise<string | void>;
  onClose: () => void;
}

/** Asks for one line of text; the submit handler returns an error message to keep it open. */
export function PromptDialog({ open, title, label, initialValue, submitLabel, onSubmit, onClose }: PromptProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError('Please enter a name.');
      return;
    }
    setBusy(true);
    const problem = await onSubmit(value.trim());
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()} title={title}>
      <form onSubmit={submit} className="prompt-form">
        <label className="field-label" htmlFor="prompt-input">
          {label}
        </label>
        <input
          id="prompt-input"
          className="text-input"
          value={value}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setValue(event.target.value);
            setError(undefined);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'prompt-error' : undefined}
        />
        {error && (
          <p id="prompt-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
