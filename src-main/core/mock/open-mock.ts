/**
 * Starts the mock interviews of a vault that has just opened: its sessions
 * read from the vault's data dir (a few small files, so the opening waits
 * for them), a session that was running when the app stopped restored as
 * paused, and the timer followed for the active one.
 */
import path from 'node:path';
import type { BehavioralQuestion } from '../../contract';
import type { VaultCards } from '../cards/vault-cards';
import type { VaultDrills } from '../drills/vault-drills';
import type { Emit } from '../events';
import type { AtomicWriter } from '../fs/atomic-write';
import { isStoryPath } from '../stories/story-paths';
import type { Clock, CoreListener, Logger } from '../types';
import { exists } from '../vault/unique-name';
import { normalizeVaultPath } from '../vault/vault-paths';
import type { VaultSession } from '../vault/vault-session';
import type { MockCandidates } from './build-session';
import type { MockTimer } from './mock-run';
import { SessionStore } from './session-store';
import { VaultMock } from './vault-mock';

export interface OpenMockOptions {
  session: VaultSession;
  /** `vaultDataDir(...)`: the vault's own folder in the app's data dir. */
  vaultDataDir: string;
  /** The drills' cards and due state, or null when the drills could not start (then only our behavioral questions are asked). */
  drills: { cards: VaultCards; drills: Pick<VaultDrills, 'dueCardIds'> } | null;
  /** The stories' question list (bank and notes), or null when the stories could not start. */
  behavioralQuestions: (() => BehavioralQuestion[]) | null;
  timer: MockTimer;
  writer: AtomicWriter;
  clock: Clock;
  logger: Logger;
  emit: Emit;
  onEvent: (listener: CoreListener) => () => void;
}

export interface OpenedMock {
  mock: VaultMock;
  /** Damaged session files that were set aside. */
  notices: string[];
  close(): Promise<void>;
}

export async function openMock(options: OpenMockOptions): Promise<OpenedMock> {
  const { session, drills, clock, logger } = options;
  const store = new SessionStore({ dir: path.join(options.vaultDataDir, 'mock'), writer: options.writer, now: clock.now, logger });
  const { sessions, notices } = await store.loadAll();
  const mock = new VaultMock({
    store,
    notes: session.service,
    exists: (vaultPath) => inVault(session, vaultPath),
    candidates: (): MockCandidates => {
      const due = drills?.drills.dueCardIds() ?? new Set<string>();
      return {
        behavioral: options.behavioralQuestions?.() ?? [],
        // A story's question-shaped lines are parts of an answer, not questions to be asked.
        technical: (drills?.cards.all() ?? []).filter((card) => card.kind === 'technical' && !isStoryPath(card.notePath)),
        isDue: (cardId) => due.has(cardId),
      };
    },
    cards: drills?.cards ?? null,
    timer: options.timer,
    clock,
    emit: options.emit,
    logger,
  });
  mock.restore(sessions);
  const stopFollowing = options.onEvent(mock.onEvent);
  return {
    mock,
    notices,
    async close() {
      stopFollowing();
      await mock.close();
    },
  };
}

/** Whether a path of ours, or one read back from a session file, is in the vault; a path that is no vault path is not. */
async function inVault(session: VaultSession, vaultPath: string): Promise<boolean> {
  let relative: string;
  try {
    relative = normalizeVaultPath(vaultPath);
  } catch {
    return false;
  }
  return exists(session.toAbsolute(relative));
}
