/**
 * The stories of one open vault, and the `stories:*` methods that need one.
 * Stories are notes, so they are only ever written through the vault
 * service: atomically, checked against the hash that was read (an edit made
 * meanwhile in another program is a CONFLICT, never overwritten), and the
 * note catalog, search and cards learn of the change like any other edit.
 */
import type { BehavioralQuestion, Competency, RehearsalPlan, StoryList, StoryMatrixView, StorySummary, StoryTake } from '../../contract';
import { CoachError } from '../../contract/errors';
import { normalizeQuestion } from '../cards';
import type { VaultCards } from '../cards/vault-cards';
import type { Clock } from '../types';
import type { VaultService } from '../vault/vault-service';
import { collectQuestions, questionViews, type NoteQuestion } from './behavioral-questions';
import { buildMatrix } from './matrix';
import { storyFromCard, templateStory, type NewStoryChoices } from './new-story';
import { rehearsalPlan } from './rehearsal-plan';
import { FrontMatterEditError, setStoryFields, type StoryFieldChanges } from './set-story-fields';
import { parseStory, type ParsedStory } from './story-file';
import type { StoryCatalog } from './story-catalog';
import { storyEntry, storyRef, storySummary } from './story-entry';
import type { StoryKey } from './story-meta';
import { isStoryPath, STORIES_FOLDER, storyFileStem, storyPath, takesFolder, takeStem } from './story-paths';
import { decodeRecording, recordingExtension } from '../fs/recording';

/** The cards of the vault's notes, from the drills: behavioral questions and their draft answers. */
export type StoryCards = Pick<VaultCards, 'all' | 'get' | 'withAnswers'>;

export interface VaultStoriesOptions {
  catalog: StoryCatalog;
  notes: Pick<VaultService, 'read' | 'write' | 'create' | 'createFolder' | 'listAssets' | 'writeAsset'>;
  /** Null when the drills could not start: the bank's questions are still there. */
  cards: StoryCards | null;
  /** The competency set of the settings, as it is now. */
  competencies: () => Competency[];
  clock: Clock;
}

const LIST_KEYS: readonly StoryKey[] = ['questions', 'competencies'];

/** "Story 2" … "Story 100": past that, the user has a naming problem, not us. */
const MAX_NAME_TRIES = 100;

export class VaultStories {
  constructor(private readonly options: VaultStoriesOptions) {}

  list(): StoryList {
    const competencies = this.options.competencies();
    return { stories: this.options.catalog.all().map((entry) => storySummary(entry, competencies)), competencies };
  }

  /** A new story in `Stories/`, never over an existing file: "Title.md", "Title 2.md"… */
  async create(args: NewStoryChoices & { fromCardId?: string }): Promise<{ path: string }> {
    const content = args.fromCardId === undefined ? templateStory(args) : await this.fromCard(args, args.fromCardId);
    await this.options.notes.createFolder({ parent: '', name: STORIES_FOLDER }).catch((error: unknown) => {
      if (!(error instanceof CoachError && error.code === 'EXISTS')) throw error;
    });
    const stem = storyFileStem(args.title);
    for (let n = 1; n <= MAX_NAME_TRIES; n++) {
      const name = n === 1 ? `${stem}.md` : `${stem} ${n}.md`;
      const created = await this.options.notes.create({ folder: STORIES_FOLDER, name, content }).catch((error: unknown) => {
        if (error instanceof CoachError && error.code === 'EXISTS') return null;
        throw error;
      });
      if (created) return { path: created.path };
    }
    throw new CoachError('EXISTS', `There are already ${MAX_NAME_TRIES} stories named “${stem}”. Give this one another title.`);
  }

  questions(): BehavioralQuestion[] {
    return questionViews(this.questionSources(), this.storyRefs(), this.options.competencies());
  }

  matrix(): StoryMatrixView {
    const competencies = this.options.competencies();
    const matrix = buildMatrix(this.storyRefs(), competencies, this.questionSources().map((question) => question.text));
    return {
      competencies: matrix.coverage.map((entry) => ({ ...entry.competency, storyPaths: entry.storyIds })),
      stories: matrix.stories.map((story) => ({ path: story.id, title: story.title, competencies: story.competencyIds })),
      gaps: matrix.gaps,
      unlinkedQuestions: matrix.unlinkedQuestions,
    };
  }

  /** Adds `question` to the story's linked questions, or removes it (compared without case, spacing or punctuation). */
  link(path: string, question: string, linked: boolean): Promise<StorySummary> {
    return this.edit(path, (story) => {
      const key = normalizeQuestion(question);
      const current = story.meta.questions;
      const has = current.some((item) => normalizeQuestion(item) === key);
      if (linked) return has ? null : { questions: [...current, question] };
      return has ? { questions: current.filter((item) => normalizeQuestion(item) !== key) } : null;
    });
  }

  setCompetencies(path: string, competencies: readonly string[]): Promise<StorySummary> {
    const wanted = [...new Set(competencies.map((id) => id.trim()))];
    return this.edit(path, (story) => (sameList(story.meta.competencies, wanted) ? null : { competencies: wanted }));
  }

  /** Today (the local date) as the story's last rehearsal, with the user's 1–5 rating. */
  rehearsed(path: string, rating: number): Promise<StorySummary> {
    return this.edit(path, () => ({ last_rehearsed: localDate(this.options.clock.now()), rating }));
  }

  /** The story's takes, newest first. */
  async takes(path: string): Promise<StoryTake[]> {
    const assets = await this.options.notes.listAssets(takesFolder(storyPath(path)));
    return assets.map(({ path: take, bytes, mtimeMs }) => ({ path: take, bytes, recordedAt: Math.round(mtimeMs) })).sort((a, b) => b.recordedAt - a.recordedAt);
  }

  /** Writes a take (atomically, into the vault) named by when it was recorded. */
  async saveTake(args: { path: string; mimeType: string; base64: string }): Promise<StoryTake> {
    const folder = takesFolder(storyPath(args.path));
    const bytes = decodeRecording(args.base64);
    const extension = recordingExtension(args.mimeType);
    const now = this.options.clock.now();
    // Named to the second; a second take within it gets " 2" rather than replacing the first.
    const taken = new Set((await this.options.notes.listAssets(folder)).map((take) => take.path));
    let name = `${folder}/${takeStem(now)}.${extension}`;
    for (let n = 2; taken.has(name); n++) name = `${folder}/${takeStem(now)} ${n}.${extension}`;
    const { path } = await this.options.notes.writeAsset(name, bytes);
    return { path, bytes: bytes.length, recordedAt: now };
  }

  async rehearsal(path: string): Promise<RehearsalPlan> {
    const checked = storyPath(path);
    return rehearsalPlan(checked, (await this.options.notes.read(checked)).content);
  }

  /**
   * Reads the story, makes the front matter change `change` asks for (null:
   * none, and nothing is written) and writes it back only if the file is
   * still what was read.
   */
  private async edit(input: string, change: (story: ParsedStory) => StoryFieldChanges | null): Promise<StorySummary> {
    const path = storyPath(input);
    const note = await this.options.notes.read(path);
    const story = parseStory(note.content, path);
    const changes = change(story);
    if (changes === null) return storySummary(storyEntry(path, note.content, note.hash), this.options.competencies());
    // A list the app could not read holds the user's words: replacing it would lose them (a bad date or rating is just replaced).
    const unreadable = story.fieldErrors.find((error) => LIST_KEYS.includes(error.key) && changes[error.key] !== undefined);
    if (unreadable) throw new CoachError('INVALID_ARGUMENT', `“${path}” was not changed: ${unreadable.message} Fix it in the editor, so nothing written there is lost.`);
    let content: string;
    try {
      content = setStoryFields(note.content, changes);
    } catch (error) {
      if (!(error instanceof FrontMatterEditError)) throw error;
      throw new CoachError('INVALID_ARGUMENT', `“${path}” was not changed: ${error.message} Fix the front matter in the editor, then try again.`);
    }
    const saved = await this.options.notes.write({ path, content, expectedHash: note.hash });
    return storySummary(storyEntry(path, content, saved.hash), this.options.competencies());
  }

  private async fromCard(choices: NewStoryChoices, cardId: string): Promise<string> {
    const card = this.options.cards?.get(cardId);
    if (!this.options.cards || !card) {
      throw new CoachError('NOT_FOUND', 'That question is no longer in your notes (it was edited or its note deleted), so no story was made from it.');
    }
    const [answered] = await this.options.cards.withAnswers([card]);
    return storyFromCard(choices, card.question, answered?.answer ?? '');
  }

  /** Our questions and the notes' behavioral cards; cards inside stories are not questions to answer, they are parts of answers. */
  private questionSources() {
    const cards = this.options.cards?.all() ?? [];
    const fromNotes = cards
      .filter((card) => card.kind === 'behavioral' && !isStoryPath(card.notePath))
      .map((card): NoteQuestion => ({ id: card.id, question: card.question, notePath: card.notePath, line: card.line, answered: card.answered }));
    return collectQuestions(fromNotes);
  }

  private storyRefs() {
    return this.options.catalog.all().map(storyRef);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** `YYYY-MM-DD` of `now` on the user's calendar, not UTC: a rehearsal at 23:30 is today's. */
export function localDate(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
