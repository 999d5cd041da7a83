/**
 * A search box over a list of results, as in quick open and full-text search:
 * typing filters, Up/Down move the active result, Enter chooses it. The input
 * keeps focus (combobox pattern) so typing never stops.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface PaletteProps<T> {
  open: boolean;
  onClose: () => void;
  title: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  results: T[];
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  /** Shown when there are no results: what to do next. */
  emptyMessage: ReactNode;
  status?: ReactNode;
}

export function Palette<T>(props: PaletteProps<T>) {
  const { open, onClose, title, placeholder, query, onQueryChange, results, keyOf, renderItem, onChoose, emptyMessage, status } = props;
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => setActive(0), [results]);

  const choose = (item: T | undefined) => {
    if (!item) return;
    onClose();
    onChoose(item);
  };

  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()} title={title} hideTitle className="palette">
      <input
        className="palette-input"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        aria-label={title}
        placeholder={placeholder}
        value={query}
        autoFocus
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(results[active]);
          }
        }}
      />
      {status && <div className="palette-status">{status}</div>}
      {results.length === 0 ? (
        <div className="palette-empty">{emptyMessage}</div>
      ) : (
        <ul id={listId} role="listbox" aria-label={`${title} results`} className="palette-results">
          {results.map((item, index) => (
            <li
              key={keyOf(item)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="palette-item"
              onMouseMove={() => setActive(index)}
              onClick={() => choose(item)}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

/** Renders `text` with the [start, end) ranges marked. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
