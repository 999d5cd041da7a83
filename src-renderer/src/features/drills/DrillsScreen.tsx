/**
 * The Drills screen: the deck list, or a study session over what was chosen
 * there. It stays mounted while another screen shows (see App), so "Edit"
 * can take the user to a note and back into the same session.
 */
import { useState } from 'react';
import type { DrillSelection } from '../../../../src-main/contract';
import { DeckList } from './DeckList';
import { selectionKey } from './drill-text';
import { StudySession } from './StudySession';
import './drills.css';

interface DrillsScreenProps {
  /** False while another screen shows: the drill's keys stand down. */
  active: boolean;
  assetBase: string;
  /** Shows a note in the Notes screen, at a line (1-based) when given. */
  onOpenNote: (path: string, line?: number) => void;
  onShowNotes: () => void;
}

export function DrillsScreen({ active, assetBase, onOpenNote, onShowNotes }: DrillsScreenProps) {
  const [study, setStudy] = useState<{ selection: DrillSelection; seq: number } | null>(null);
  /** The row studied last, which gets the focus back on return. */
  const [lastStudied, setLastStudied] = useState<string | null>(null);

  if (study) {
    return (
      <StudySession
        key={study.seq}
        selection={study.selection}
        active={active}
        assetBase={assetBase}
        onOpenNote={onOpenNote}
        onClose={() => setStudy(null)}
      />
    );
  }
  return (
    <DeckList
      active={active}
      focusKey={lastStudied}
      onOpenNote={onOpenNote}
      onShowNotes={onShowNotes}
      onStudy={(selection) => {
        setLastStudied(selectionKey(selection));
        setStudy({ selection, seq: Date.now() });
      }}
    />
  );
}
