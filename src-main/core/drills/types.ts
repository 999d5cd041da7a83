/** What the drills see of a card; the card catalog (elsewhere) supplies them with stable ids. */
export interface DrillCard {
  /** Stable across note renames and light edits of the question. */
  id: string;
  /** Vault-relative path of the note that holds the card: its deck. */
  notePath: string;
  question: string;
  /** False for a question not answered yet. The answer itself is read from the note when shown. */
  answered: boolean;
  kind: 'technical' | 'behavioral';
  tags: readonly string[];
  /** Vault-relative folder of the note, '' for the vault's root. */
  folder: string;
}

/** Which cards to study. */
export type DrillSelection =
  | { kind: 'deck'; notePath: string }
  /** The folder and everything below it; '' is the whole vault. */
  | { kind: 'folder'; folder: string }
  /** The tag and its nested tags (`a` covers `a/b`), ignoring case as Obsidian does. */
  | { kind: 'tag'; tag: string }
  | { kind: 'due' }
  | { kind: 'unanswered' };
