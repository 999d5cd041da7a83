/**
 * The runtime-agnostic core: `createCore` wires the services together and
 * returns the contract's handlers. Electron main and the browser-mode server
 * both host exactly this; neither adds behaviour of its own.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Handlers, Notice, VaultInfo } from '../contract';
import { CoachError } from '../contract';
import { EventHub } from './events';
import { createAtomicWriter } from './fs/atomic-write';
import { systemClock } from './clock';
import { consoleLogger } from './logger';
import { AppStore } from './store/app-store';
import { notifyTimerEnd } from './timer/end-notification';
import { TimerService } from './timer/timer-service';
import type { Core, CoreOptions } from './types';
import { copyStarterNotes } from './vault/starter-notes';
import { Trash } from './vault/trash';
import { VaultSession } from './vault/vault-session';
import { openDrills, vaultDataDir, type OpenedDrills } from './drills/open-drills';
import { computeStats } from './stats/compute-stats';
import { mockFormats } from './mock/formats';
import { openMock, type OpenedMock } from './mock/open-mock';
import { coachReport } from './stories/coach-report';
import { checkedCompetencies } from './stories/competency-settings';
import { openStories, type OpenedStories } from './stories/open-stories';

export type { Core, CoreOptions } from './types';

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger();
  const { platform } = options;
  const events = new EventHub(logger);
  const timer = new TimerService({ clock, emit: events.emit });
  events.on(notifyTimerEnd(platform));
  const writer = createAtomicWriter(options.writeFs);
  const undoDir = path.join(options.dataDir, 'trash-undo');
  let store: AppStore | undefined;
  let session: VaultSession | null = null;
  /** The open vault's drills; null while they start, or when they could not (the notes still work). */
  let drills: OpenedDrills | null = null;
  /** The open vault's stories; null likewise. */
  let stories: OpenedStories | null = null;
  /** The open vault's mock interviews; null likewise. */
  let mock: OpenedMock | null = null;
  /** Opens run one at a time; the last one wins. */
  let opening: Promise<unknown> = Promise.resolve();
  /**
   * Notices from `start()` (a damaged settings file, a vault that could not
   * be reopened): no window is listening yet, so the event alone would be
   * lost. They wait here until a window asks with `app:notices`.
   */
  const startupNotices: Notice[] = [];

  const requireStore = () => {
    if (!store) throw new CoachError('INTERNAL', 'The app is still starting. Try again in a moment.');
    return store;
  };
  const requireSession = () => {
    if (!session) throw new CoachError('NO_VAULT', 'No vault is open. Open a folder of notes first.');
    return session;
  };

  const requireDrills = () => {
    requireSession();
    if (!drills) throw new CoachError('INTERNAL', 'The drills of this vault are not available (see the message shown when it opened).');
    return drills.drills;
  };

  const requireStories = () => {
    requireSession();
    if (!stories) throw new CoachError('INTERNAL', 'The stories of this vault are not available (see the message shown when it opened).');
    return stories.stories;
  };

  const requireMock = () => {
    requireSession();
    if (!mock) throw new CoachError('INTERNAL', 'The mock interviews of this vault are not available (see the message shown when it opened).');
    return mock.mock;
  };

  /** Closes the vault's mock interviews and stories (they read the drills' cards), its drills, then the vault. */
  const closeSession = async (closing: VaultSession) => {
    const closingMock = mock;
    mock = null;
    await closingMock?.close().catch((error) => logger.error('Could not close the mock interviews', error));
    stories?.close();
    stories = null;
    const closingDrills = drills;
    drills = null;
    await closingDrills?.close().catch((error) => logger.error('Could not close the drills', error));
    await closing.close();
  };

  const onVaultGone = (gone: VaultSession) => {
    if (session !== gone) return;
    session = null;
    void closeSession(gone);
    void store?.forgetLastVault().catch((error) => logger.error('Could not save settings', error));
    events.emit('vault:changed', { vault: null });
    events.emit('app:notice', {
      level: 'warning',
      message: `The vault folder “${gone.info.path}” was moved or deleted, so it was closed. Nothing was lost from the app; open the folder again from its new place.`,
    });
  };

  function openVault(folder: string): Promise<VaultInfo> {
    const next = opening.catch(() => undefined).then(async () => {
      const opened = await VaultSession.open(folder, { platform, clock, logger, emit: events.emit, writer, undoDir, onGone: onVaultGone });
      const previous = session;
      if (previous) await closeSession(previous);
      session = opened;
      drills = await startPart('Drills', () => startDrills(opened));
      stories = await startPart('Stories', () => startStories(opened));
      mock = await startPart('Mock interviews', () => startMock(opened));
      await requireStore().rememberVault(opened.info);
      events.emit('vault:changed', { vault: opened.info });
      return opened.info;
    });
    opening = next;
    return next;
  }

  const handlers: Handlers = {
    'app:info': () => ({ host: platform.host, version: platform.version, platform: process.platform, assetBase: platform.assetBase }),
    // Hosts answer this one themselves (they are the ones waiting for the renderer).
    'app:flushed': () => undefined,
    // Each notice is handed out once: a second window, or a reload, does not repeat it.
    'app:notices': () => startupNotices.splice(0),

    'settings:get': () => requireStore().settings,
    'settings:update': (patch) => requireStore().updateSettings(patch),

    'vault:current': () => session?.info ?? null,
    'vault:recent': async () => {
      const recent = requireStore().recentVaults;
      const present = await Promise.all(recent.map((vault) => isDirectory(vault.path)));
      // Folders that are gone (or on an unplugged drive) are hidden but kept, in case they come back.
      return recent.filter((_, i) => present[i]);
    },
    'vault:open': async ({ path: folder }) => {
      const chosen = folder ?? (await platform.pickFolder());
      return chosen === null ? null : openVault(chosen);
    },
    'vault:createDefault': async () => {
      await copyStarterNotes(options.starterDir, options.defaultVaultDir, writer);
      return openVault(options.defaultVaultDir);
    },

    'notes:tree': () => requireSession().service.tree(),
    'notes:read': ({ path: note }) => requireSession().service.read(note),
    'notes:readStart': ({ path: note }) => requireSession().service.readStart(note),
    'notes:write': (args) => requireSession().service.write(args),
    'notes:create': (args) => requireSession().service.create(args),
    'notes:createFolder': (args) => requireSession().service.createFolder(args),
    'notes:rename': (args) => requireSession().service.rename(args),
    'notes:delete': ({ path: note }) => requireSession().service.delete(note),
    'notes:restore': ({ trashId }) => requireSession().service.restore(trashId),

    'search:query': ({ query, limit }) => requireSession().search(query, limit),

    'timer:get': () => timer.get(),
    'timer:start': (args) => timer.start(args),
    'timer:pause': () => timer.pause(),
    'timer:resume': () => timer.resume(),
    'timer:reset': () => timer.reset(),
    'timer:addMinute': () => timer.addMinute(),
    'timer:setPreset': (setup) => timer.setPreset(setup),

    'drills:overview': () => requireDrills().overview(),
    'drills:queue': ({ selection }) => requireDrills().queue(selection),
    'drills:card': ({ cardId }) => requireDrills().card(cardId),
    'drills:buttons': ({ cardId }) => requireDrills().buttons(cardId),
    'drills:grade': ({ cardId, grade, elapsedMs }) => requireDrills().grade(cardId, grade, elapsedMs),
    'drills:undo': () => requireDrills().undo(),
    'drills:suspend': ({ cardId }) => requireDrills().suspend(cardId, true),
    'drills:unsuspend': ({ cardId }) => requireDrills().suspend(cardId, false),
    'drills:bury': ({ cardId }) => requireDrills().bury(cardId),
    'drills:summary': () => requireDrills().summary(),
    'drills:settings': () => requireDrills().settings(),
    'drills:updateSettings': async (patch) => {
      const settings = await requireStore().updateDrillSettings(patch);
      return drills ? drills.drills.updateSettings(settings) : settings;
    },
    'drills:writeAnswer': ({ cardId, answer }) => requireDrills().writeAnswer(cardId, answer),
    'drills:export': ({ selection }) => requireDrills().exportDeck(selection),
    'drills:import': (args) => requireDrills().importDeck(args),

    'stories:list': () => requireStories().list(),
    'stories:create': (args) => requireStories().create(args),
    // Needs no vault: it reads only the text it is given.
    'stories:coach': ({ text }) => coachReport(text),
    'stories:questions': () => requireStories().questions(),
    'stories:matrix': () => requireStories().matrix(),
    'stories:link': ({ path: story, question, linked }) => requireStories().link(story, question, linked),
    'stories:setCompetencies': ({ path: story, competencies }) => requireStories().setCompetencies(story, competencies),
    'stories:rehearsed': ({ path: story, rating }) => requireStories().rehearsed(story, rating),
    'stories:takes': ({ path: story }) => requireStories().takes(story),
    'stories:saveTake': (args) => requireStories().saveTake(args),
    'stories:rehearsal': ({ path: story }) => requireStories().rehearsal(story),
    'stories:competencies': () => requireStore().competencies,
    'stories:updateCompetencies': async ({ competencies }) => {
      const saved = await requireStore().setCompetencies(checkedCompetencies(competencies));
      events.emit('stories:changed', {});
      return saved;
    },

    // Needs no vault: the ready-made set-ups are the app's.
    'mock:formats': () => mockFormats(),
    'mock:start': ({ plan }) => requireMock().start(plan),
    'mock:active': () => mock?.mock.active() ?? null,
    'mock:saveAnswer': ({ sessionId, index, typed }) => requireMock().saveAnswer(sessionId, index, typed),
    'mock:next': ({ sessionId }) => requireMock().next(sessionId),
    'mock:pause': ({ sessionId }) => requireMock().pause(sessionId),
    'mock:resume': ({ sessionId }) => requireMock().resume(sessionId),
    'mock:finish': ({ sessionId }) => requireMock().finish(sessionId),
    'mock:saveRecording': (args) => requireMock().saveRecording(args),
    'mock:history': () => requireMock().history(),
    'stats:overview': async () => {
      const { reviews, schedules } = await requireDrills().statsInput();
      return computeStats({ reviews, schedules, sessions: mock?.mock.sessions() ?? [] }, { now: clock.now() });
    },
    'mock:review': ({ sessionId }) => requireMock().review(sessionId),
    'mock:rate': (args) => requireMock().rate(args),
    'mock:delete': ({ sessionId }) => requireMock().delete(sessionId),
  };

  return {
    handlers,
    onEvent: (listener) => events.on(listener),
    windowState: {
      get: () => store?.windowState ?? undefined,
      set: async (state) => requireStore().setWindowState(state),
    },
    resolveAsset: async (vaultPath) => requireSession().service.resolveAsset(vaultPath),

    async start() {
      const keepNotices = events.on((name, payload) => {
        if (name === 'app:notice') startupNotices.push(payload as Notice);
      });
      try {
        await startServices();
      } finally {
        keepNotices();
      }
    },

    async stop() {
      timer.stop();
      await opening.catch(() => undefined);
      const closing = session;
      session = null;
      if (closing) await closeSession(closing);
      await store?.flush().catch((error) => logger.error('Could not save settings', error));
    },
  };

  /** A part of a vault just opened (its drills, its stories); a failure leaves the notes usable and says why. */
  async function startPart<T>(name: string, start: () => Promise<T>): Promise<T | null> {
    try {
      return await start();
    } catch (error) {
      logger.error(`Could not start the ${name.toLowerCase()}`, error);
      const reason = error instanceof CoachError ? error.message : String(error);
      events.emit('app:notice', { level: 'error', message: `${name} are not available for this vault: ${reason}` });
      return null;
    }
  }

  async function startDrills(opened: VaultSession): Promise<OpenedDrills> {
    const started = await openDrills({
      session: opened,
      dataDir: options.dataDir,
      settings: requireStore().drillSettings,
      writer,
      clock,
      logger,
      emit: events.emit,
      appendFs: options.appendFs,
    });
    for (const message of started.notices) events.emit('app:notice', { level: 'warning', message });
    return started;
  }

  function startStories(opened: VaultSession): Promise<OpenedStories> {
    return openStories({
      session: opened,
      cards: drills?.cards ?? null,
      competencies: () => requireStore().competencies,
      clock,
      logger,
      emit: events.emit,
      onEvent: (listener) => events.on(listener),
    });
  }

  async function startMock(opened: VaultSession): Promise<OpenedMock> {
    const openedStories = stories;
    const started = await openMock({
      session: opened,
      vaultDataDir: vaultDataDir(options.dataDir, opened.info.path),
      drills,
      behavioralQuestions: openedStories ? () => openedStories.stories.questions() : null,
      timer,
      writer,
      clock,
      logger,
      emit: events.emit,
      onEvent: (listener) => events.on(listener),
    });
    for (const message of started.notices) events.emit('app:notice', { level: 'warning', message });
    return started;
  }

  /** Settings, then the vault to open at start. */
  async function startServices() {
    await Trash.clearUndoCopies(undoDir);
    store = await AppStore.open({
      dataDir: options.dataDir,
      writer,
      now: clock.now,
      onCorrupt: (movedTo) =>
        events.emit('app:notice', {
          level: 'warning',
          message: `The app's settings file was damaged, so default settings are used. The old file was kept as “${movedTo}”.`,
        }),
    });
    // An explicit vault must open or say why; a remembered one that is gone just means the welcome screen.
    const last = store.lastVault;
    const initial = options.initialVault ?? (last !== null && (await isDirectory(last)) ? last : null);
    if (initial === null) return;
    try {
      await openVault(initial);
    } catch (error) {
      logger.warn(`Could not reopen the vault ${initial}`, error);
      const reason = error instanceof CoachError ? error.message : 'it could not be read';
      events.emit('app:notice', { level: 'warning', message: `The vault “${initial}” was not opened: ${reason}` });
    }
  }
}

async function isDirectory(folder: string): Promise<boolean> {
  return (await fsp.stat(folder).catch(() => null))?.isDirectory() ?? false;
}
