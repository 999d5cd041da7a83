/** Ctrl+Shift+F: full-text search over every note, front matter tags and #tags included. */
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { Highlighted, Palette } from '../../lib/Palette';

export function SearchPanel({ onClose, onOpen }: { onClose: () => void; onOpen: (path: string) => void }) {
  const client = useClient();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!query.trim()) {
      setHits([]);
      return;
    }
    let current = true;
    client.call('search:query', { query, limit: 30 }).then(
      (found) => {
        if (!current) return;
        setHits(found);
        setError(undefined);
      },
      (failure) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [client, query]);

  return (
    <Palette
      open
      onClose={onClose}
      title="Search notes"
      placeholder="Search words, #tags…"
      query={query}
      onQueryChange={setQuery}
      results={hits}
      keyOf={(hit) => hit.path}
      onChoose={(hit) => onOpen(hit.path)}
      status={error && <span className="field-error">{error}</span>}
      emptyMessage={query.trim() ? `Nothing found for “${query}”.` : 'Search the text, titles and tags of every note.'}
      renderItem={(hit) => (
        <>
          <span className="palette-item-title">{hit.title}</span>
          <span className="palette-item-detail">{hit.path}</span>
          {hit.snippets.map((snippet, i) => (
            <span key={i} className="search-snippet">
              <Highlighted text={snippet.text} ranges={snippet.highlights} />
            </span>
          ))}
          {hit.tags.length > 0 && (
            <span className="tag-row">
              {hit.tags.map((tag) => (
                <span key={tag} className="tag-chip">
                  #{tag}
                </span>
              ))}
            </span>
          )}
        </>
      )}
    />
  );
}
