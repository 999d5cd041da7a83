/**
 * A story's front matter read into typed fields. Stories are edited by hand
 * in other editors, so every field has a default and a value that cannot be
 * read is reported (with what was used instead) rather than thrown.
 */
import { DEFAULT_TARGET_SECONDS } from './coach-rules';
import { yaml } from './yaml-module';

/** The front matter keys a story uses, as written in the file. */
export type StoryKey = 'title' | 'competencies' | 'questions' | 'target' | 'last_rehearsed' | 'rating';

export interface StoryMeta {
  /** Front matter `title`, else the first `# ` heading, else the file name. */
  title: string;
  /** Competency ids as written (resolve them with resolveCompetencies). */
  competencies: string[];
  /** Linked questions, as written. */
  questions: string[];
  /** Target spoken length in seconds. */
  targetSeconds: number;
  /** `YYYY-MM-DD`, or null when never rehearsed. */
  lastRehearsed: string | null;
  /** The last rehearsal's self-rating, 1–5, or null. */
  rating: number | null;
}

/** A key whose value could not be read; the field has its default instead. */
export interface FieldError {
  key: StoryKey;
  message: string;
}

export interface ReadMeta {
  /** The fields found; `title` is absent when the front matter has none. */
  meta: Omit<StoryMeta, 'title'> & { title?: string };
  fieldErrors: FieldError[];
  /** Why the YAML could not be read at all, or null. */
  frontMatterError: string | null;
  /** Offset of each story key in the YAML. */
  keyOffsets: Partial<Record<StoryKey, number>>;
}

const DEFAULTS: ReadMeta['meta'] = { competencies: [], questions: [], targetSeconds: DEFAULT_TARGET_SECONDS, lastRehearsed: null, rating: null };

const STORY_KEYS: readonly StoryKey[] = ['title', 'competencies', 'questions', 'target', 'last_rehearsed', 'rating'];

/** Reads the YAML between the front matter fences (null: the story has none). */
export function readStoryMeta(source: string | null): ReadMeta {
  const result: ReadMeta = { meta: { ...DEFAULTS }, fieldErrors: [], frontMatterError: null, keyOffsets: {} };
  if (source === null) return result;
  const document = yaml().parseDocument(source);
  const error = document.errors[0];
  if (error) {
    result.frontMatterError = `The front matter is not valid YAML: ${error.message.split('\n')[0]}`;
    return result;
  }
  const contents = document.contents;
  if (contents === null) return result;
  if (!yaml().isMap(contents)) {
    result.frontMatterError = 'The front matter is not a list of "key: value" lines.';
    return result;
  }
  for (const pair of contents.items) {
    if (!yaml().isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    if (isStoryKey(key)) result.keyOffsets[key] = pair.key.range[0];
  }
  let data: Record<string, unknown>;
  try {
    data = document.toJS() as Record<string, unknown>;
  } catch (cause) {
    result.frontMatterError = `The front matter could not be read: ${cause instanceof Error ? cause.message : String(cause)}`; // an alias with no anchor
    return result;
  }
  readFields(data, result);
  return result;
}

function isStoryKey(key: string): key is StoryKey {
  return (STORY_KEYS as readonly string[]).includes(key);
}

function readFields(data: Record<string, unknown>, result: ReadMeta): void {
  const { meta } = result;
  const fail = (key: StoryKey, message: string) => result.fieldErrors.push({ key, message });
  if (data.title !== undefined && data.title !== null) {
    if (typeof data.title === 'string' || typeof data.title === 'number') meta.title = String(data.title).trim() || undefined;
    else fail('title', 'title is not text; the first heading is used instead.');
  }
  meta.competencies = stringList(data.competencies, true, () => fail('competencies', 'competencies is not a list of names; none are used.'));
  meta.questions = stringList(data.questions, false, () => fail('questions', 'questions is not a list of questions; none are used.'));
  if (data.target !== undefined && data.target !== null) {
    const seconds = parseTargetSeconds(data.target);
    if (seconds === null) fail('target', `target "${String(data.target)}" is not a length like 90, "90s", "1:30" or "2 min"; ${DEFAULT_TARGET_SECONDS} s is used.`);
    else meta.targetSeconds = seconds;
  }
  if (data.last_rehearsed !== undefined && data.last_rehearsed !== null) {
    meta.lastRehearsed = isoDate(data.last_rehearsed);
    if (meta.lastRehearsed === null) fail('last_rehearsed', `last_rehearsed "${String(data.last_rehearsed)}" is not a date like 2024-05-31.`);
  }
  if (data.rating !== undefined && data.rating !== null) {
    const rating = typeof data.rating === 'string' ? Number(data.rating.trim()) : data.rating;
    if (typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5) meta.rating = rating;
    else fail('rating', `rating "${String(data.rating)}" is not a whole number from 1 to 5.`);
  }
}

/** A YAML list of texts; a single text is one item, or (`splitCommas`) a comma-separated list. */
function stringList(value: unknown, splitCommas: boolean, fail: () => void): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? (splitCommas ? value.split(',') : [value]) : null;
  if (items === null || items.some((item) => item !== null && typeof item !== 'string' && typeof item !== 'number')) {
    fail();
    return [];
  }
  return items.filter((item) => item !== null).map((item) => String(item).trim()).filter(Boolean);
}

/** Upper bound of a sensible target: an hour. */
const MAX_TARGET_SECONDS = 3600;
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;
const UNITS = /^(?:(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)\.?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\.?)?$/;

/**
 * A target length in seconds: a number of seconds, or text like "90",
 * "90s", "90 sec", "1:30", "2 min", "1.5 minutes", "1 min 30 s"; null when
 * it is none of these or not between 1 s and an hour.
 */
export function parseTargetSeconds(value: unknown): number | null {
  let seconds: number | null = null;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    const clock = CLOCK.exec(text);
    const units = clock ? null : UNITS.exec(text);
    if (clock) seconds = Number(clock[1]) * 60 + Number(clock[2]);
    else if (units && (units[1] !== undefined || units[2] !== undefined)) seconds = Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0);
  }
  if (seconds === null || !Number.isFinite(seconds)) return null;
  seconds = Math.round(seconds);
  return seconds >= 1 && seconds <= MAX_TARGET_SECONDS ? seconds : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** `YYYY-MM-DD` of a real calendar day (a time after it is ignored), or null. */
function isoDate(value: unknown): string | null {
  const match = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
