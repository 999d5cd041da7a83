/**
 * Starts the stories of a vault that has just opened: the notes under
 * `Stories/` read (there are few, so the vault's opening waits for them),
 * then kept current through the note catalog, and the windows told when a
 * story or a behavioral question of the notes changes.
 */
import type { Competency } from '../../contract';
import type { Emit } from '../events';
import type { Clock, CoreListener, Logger } from '../types';
import type { VaultSession } from '../vault/vault-session';
import { StoryCatalog } from './story-catalog';
import { StoryChanges } from './story-changes';
import { VaultStories, type StoryCards } from './vault-stories';

export interface OpenStoriesOptions {
  session: VaultSession;
  /** The drills' cards of the vault, or null when the drills could not start. */
  cards: StoryCards | null;
  competencies: () => Competency[];
  clock: Clock;
  logger: Logger;
  emit: Emit;
  /** Subscribes to the core's events: the drills tell `drills:changed` when cards change. */
  onEvent: (listener: CoreListener) => () => void;
}

export interface OpenedStories {
  stories: VaultStories;
  close(): void;
}

export async function openStories(options: OpenStoriesOptions): Promise<OpenedStories> {
  const { session, cards, clock, logger, emit } = options;
  const changes = new StoryChanges(clock, () => behavioralKey(cards), () => emit('stories:changed', {}));
  const catalog = new StoryCatalog({ read: (notePath) => session.service.read(notePath), logger, onChange: changes.storyChanged });
  // Observed before reading, so a story saved while the folder is read is not missed.
  const stopObserving = session.observeNotes({
    changed: (notePath, content) => catalog.noteChanged(notePath, content),
    loaded: (notePaths) => catalog.notesLoaded(notePaths),
    removed: (notePath) => catalog.noteRemoved(notePath),
  });
  const stopFollowing = options.onEvent((name) => {
    if (name === 'drills:changed') changes.cardsChanged();
  });
  await catalog.load(session.notePaths());

  return {
    stories: new VaultStories({ catalog, notes: session.service, cards, competencies: options.competencies, clock }),
    close() {
      stopFollowing();
      stopObserving();
      catalog.close();
      changes.close();
    },
  };
}

/** The behavioral questions of the notes as the question list shows them: a change here is worth a refetch. */
function behavioralKey(cards: StoryCards | null): string {
  if (!cards) return '';
  return cards
    .all()
    .filter((card) => card.kind === 'behavioral')
    .map((card) => `${card.id}\t${card.notePath}\t${card.line}\t${card.answered}\t${card.question}`)
    .join('\n');
}
