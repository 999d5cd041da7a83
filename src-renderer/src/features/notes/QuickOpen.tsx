/** Ctrl+P: open a note by typing a few letters of its title or folder (fuzzy). */
import fuzzysort from 'fuzzysort';
import { useMemo, useState } from 'react';
import type { TreeNode } from '../../../../src-main/contract';
import { Highlighted, Palette } from '../../lib/Palette';

interface NoteEntry {
  path: string;
  title: string;
  folder: string;
}

export function notesOf(nodes: TreeNode[]): NoteEntry[] {
  const entries: NoteEntry[] = [];
  const walk = (list: TreeNode[]) => {
    for (const node of list) {
      if (node.kind === 'folder') walk(node.children);
      else entries.push({ path: node.path, title: node.title, folder: node.path.split('/').slice(0, -1).join('/') });
    }
  };
  walk(nodes);
  return entries;
}

function indexRanges(indexes: readonly number[]): [number, number][] {
  return indexes.map((i) => [i, i + 1]);
}

export function QuickOpen({ tree, onClose, onOpen }: { tree: TreeNode[]; onClose: () => void; onOpen: (path: string) => void }) {
  const [query, setQuery] = useState('');
  const notes = useMemo(() => notesOf(tree), [tree]);
  const results = useMemo(() => {
    if (!query.trim()) return notes.slice(0, 50).map((obj) => ({ obj, title: [] as [number, number][] }));
    return fuzzysort
      .go(query, notes, { keys: ['title', 'folder'], limit: 50, threshold: 0.2 })
      .map((result) => ({ obj: result.obj, title: indexRanges(result[0]?.indexes ?? []) }));
  }, [notes, query]);

  return (
    <Palette
      open
      onClose={onClose}
      title="Quick open"
      placeholder="Type a note title…"
      query={query}
      onQueryChange={setQuery}
      results={results}
      keyOf={(r) => r.obj.path}
      onChoose={(r) => onOpen(r.obj.path)}
      emptyMessage={notes.length === 0 ? 'This vault has no notes yet.' : `No note title matches “${query}”.`}
      renderItem={(r) => (
        <>
          <span className="palette-item-title">
            <Highlighted text={r.obj.title} ranges={r.title} />
          </span>
          {r.obj.folder && <span className="palette-item-detail">{r.obj.folder}</span>}
        </>
      )}
    />
  );
}
