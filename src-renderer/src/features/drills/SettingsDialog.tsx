/** The drill settings: desired retention, new cards a day, thinking time. */
import { useState, type FormEvent } from 'react';
import type { DrillSettings } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { Dialog, FormActions } from '../../lib/Dialog';
import { formatThinkingTime } from './drill-text';

const THINKING_TIMES_MS = [15_000, 30_000, 45_000, 60_000, 90_000, 120_000, 180_000, 300_000];

/** Opened with the settings as they are (read by the caller), so the first field has the focus at once. */
export function SettingsDialog({ settings, onClose }: { settings: DrillSettings; onClose: () => void }) {
  const client = useClient();
  const [retention, setRetention] = useState(String(Math.round(settings.desiredRetention * 100)));
  const [perDay, setPerDay] = useState(String(settings.newCardsPerDay));
  const [thinking, setThinking] = useState(String(settings.thinkingTimeMs));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const percent = Number(retention);
    const cards = Number(perDay);
    if (!Number.isInteger(percent) || percent < 70 || percent > 99) return setError('Desired retention is a whole percentage from 70 to 99.');
    if (!Number.isInteger(cards) || cards < 0 || cards > 9999) return setError('New cards per day is a whole number from 0 to 9999.');
    setBusy(true);
    try {
      await client.call('drills:updateSettings', { desiredRetention: percent / 100, newCardsPerDay: cards, thinkingTimeMs: Number(thinking) });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const thinkingChoices = !THINKING_TIMES_MS.includes(settings.thinkingTimeMs) ? [...THINKING_TIMES_MS, settings.thinkingTimeMs].sort((a, b) => a - b) : THINKING_TIMES_MS;

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Drill settings" className="drill-settings">
      <form onSubmit={submit} className="settings-form">
        <div className="setting">
          <label className="field-label" htmlFor="drill-retention">
            Desired retention
          </label>
          <div className="setting-input">
            <input
              id="drill-retention"
              className="text-input narrow"
              type="number"
              inputMode="numeric"
              min={70}
              max={99}
              step={1}
              value={retention}
              onChange={(event) => {
                setRetention(event.target.value);
                setError(undefined);
              }}
              aria-describedby="drill-retention-help"
            />
            <span aria-hidden>%</span>
          </div>
          <p id="drill-retention-help" className="setting-help">
            How likely you are to still know a card when it comes back. Higher means more reviews; 90 % suits most people.
          </p>
        </div>
        <div className="setting">
          <label className="field-label" htmlFor="drill-per-day">
            New cards per day
          </label>
          <div className="setting-input">
            <input
              id="drill-per-day"
              className="text-input narrow"
              type="number"
              inputMode="numeric"
              min={0}
              max={9999}
              step={1}
              value={perDay}
              onChange={(event) => {
                setPerDay(event.target.value);
                setError(undefined);
              }}
              aria-describedby="drill-per-day-help"
            />
          </div>
          <p id="drill-per-day-help" className="setting-help">
            Across all decks. Each new card brings a few reviews in the days after.
          </p>
        </div>
        <div className="setting">
          <label className="field-label" htmlFor="drill-thinking">
            Thinking time
          </label>
          <div className="setting-input">
            <select id="drill-thinking" className="select-input" value={thinking} onChange={(event) => setThinking(event.target.value)} aria-describedby="drill-thinking-help">
              {thinkingChoices.map((ms) => (
                <option key={ms} value={String(ms)}>
                  {formatThinkingTime(ms)}
                </option>
              ))}
            </select>
          </div>
          <p id="drill-thinking-help" className="setting-help">
            The timer in the header counts it down while a question is shown, as in an interview.
          </p>
        </div>
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
