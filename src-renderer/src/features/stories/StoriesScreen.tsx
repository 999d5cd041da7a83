/**
 * The Stories screen: the story bank with the open story beside it, the
 * behavioral questions with the stories that answer them, and the matrix
 * of stories × competencies. Ctrl+N here starts a new story. It stays
 * mounted while another screen shows (see App), keeping the open story.
 */
import * as Tabs from '@radix-ui/react-tabs';
import { Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BehavioralQuestion, StorySummary } from '../../../../src-main/contract';
import { useCommand } from '../../app/commands';
import { useSaver } from '../../app/savers';
import { errorMessage } from '../../lib/client';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { PromptDialog } from '../../lib/Dialog';
import { useNotify } from '../../lib/notices';
import { useRemote } from '../../lib/use-remote';
import type { NoteSession } from '../editor/note-session';
import { useRecheckOnShow } from '../editor/use-recheck-on-show';
import { MatrixView } from './MatrixView';
import { QuestionsView } from './QuestionsView';
import { StoryList } from './StoryList';
import { StoryWorkspace } from './StoryWorkspace';
import './stories.css';

type Tab = 'stories' | 'questions' | 'matrix';

interface StoriesScreenProps {
  /** False while another screen shows: the screen's commands stand down. */
  active: boolean;
  assetBase: string;
}

/** What "New story" starts from: a title alone, or a question (with its draft in the notes, if any). */
type NewStory = { question: BehavioralQuestion | null };

export function StoriesScreen({ active, assetBase }: StoriesScreenProps) {
  const client = useClient();
  const notify = useNotify();
  const [tab, setTab] = useState<Tab>('stories');
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState<NewStory | null>(null);
  const session = useRef<NoteSession | null>(null);
  const list = useRemote(() => client.call('stories:list', {}), [client]);
  const questions = useRemote(() => client.call('stories:questions', {}), [client]);
  const matrix = useRemote(() => client.call('stories:matrix', {}), [client]);
  useRecheckOnShow(active, session);

  useCoreEvent('stories:changed', () => {
    void list.reload();
    void questions.reload();
    void matrix.reload();
  });
  useCoreEvent('drills:changed', () => void questions.reload());

  const stories = list.data?.stories ?? [];
  const competencies = list.data?.competencies ?? [];
  // A story gone from the list (deleted or renamed elsewhere) stays open as it was: its editor
  // offers "Save as…" for text not saved yet, rather than taking it away.
  const lastOpen = useRef<StorySummary | null>(null);
  const listed = stories.find((candidate) => candidate.path === selected);
  if (listed) lastOpen.current = listed;
  const story = listed ?? (lastOpen.current?.path === selected ? lastOpen.current : null);

  // The first story opens by itself, so the screen is never an empty pane beside a list.
  useEffect(() => {
    if (!selected && stories.length > 0) setSelected(stories[0]!.path);
  }, [selected, stories]);

  // Stable: the editor ends its session whenever this changes.
  const keepSession = useCallback((next: NoteSession | null) => {
    session.current = next;
  }, []);

  /** Saves the open story; false (and the user told) when its edits could not be saved. */
  const saveOpenStory = useCallback(async () => {
    if (!session.current || (await session.current.save())) return true;
    notify({ level: 'error', message: 'The story could not be saved, so it stays open. See the message above its text.' });
    return false;
  }, [notify]);

  const openStory = useCallback(
    async (path: string) => {
      if (path !== selected && !(await saveOpenStory())) return;
      setSelected(path);
      setTab('stories');
    },
    [selected, saveOpenStory],
  );

  useEffect(() => {
    const onBlur = () => void saveOpenStory();
    window.addEventListener('blur', onBlur);
    return () => window.removeEventListener('blur', onBlur);
  }, [saveOpenStory]);
  useSaver(saveOpenStory);

  useCommand('note.new', () => setCreating({ question: null }), active);
  useCommand('note.save', () => void saveOpenStory(), active);

  const link = async (question: string, path: string) => {
    try {
      await client.call('stories:link', { path, question, linked: true });
      notify({ level: 'info', message: `Linked to “${stories.find((s) => s.path === path)?.title ?? path}”.` });
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  const create = async (title: string): Promise<string | void> => {
    const question = creating?.question;
    try {
      const created = await client.call('stories:create', {
        title,
        ...(question ? { questions: [question.text], competencies: question.competencies } : {}),
        ...(question?.card?.hasDraft ? { fromCardId: question.card.id } : {}),
      });
      setCreating(null);
      await list.reload();
      await openStory(created.path);
    } catch (error) {
      return errorMessage(error);
    }
  };

  if (list.error && !list.data) {
    return (
      <div className="stories-screen">
        <p role="alert" className="stories-error">
          The stories could not be read: {list.error}
        </p>
      </div>
    );
  }

  return (
    <Tabs.Root className="stories-screen" value={tab} onValueChange={(value) => setTab(value as Tab)}>
      <div className="stories-header">
        <h1>Stories</h1>
        <Tabs.List className="stories-tabs" aria-label="Stories views">
          <Tabs.Trigger value="stories">Story bank</Tabs.Trigger>
          <Tabs.Trigger value="questions">Questions</Tabs.Trigger>
          <Tabs.Trigger value="matrix">Matrix</Tabs.Trigger>
        </Tabs.List>
        <span className="stories-header-spacer" />
        <button type="button" className="button primary" onClick={() => setCreating({ question: null })} title="New story (Ctrl+N)">
          <Plus size={15} aria-hidden /> New story
        </button>
      </div>
      {/* Kept mounted on the other tabs: the open story's editor (its unsaved text, undo, caret) stays. */}
      <Tabs.Content value="stories" className="stories-bank" forceMount>
        <StoryList stories={stories} competencies={competencies} selected={selected} onSelect={(path) => void openStory(path)} onNew={() => setCreating({ question: null })} />
        {story ? (
          <StoryWorkspace key={story.path} story={story} assetBase={assetBase} competencies={competencies} onSession={keepSession} />
        ) : (
          <div className="story-workspace empty">{list.loading ? null : <p>Choose a story, or start a new one with Ctrl+N.</p>}</div>
        )}
      </Tabs.Content>
      <Tabs.Content value="questions" className="stories-panel">
        <QuestionsView
          questions={questions.data}
          error={questions.error}
          stories={stories}
          competencies={competencies}
          onLink={(question, path) => void link(question, path)}
          onNewStory={(question) => setCreating({ question })}
          onOpenStory={(path) => void openStory(path)}
        />
      </Tabs.Content>
      <Tabs.Content value="matrix" className="stories-panel">
        <MatrixView matrix={matrix.data} competencies={competencies} error={matrix.error} onOpenStory={(path) => void openStory(path)} onShowQuestions={() => setTab('questions')} />
      </Tabs.Content>
      {creating && (
        <PromptDialog
          open
          title={creating.question?.card?.hasDraft ? 'Turn the draft into a story' : 'New story'}
          label="Title"
          initialValue={creating.question ? shortTitle(creating.question.text) : ''}
          submitLabel="Create story"
          onSubmit={create}
          onClose={() => setCreating(null)}
        />
      )}
    </Tabs.Root>
  );
}

/** A question as the story's working title, offered for the user to shorten before creating it. */
function shortTitle(question: string): string {
  return question.replace(/[?？]\s*$/, '').slice(0, 120);
}
