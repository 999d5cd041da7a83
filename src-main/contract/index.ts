/**
 * The one contract between the renderer and the core.
 *
 * Every request the renderer can make and every event it can receive is
 * declared here once: its namespaced name, the schema its arguments are
 * validated against at the boundary, and its result type. The Electron main
 * process registers handlers from it, the preload exposes it, browser mode
 * serves it over a WebSocket, and the renderer's client is typed by it.
 *
 * This module is imported by both sides, so it must stay free of Node and DOM
 * APIs: only zod and plain types.
 */
import { z } from 'zod';
import type {
  AppInfo,
  NoteFile,
  NoteStart,
  SavedNote,
  SearchHit,
  Settings,
  TimerCue,
  TimerSnapshot,
  TreeNode,
  VaultInfo,
  Notice,
} from './types';
import type { CommandId } from './commands';
import {
  drillArgs,
  type CardView,
  type DrillOverview,
  type DrillQueue,
  type DrillSessionSummary,
  type DrillSettings,
  type GradeButton,
  type ImportReport,
} from './drills';
import { mockArgs, type MockFormat, type MockHistoryItem, type MockRecording, type MockReview, type MockSession } from './mock';
import type { PracticeStats } from './stats';
import { storyArgs, type StoryTake, type BehavioralQuestion, type CoachReport, type Competency, type RehearsalPlan, type StoryList, type StoryMatrixView, type StorySummary } from './stories';

export * from './types';
export * from './errors';
export * from './commands';
export * from './wire';
export * from './drills';
export * from './stories';
export * from './mock';
export * from './stats';

/** A path inside the vault, relative, with forward slashes. Checked again in the core. */
const vaultPath = z.string().min(1).max(4096);
const folderPath = z.string().max(4096); // '' is the vault root
const fileName = z.string().min(1).max(255);

const pathArgs = z.object({ path: vaultPath }).strict();
const writeArgs = z
  .object({
    path: vaultPath,
    content: z.string().max(64 * 1024 * 1024),
    expectedHash: z.string().max(128).nullable(),
    force: z.boolean().optional(),
  })
  .strict();
const createArgs = z
  .object({ folder: folderPath, name: fileName.optional(), content: z.string().max(1024 * 1024).optional() })
  .strict();
const createFolderArgs = z.object({ parent: folderPath, name: fileName }).strict();
const renameArgs = z.object({ from: vaultPath, to: vaultPath }).strict();
const restoreArgs = z.object({ trashId: z.string().min(1).max(256) }).strict();
const searchArgs = z
  .object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() })
  .strict();

const none = z.object({}).strict();
const flushedArgs = z.object({ requestId: z.string().max(64) }).strict();
const settingsPatch = z.object({ theme: z.enum(['system', 'light', 'dark']).optional() }).strict();
const openArgs = z.object({ path: z.string().min(1).max(4096).optional() }).strict();

/** A countdown's bounds: a second at least (shorter is a typo), four hours at most (longer is not interview practice). */
const TIMER_MIN_MS = 1000;
export const TIMER_MAX_MS = 4 * 60 * 60 * 1000;
const timerMode = z.enum(['countdown', 'stopwatch']);
const timerDuration = z.number().int().min(TIMER_MIN_MS).max(TIMER_MAX_MS);
/** Shown in the header beside the time: one short line. */
const timerLabel = z.string().trim().min(1).max(80).regex(/^\P{Cc}*$/u, 'A label is one line of text');
const noStopwatchDuration = (args: { mode?: string; durationMs?: number }) =>
  !(args.mode === 'stopwatch' && args.durationMs !== undefined);
const stopwatchDurationError = { message: 'A stopwatch has no duration', path: ['durationMs'] };
/**
 * Each part left out is taken from how the timer is set up (the header's
 * preset), so `{}` is the header's Start; a drill names its own duration and label.
 */
const timerStartArgs = z
  .object({ mode: timerMode.optional(), durationMs: timerDuration.optional(), label: timerLabel.optional() })
  .strict()
  .refine(noStopwatchDuration, stopwatchDurationError);
const timerPresetArgs = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('countdown'), durationMs: timerDuration }).strict(),
  z.object({ mode: z.literal('stopwatch') }).strict(),
]);

/** Declares a method: its argument schema now, its result type as a type argument. */
function method<Result>() {
  return <Args extends z.ZodType>(args: Args) => ({ args, result: undefined as unknown as Result });
}

export const methods = {
  'app:info': method<AppInfo>()(none),
  /** Acknowledges an `app:flush` event once the renderer has saved everything. */
  'app:flushed': method<void>()(flushedArgs),
  /**
   * Notices the core raised while starting, before any window could listen
   * (a damaged settings file, a vault that could not be reopened). Each is
   * returned once; the renderer asks when it loads.
   */
  'app:notices': method<Notice[]>()(none),

  'settings:get': method<Settings>()(none),
  'settings:update': method<Settings>()(settingsPatch),

  'vault:current': method<VaultInfo | null>()(none),
  'vault:recent': method<VaultInfo[]>()(none),
  /** Without a path, asks the user with the platform's folder picker; null when cancelled. */
  'vault:open': method<VaultInfo | null>()(openArgs),
  /** Creates (or reopens) the default vault with the starter notes. */
  'vault:createDefault': method<VaultInfo>()(none),

  'notes:tree': method<TreeNode[]>()(none),
  'notes:read': method<NoteFile>()(pathArgs),
  /**
   * The first lines of a note (the whole note when it is short), to show
   * while `notes:read` brings a big one: in browser mode a megabyte takes
   * longer to arrive than the editor takes to show its start.
   */
  'notes:readStart': method<NoteStart>()(pathArgs),
  /**
   * Writes a note atomically. `expectedHash` is the hash of the content the
   * editor was based on (null for "the file should not exist yet"); another
   * file on disk is a CONFLICT unless `force` is set.
   */
  'notes:write': method<SavedNote>()(writeArgs),
  'notes:create': method<NoteFile>()(createArgs),
  'notes:createFolder': method<{ path: string }>()(createFolderArgs),
  'notes:rename': method<{ path: string }>()(renameArgs),
  /** Moves a note or folder to the trash; the id undoes it. */
  'notes:delete': method<{ trashId: string }>()(pathArgs),
  'notes:restore': method<{ path: string }>()(restoreArgs),

  'search:query': method<SearchHit[]>()(searchArgs),

  /** The timer as it is now: what a page shows at once after a reload. */
  'timer:get': method<TimerSnapshot>()(none),
  /** Starts afresh (a running timer is replaced). Drills and mock interviews drive the same timer with a label. */
  'timer:start': method<TimerSnapshot>()(timerStartArgs),
  'timer:pause': method<TimerSnapshot>()(none),
  'timer:resume': method<TimerSnapshot>()(none),
  /** Stops and goes back to the set-up duration, idle. */
  'timer:reset': method<TimerSnapshot>()(none),
  /** One more minute on a countdown (a finished one runs again); a stopwatch is left as it is. */
  'timer:addMinute': method<TimerSnapshot>()(none),
  /** Sets the timer up (the header's preset choice), idle; stops a run. */
  'timer:setPreset': method<TimerSnapshot>()(timerPresetArgs),

  /** Decks with their new / due / total counts. */
  'drills:overview': method<DrillOverview>()(none),
  /** Today's cards for a deck, folder, tag, all due, or the unanswered ones; starts a session for the summary. */
  'drills:queue': method<DrillQueue>()(drillArgs.selection),
  'drills:card': method<CardView>()(drillArgs.card),
  /** The four grades, each with the interval it would give the card now. */
  'drills:buttons': method<GradeButton[]>()(drillArgs.card),
  /** Resolves once the grade is on disk. */
  'drills:grade': method<CardView>()(drillArgs.grade),
  /** Takes back the session's last grade; the card it was, or null. */
  'drills:undo': method<CardView | null>()(none),
  'drills:suspend': method<CardView>()(drillArgs.card),
  'drills:unsuspend': method<CardView>()(drillArgs.card),
  /** Hides the card until tomorrow. */
  'drills:bury': method<CardView>()(drillArgs.card),
  'drills:summary': method<DrillSessionSummary>()(none),
  'drills:settings': method<DrillSettings>()(none),
  'drills:updateSettings': method<DrillSettings>()(drillArgs.settings),
  /** Writes an answer into the note under the card's question (the rest of the note byte for byte). */
  'drills:writeAnswer': method<CardView>()(drillArgs.writeAnswer),
  /** The cards as a tab-separated file Anki's "Import File" reads. */
  'drills:export': method<{ fileName: string; content: string; cards: number }>()(drillArgs.selection),
  /** A TSV (Anki) or CSV file made into a new note of question headings. */
  'drills:import': method<ImportReport>()(drillArgs.import),

  /** The stories of the vault's `Stories/` folder, and the competency set. */
  'stories:list': method<StoryList>()(none),
  /** A new story from the template (or from a card's draft answer), in `Stories/`; it does not replace a file. */
  'stories:create': method<{ path: string }>()(storyArgs.create),
  /** The coach's findings and the section split for a story's Markdown (the editor's, as it is being typed). */
  'stories:coach': method<CoachReport>()(storyArgs.coach),
  /** Our behavioral questions and those of the notes, with their stories and suggestions. */
  'stories:questions': method<BehavioralQuestion[]>()(none),
  'stories:matrix': method<StoryMatrixView>()(none),
  /** Links a question to a story, or unlinks it: an edit of the story's front matter. */
  'stories:link': method<StorySummary>()(storyArgs.link),
  'stories:setCompetencies': method<StorySummary>()(storyArgs.setCompetencies),
  /** Today as the story's last rehearsal, with the user's rating. */
  'stories:rehearsed': method<StorySummary>()(storyArgs.rehearsed),
  'stories:rehearsal': method<RehearsalPlan>()(storyArgs.path),
  /** The story's recorded takes, newest first (a take is deleted with `notes:delete`, to the trash). */
  'stories:takes': method<StoryTake[]>()(storyArgs.path),
  /** Keeps a recorded telling of the story under `Stories/Takes/<story>/`. */
  'stories:saveTake': method<StoryTake>()(storyArgs.saveTake),
  'stories:competencies': method<Competency[]>()(none),
  'stories:updateCompetencies': method<Competency[]>()(storyArgs.updateCompetencies),

  /** The ready-made set-ups ("Behavioral: 5 questions, 2 minutes each"…). */
  'mock:formats': method<MockFormat[]>()(none),
  /** Builds the questions (due cards and questions without a story first, none twice) and starts thinking on the timer. */
  'mock:start': method<MockSession>()(mockArgs.start),
  /** The session still running or paused (after a reload or a restart), or null. */
  'mock:active': method<MockSession | null>()(none),
  /** Keeps the answer typed so far (the renderer sends it as the user types). */
  'mock:saveAnswer': method<void>()(mockArgs.saveAnswer),
  /** Ends the thinking or the answer now: on to answering, or the next question (the last one finishes the session). */
  'mock:next': method<MockSession>()(mockArgs.session),
  'mock:pause': method<MockSession>()(mockArgs.session),
  'mock:resume': method<MockSession>()(mockArgs.session),
  /** Ends the session early; the questions not reached stay unanswered. Writes the report. */
  'mock:finish': method<MockSession>()(mockArgs.session),
  /** Writes an answer's recording beside the session's report; the typed answer and the session are kept if it fails. */
  'mock:saveRecording': method<MockRecording>()(mockArgs.saveRecording),
  'mock:history': method<MockHistoryItem[]>()(none),
  'mock:review': method<MockReview>()(mockArgs.session),
  /** The user's rating and notes on one answer; the report is updated. */
  'mock:rate': method<MockReview>()(mockArgs.rate),
  /** Removes a session from the history, its report and recordings to the trash. */
  'mock:delete': method<void>()(mockArgs.session),

  /** Practice over time: the heatmap's days, the streak, retention, the due forecast, mock trends. */
  'stats:overview': method<PracticeStats>()(none),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodArgs<M extends MethodName> = z.input<Methods[M]['args']>;
export type MethodResult<M extends MethodName> = Methods[M]['result'];

/** Events the core pushes to every window. */
export interface Events {
  /** The open vault changed (opened, or its folder disappeared: then null). */
  'vault:changed': { vault: VaultInfo | null };
  /** Files or folders were added, removed or renamed: refetch the tree. */
  'tree:changed': Record<string, never>;
  /** A note changed on disk through another program (not our own write). */
  'note:changedOnDisk': { path: string; hash: string };
  /** A note was deleted or moved away on disk by another program. */
  'note:removedOnDisk': { path: string };
  /** Something the user should be told that is not an answer to a request. */
  'app:notice': Notice;
  /** The host is about to quit or reload: save everything, then call `app:flushed`. */
  'app:flush': { requestId: string };
  /** Sent by browser mode's transport itself (not the core) when the host went away. */
  'host:disconnected': Record<string, never>;
  /** A menu item was chosen: run the renderer command with this id. */
  'command:run': { id: CommandId };
  /** The timer's state changed (started, paused, finished…); sent on changes only, not per second. */
  'timer:changed': TimerSnapshot;
  /** Time for a cue: 30 seconds left, or the end. */
  'timer:cue': TimerCue;
  /** Cards were found, changed or graded: refetch the deck list. */
  'drills:changed': Record<string, never>;
  /** A story was created, edited or removed, or the competencies changed: refetch the story views. */
  'stories:changed': Record<string, never>;
  /** The running mock session moved on (a phase ended on the timer, a question was answered): the new state. */
  'mock:changed': { session: MockSession | null };
}
export type EventName = keyof Events;

/** The handlers a host must provide, one per method, typed from the contract. */
export type Handlers = {
  [M in MethodName]: (args: z.output<Methods[M]['args']>) => Promise<MethodResult<M>> | MethodResult<M>;
};

/** The bridge the preload exposes as `window.coach` and browser mode imitates. */
export interface Bridge {
  invoke(name: string, args: unknown): Promise<WireResult>;
  on(listener: (name: string, payload: unknown) => void): () => void;
}

/** What crosses the boundary for every request: never a thrown exception. */
export type WireResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

export const IPC_INVOKE_CHANNEL = 'coach:invoke';
export const IPC_EVENT_CHANNEL = 'coach:event';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
