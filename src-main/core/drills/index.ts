/** Spaced-repetition drills: scheduling, the review log, queues, Anki import and export. */
export { appendFsFor, nodeAppendFs, type AppendFile, type AppendFs } from './append-file';
export { exportDeck } from './anki-export';
export { importDeck, type ImportOptions, type ImportResult, type SkippedRow } from './anki-import';
export type { CardState } from './card-state';
export type { Counts, DeckCounts } from './deck-counts';
export { DrillService, MAX_NEW_CARDS_PER_DAY, type DrillServiceOptions, type DrillSettings, type GradeButton } from './drill-service';
export { formatInterval } from './interval-label';
export type { GradeEntry, LogEntry, UndoEntry } from './log-entry';
export { DEFAULT_NEW_CARDS_PER_DAY, type DrillQueue } from './queue';
export { REVIEW_LOG_FILE } from './review-log';
export { DEFAULT_DESIRED_RETENTION, GRADES, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION, type Grade, type Phase, type Schedule } from './scheduler';
export type { SessionSummary } from './session-summary';
export { SNAPSHOT_FILE } from './snapshot';
export type { DrillCard, DrillSelection } from './types';
