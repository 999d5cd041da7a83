/**
 * Setting a mock interview up: a ready-made format or the user's own (kind,
 * how many questions, thinking and answering time, moving on or overtime,
 * shuffle, which tags and competencies to draw from), and the history of
 * past sessions to review or delete.
 */
import { History, Play, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { MockFormat, MockHistoryItem, MockKind, MockPlan } from '../../../../src-main/contract';
import type { Remote } from '../../lib/use-remote';
import { planSummary } from './mock-text';

interface MockSetupProps {
  formats: Remote<MockFormat[]>;
  history: Remote<MockHistoryItem[]>;
  onStart: (plan: MockPlan) => Promise<string | void>;
  onReview: (sessionId: string) => void;
  onDelete: (item: MockHistoryItem) => void;
}

const CUSTOM = 'custom';

export function MockSetup({ formats, history, onStart, onReview, onDelete }: MockSetupProps) {
  const ids = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [custom, setCustom] = useState<MockPlan | null>(null);
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const list = formats.data ?? [];
  const chosen = choice ?? list[0]?.id ?? null;
  const base = list.find((format) => format.id === chosen)?.plan ?? list[0]?.plan;
  const plan = chosen === CUSTOM ? (custom ?? base) : base;

  const edit = (patch: Partial<MockPlan>) => setCustom({ ...(custom ?? base!), ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!plan) return;
    const withTags = chosen === CUSTOM ? { ...plan, tags: tags.split(/[\s,]+/).map((tag) => tag.replace(/^#/, '')).filter(Boolean) } : plan;
    setBusy(true);
    setError((await onStart(withTags)) ?? undefined);
    setBusy(false);
  };

  return (
    <div className="mock-setup">
      <header className="mock-header">
        <h1>Mock interview</h1>
        <p>Questions against the clock, answered aloud or typed, then reviewed. Due cards and questions without a story come first.</p>
      </header>
      {formats.error && <p role="alert">{formats.error}</p>}
      <form onSubmit={submit}>
        <fieldset className="mock-formats">
          <legend className="visually-hidden">Format</legend>
          {[...list, { id: CUSTOM, label: 'Custom', description: 'Your own mix: time, questions, tags', plan: base! }].map((format) => (
            <label key={format.id} className={`mock-format${chosen === format.id ? ' chosen' : ''}`}>
              <input type="radio" name="format" value={format.id} checked={chosen === format.id} onChange={() => setChoice(format.id)} />
              <span className="mock-format-label">{format.label}</span>
              <span className="mock-format-description">{format.description}</span>
            </label>
          ))}
        </fieldset>
        {chosen === CUSTOM && plan && (
          <div className="mock-custom">
            <label>
              Questions
              <select className="select-input" value={plan.kind} onChange={(event) => edit({ kind: event.target.value as MockKind })}>
                <option value="behavioral">Behavioral</option>
                <option value="technical">Technical</option>
                <option value="mixed">Mixed</option>
              </select>
            </label>
            <label>
              How many
              <input className="text-input narrow" type="number" min={1} max={20} value={plan.questionCount} onChange={(event) => edit({ questionCount: clamp(event.target.valueAsNumber, 1, 20) })} />
            </label>
            <label>
              Thinking time (s)
              <input className="text-input narrow" type="number" min={0} max={600} step={5} value={plan.thinkSeconds} onChange={(event) => edit({ thinkSeconds: clamp(event.target.valueAsNumber, 0, 600) })} />
            </label>
            <label>
              Answer time (s)
              <input className="text-input narrow" type="number" min={15} max={1800} step={15} value={plan.answerSeconds} onChange={(event) => edit({ answerSeconds: clamp(event.target.valueAsNumber, 15, 1800) })} />
            </label>
            <label className="toggle">
              <input type="checkbox" checked={plan.autoAdvance} onChange={(event) => edit({ autoAdvance: event.target.checked })} /> Move on when time is up (else count overtime)
            </label>
            <label className="toggle">
              <input type="checkbox" checked={plan.shuffle} onChange={(event) => edit({ shuffle: event.target.checked })} /> Shuffle
            </label>
            <label className="toggle">
              <input type="checkbox" checked={plan.linkedToStories} onChange={(event) => edit({ linkedToStories: event.target.checked })} /> Behavioral: only questions linked to a story
            </label>
            <label htmlFor={`${ids}-tags`}>Only these tags (technical; blank for all)</label>
            <input id={`${ids}-tags`} className="text-input" placeholder="go, databases" value={tags} onChange={(event) => setTags(event.target.value)} />
          </div>
        )}
        {plan && <p className="mock-summary">{planSummary(plan)}</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary large" disabled={busy || !plan}>
          <Play size={16} aria-hidden /> Start interview
        </button>
      </form>

      <section className="mock-history" aria-label="Past interviews">
        <h2>
          <History size={16} aria-hidden /> Past interviews
        </h2>
        {history.error ? (
          <p role="alert">{history.error}</p>
        ) : !history.data ? null : history.data.length === 0 ? (
          <p className="mock-empty">None yet. Each interview is kept here and as a report in the vault’s “Mock interviews” folder.</p>
        ) : (
          <ul>
            {history.data.map((item) => (
              <li key={item.id} className="mock-history-row">
                <button type="button" className="mock-history-open" onClick={() => onReview(item.id)}>
                  <span className="mock-history-title">{item.title}</span>
                  <span className="mock-history-meta">
                    {item.answered} of {item.questionCount} answered{item.status === 'finished' ? '' : ` · ${item.status}`}
                  </span>
                </button>
                <button type="button" className="icon-button" aria-label={`Delete “${item.title}”`} title="Delete (to the trash)" onClick={() => onDelete(item)}>
                  <Trash2 size={15} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
