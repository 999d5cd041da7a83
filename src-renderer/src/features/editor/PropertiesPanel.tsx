/**
 * Front matter as properties: one row per key, text fields for plain values,
 * chips for lists such as tags. Edits go through the `yaml` library's document
 * model, so comments and the layout of untouched keys stay as the user wrote
 * them. YAML that does not parse is shown as text to fix, never dropped.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

interface PropertiesPanelProps {
  /** The YAML between the `---` fences. */
  raw: string;
  onChange: (raw: string) => void;
  /** Shown folded: where a screen shows the same fields its own way (a story's bar). */
  initiallyOpen?: boolean;
}

export function PropertiesPanel({ raw, onChange, initiallyOpen = true }: PropertiesPanelProps) {
  const document = useMemo(() => parseDocument(raw), [raw]);
  const [open, setOpen] = useState(initiallyOpen);
  const broken = document.errors.length > 0 || (document.contents !== null && !isMap(document.contents));

  const update = (mutate: (doc: Document) => void) => {
    const next = parseDocument(raw);
    mutate(next);
    onChange(next.toString());
  };

  return (
    <section className="properties" aria-label="Properties">
      <button className="properties-toggle overline" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Properties
      </button>
      {open && broken && (
        <div className="properties-raw">
          <p className="field-error">
            This front matter is not valid YAML{document.errors[0] ? `: ${document.errors[0].message.split('\n')[0]}` : ''}. It is kept
            exactly as written; you can fix it here.
          </p>
          <textarea aria-label="Front matter (YAML)" className="text-input mono" value={raw} rows={Math.min(12, raw.split('\n').length + 1)} onChange={(e) => onChange(e.target.value)} />
        </div>
      )}
      {open && !broken && isMap(document.contents) && (
        <dl className="properties-list">
          {document.contents.items.map((pair) => {
            const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
            return (
              <div className="property" key={key}>
                <dt>{key}</dt>
                <dd>
                  <PropertyValue
                    name={key}
                    node={pair.value}
                    onScalar={(value) => update((doc) => doc.setIn([key], value))}
                    onList={(items) => update((doc) => doc.setIn([key], doc.createNode(items)))}
                  />
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

function PropertyValue({
  name,
  node,
  onScalar,
  onList,
}: {
  name: string;
  node: unknown;
  onScalar: (value: string) => void;
  onList: (items: string[]) => void;
}) {
  if (isSeq(node) && node.items.every((item) => isScalar(item))) {
    const items = node.items.map((item) => String((item as { value: unknown }).value));
    return <Chips name={name} items={items} onChange={onList} />;
  }
  if (node === null || isScalar(node)) {
    const value = node === null ? '' : String(node.value ?? '');
    return <ScalarField name={name} value={value} onCommit={onScalar} />;
  }
  return <code className="property-complex">{String(node)}</code>;
}

function ScalarField({ name, value, onCommit }: { name: string; value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <input
      className="property-input"
      aria-label={name}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function Chips({ name, items, onChange }: { name: string; items: string[]; onChange: (items: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && draft.trim()) {
      event.preventDefault();
      if (!items.includes(draft.trim())) onChange([...items, draft.trim()]);
      setDraft('');
    } else if (event.key === 'Backspace' && !draft && items.length > 0) {
      onChange(items.slice(0, -1));
    }
  };
  return (
    <div className="chips">
      {items.map((item) => (
        <span className="tag-chip" key={item}>
          {item}
          <button className="chip-remove" aria-label={`Remove ${item} from ${name}`} onClick={() => onChange(items.filter((i) => i !== item))}>
            ×
          </button>
        </span>
      ))}
      <input className="chip-input" aria-label={`Add to ${name}`} placeholder="Add…" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={add} />
    </div>
  );
}
