/**
 * Starts the drills of a vault that has just opened: its own folder in the
 * app's data dir (card ids, review log, schedule snapshot; nothing goes into
 * the notes), the schedule loaded, and the vault's cards read in the
 * background so the vault is usable at once.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { DrillSettings } from '../../contract';
import { CardRegistry } from '../cards/card-registry';
import { scanInWorker } from '../cards/start-card-scan';
import { VaultCards } from '../cards/vault-cards';
import type { Emit } from '../events';
import type { AtomicWriter } from '../fs/atomic-write';
import type { Clock, Logger } from '../types';
import { isMockReportPath } from '../mock/mock-paths';
import type { VaultSession } from '../vault/vault-session';
import type { AppendFs } from './append-file';
import { DrillService } from './drill-service';
import { VaultDrills } from './vault-drills';
import { errorMessage } from '../util/error-message';

export interface OpenDrillsOptions {
  session: VaultSession;
  dataDir: string;
  settings: DrillSettings;
  writer: AtomicWriter;
  clock: Clock;
  logger: Logger;
  emit: Emit;
  appendFs?: AppendFs;
}

export interface OpenedDrills {
  drills: VaultDrills;
  /** The vault's cards: the stories list its behavioral questions and start stories from their drafts. */
  cards: VaultCards;
  /** Things to tell the user (a damaged review log was repaired…). */
  notices: string[];
  close(): Promise<void>;
}

/** One folder per vault, named after its path: two vaults never share card ids or schedules. */
export function vaultDataDir(dataDir: string, vaultPath: string): string {
  return path.join(dataDir, 'vaults', createHash('sha256').update(vaultPath).digest('hex').slice(0, 16));
}

export async function openDrills(options: OpenDrillsOptions): Promise<OpenedDrills> {
  const { session, settings, writer, clock, logger, emit } = options;
  const dir = vaultDataDir(options.dataDir, session.info.path);
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, 'vault.txt'), `${session.info.path}\n`).catch(() => undefined); // for a person looking in the data dir

  const registry = new CardRegistry(path.join(dir, 'cards.json'), writer, logger);
  const registryNotice = await registry.load();
  const changed = () => emit('drills:changed', {});
  const cards = new VaultCards({
    registry,
    toAbsolute: (notePath) => session.toAbsolute(notePath),
    clock,
    logger,
    onChange: changed,
    scanVault: scanInWorker,
    notCards: isMockReportPath,
  });
  const stopObserving = session.observeNotes({
    changed: (notePath, content) => cards.noteChanged(notePath, content),
    loaded: (notePaths) => cards.notesLoaded(notePaths),
    removed: (notePath) => cards.noteRemoved(notePath),
  });
  const service = new DrillService({ dataDir: dir, clock, logger, writer, appendFs: options.appendFs, settings });
  const started = await service.start();
  const loading = cards.load(session.notePaths()).catch((error: unknown) => {
    logger.error('Could not read the cards of the vault', error);
    emit('app:notice', { level: 'error', message: `Not every note could be read for drill cards (${errorMessage(error)}). The drills show the cards found; open the vault again to read the rest.` });
  });

  return {
    drills: new VaultDrills(cards, service, session.service, settings.thinkingTimeMs),
    cards,
    notices: [...(registryNotice ? [registryNotice] : []), ...started.notices],
    async close() {
      stopObserving();
      cards.close();
      await loading;
      await Promise.all([registry.flush(), service.stop()]);
    },
  };
}
