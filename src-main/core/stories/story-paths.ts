/**
 * Which notes are stories, and the file name a new story gets. A story is a
 * `.md`/`.mdx` note anywhere under the vault's `Stories/` folder (spelt so:
 * the folder name is compared case-sensitively, as on Linux), so a story
 * method cannot be pointed at any other note.
 */
import { CoachError } from '../../contract/errors';
import { localDateTime } from '../util/local-time';
import { isNoteName, normalizeVaultPath } from '../vault/vault-paths';

export const STORIES_FOLDER = 'Stories';

/** For paths the core already holds in normalised form (the note catalog's). */
export function isStoryPath(notePath: string): boolean {
  return notePath.startsWith(`${STORIES_FOLDER}/`) && isNoteName(notePath);
}

/** A path from the renderer, normalised, or a CoachError when it is no story (`..` and the like: OUTSIDE_VAULT). */
export function storyPath(input: string): string {
  const normalized = normalizeVaultPath(input);
  if (!isStoryPath(normalized)) {
    throw new CoachError('INVALID_ARGUMENT', `“${normalized.slice(0, 200)}” is not a story: stories are the Markdown notes in the ${STORIES_FOLDER} folder.`);
  }
  return normalized;
}

/** Where a story's recorded takes go: `Stories/Takes/` and the story's path below `Stories/`, without its extension. */
export function takesFolder(storyPath: string): string {
  const below = storyPath.slice(STORIES_FOLDER.length + 1).replace(/\.(md|mdx)$/i, '');
  return `${STORIES_FOLDER}/Takes/${below}`;
}

/** A take's file name: when it was recorded, local time to the second ("2026-11-26 09-12-05"). */
export function takeStem(epochMs: number): string {
  const { date, time, seconds } = localDateTime(epochMs);
  return `${date} ${time.replace(':', '-')}-${seconds}`;
}

/** Long enough for any title worth keeping, short enough for every file system's 255-byte names with " 99.md" after it. */
const MAX_STEM = 80;
/** Characters Windows or macOS refuse in names, and those that break Obsidian links (`#`, `^`, `[`, `]`, `|`). */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/** A file name (without extension) for a story titled `title`: one that opens on every OS and in Obsidian. */
export function storyFileStem(title: string): string {
  let stem = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (stem.length > MAX_STEM) {
    const space = stem.lastIndexOf(' ', MAX_STEM);
    stem = stem.slice(0, space > MAX_STEM / 2 ? space : MAX_STEM);
  }
  // A leading dot would hide the file; a trailing dot or space is dropped by Windows.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  return stem === '' ? 'Untitled story' : stem;
}
