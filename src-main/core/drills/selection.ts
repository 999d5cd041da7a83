/** Whether a card belongs to what the user chose to study. */
import type { DrillCard, DrillSelection } from './types';

export type CardFilter = (card: DrillCard) => boolean;

export function selectionFilter(selection: DrillSelection): CardFilter {
  switch (selection.kind) {
    case 'deck':
      return (card) => card.notePath === selection.notePath;
    case 'folder': {
      const { folder } = selection;
      if (folder === '') return () => true;
      const prefix = `${folder}/`;
      return (card) => card.folder === folder || card.folder.startsWith(prefix);
    }
    case 'tag': {
      // A regex compares without case and without lower-casing (allocating) every tag of every card.
      const tag = new RegExp(`^${escapeRegExp(selection.tag.replace(/^#/, ''))}(?:/|$)`, 'iu');
      return (card) => card.tags.some((t) => tag.test(t));
    }
    case 'due':
      return () => true;
    case 'unanswered':
      return (card) => !card.answered;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
