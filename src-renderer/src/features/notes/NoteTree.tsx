/**
 * The vault's folders and notes as an accessible tree (WAI-ARIA tree pattern):
 * one tab stop, arrow keys to move, Right/Left to open and close folders,
 * Enter to open a note.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TreeNode } from '../../../../src-main/contract';

interface NoteTreeProps {
  nodes: TreeNode[];
  selectedPath: string | null;
  onOpenNote: (path: string) => void;
  /** The folder or note with keyboard focus, for commands such as "New note here". */
  onFocusPath?: (node: TreeNode) => void;
}

interface VisibleRow {
  node: TreeNode;
  depth: number;
  parent: string | null;
}

function flatten(nodes: TreeNode[], expanded: Set<string>, depth = 0, parent: string | null = null): VisibleRow[] {
  const rows: VisibleRow[] = [];
  for (const node of nodes) {
    rows.push({ node, depth, parent });
    if (node.kind === 'folder' && expanded.has(node.path)) rows.push(...flatten(node.children, expanded, depth + 1, node.path));
  }
  return rows;
}

function ancestorsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function NoteTree({ nodes, selectedPath, onOpenNote, onFocusPath }: NoteTreeProps) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(selectedPath ? ancestorsOf(selectedPath) : []));
  const [activePath, setActivePath] = useState<string | null>(selectedPath);
  const refs = useRef(new Map<string, HTMLElement>());

  // The open note's folders are always expanded, so the selection is visible.
  const effectiveExpanded = useMemo(() => {
    if (!selectedPath) return expanded;
    const all = new Set(expanded);
    for (const folder of ancestorsOf(selectedPath)) all.add(folder);
    return all;
  }, [expanded, selectedPath]);

  const rows = useMemo(() => flatten(nodes, effectiveExpanded), [nodes, effectiveExpanded]);
  const focusable = rows.find((row) => row.node.path === activePath) ?? rows.find((row) => row.node.path === selectedPath) ?? rows[0];

  const toggle = (path: string, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(effectiveExpanded);
      for (const folder of current) next.add(folder);
      if (open ?? !next.has(path)) next.add(path);
      else next.delete(path);
      return next;
    });

  const focusRow = (row: VisibleRow | undefined) => {
    if (!row) return;
    setActivePath(row.node.path);
    onFocusPath?.(row.node);
    refs.current.get(row.node.path)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const row = rows[index]!;
    const { node } = row;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        focusRow(rows[index + 1]);
        break;
      case 'ArrowUp':
        handled();
        focusRow(rows[index - 1]);
        break;
      case 'Home':
        handled();
        focusRow(rows[0]);
        break;
      case 'End':
        handled();
        focusRow(rows.at(-1));
        break;
      case 'ArrowRight':
        handled();
        if (node.kind === 'folder') {
          if (!effectiveExpanded.has(node.path)) toggle(node.path, true);
          else focusRow(rows[index + 1]?.parent === node.path ? rows[index + 1] : undefined);
        }
        break;
      case 'ArrowLeft':
        handled();
        if (node.kind === 'folder' && effectiveExpanded.has(node.path)) toggle(node.path, false);
        else focusRow(rows.find((r) => r.node.path === row.parent));
        break;
      case 'Enter':
      case ' ':
        handled();
        if (node.kind === 'folder') toggle(node.path);
        else onOpenNote(node.path);
        break;
    }
  };

  if (nodes.length === 0) {
    return (
      <p className="empty-hint">
        No notes yet. Press <kbd>Ctrl+N</kbd> to write your first one.
      </p>
    );
  }

  return (
    <ul role="tree" aria-label="Notes" className="note-tree">
      {rows.map((row, index) => {
        const { node, depth } = row;
        const isFolder = node.kind === 'folder';
        const isOpen = isFolder && effectiveExpanded.has(node.path);
        return (
          <li
            key={node.path}
            ref={(el) => {
              if (el) refs.current.set(node.path, el);
              else refs.current.delete(node.path);
            }}
            role="treeitem"
            aria-level={depth + 1}
            aria-expanded={isFolder ? isOpen : undefined}
            aria-selected={node.path === selectedPath}
            tabIndex={node.path === focusable?.node.path ? 0 : -1}
            className={`tree-row ${isFolder ? 'folder' : 'note'} ${node.path === selectedPath ? 'selected' : ''}`}
            style={{ paddingLeft: 12 + depth * 16 }}
            onKeyDown={(event) => onKeyDown(event, index)}
            onFocus={() => {
              setActivePath(node.path);
              onFocusPath?.(node);
            }}
            onClick={() => (isFolder ? toggle(node.path) : onOpenNote(node.path))}
            title={node.path}
          >
            <span className="tree-icon" aria-hidden="true">
              {isFolder ? (isOpen ? '▾' : '▸') : ''}
            </span>
            <span className="tree-label">{node.kind === 'note' ? node.title : node.name}</span>
          </li>
        );
      })}
    </ul>
  );
}
