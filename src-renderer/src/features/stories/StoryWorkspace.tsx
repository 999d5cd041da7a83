/**
 * One story open: the rich editor (the same editor and lossless saving as
 * notes) with the STAR guide, the spoken-time split above the text, the
 * story's competencies and questions, Rehearse, and the coach beside it,
 * which reads the editor's text a moment after each change.
 */
import { Link2Off, Mic, Tags } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoachFinding, CoachReport, Competency, NoteFile, StorySummary } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { NoteEditor } from '../editor/NoteEditor';
import type { NoteSession } from '../editor/note-session';
import { CoachPanel } from './CoachPanel';
import { CompetenciesDialog } from './CompetenciesDialog';
import { RehearseDialog } from './RehearseDialog';
import { SpokenSplit } from './SpokenSplit';
import { StoryGuidePlugin, type StoryGuide } from './StoryGuidePlugin';
import { rehearsedText } from './story-text';

/** The coach reads the text this long after typing stops: long enough to skip keystrokes, short enough to feel live. */
const COACH_DELAY_MS = 250;

interface StoryWorkspaceProps {
  story: StorySummary;
  assetBase: string;
  competencies: Competency[];
  /** Gives the screen the session, to save before switching stories, on blur and quit. */
  onSession: (session: NoteSession | null) => void;
}

export function StoryWorkspace({ story, assetBase, competencies, onSession }: StoryWorkspaceProps) {
  const client = useClient();
  const notify = useNotify();
  const [file, setFile] = useState<NoteFile | { error: string } | null>(null);
  const [report, setReport] = useState<CoachReport>();
  const [coachError, setCoachError] = useState<string>();
  const [dialog, setDialog] = useState<'competencies' | 'rehearse' | null>(null);
  const session = useRef<NoteSession | null>(null);
  const guide = useRef<StoryGuide | null>(null);
  const coachTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const coachRun = useRef(0);

  useEffect(() => {
    let current = true;
    client.call('notes:read', { path: story.path }).then(
      (read) => current && setFile(read),
      (error) => current && setFile({ error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
    // The file is read once per story; later changes come through the session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, story.path]);

  const coachNow = useCallback(
    (text: string) => {
      const run = ++coachRun.current;
      client.call('stories:coach', { text }).then(
        (fresh) => {
          if (run !== coachRun.current) return;
          setReport(fresh);
          setCoachError(undefined);
        },
        (error) => run === coachRun.current && setCoachError(errorMessage(error)),
      );
    },
    [client],
  );

  useEffect(() => {
    if (file && 'content' in file) coachNow(file.content);
  }, [file, coachNow]);
  useEffect(() => () => clearTimeout(coachTimer.current), []);

  const onEdited = useCallback(() => {
    clearTimeout(coachTimer.current);
    coachTimer.current = setTimeout(() => {
      if (session.current) coachNow(session.current.content());
    }, COACH_DELAY_MS);
  }, [coachNow]);

  // Edited by another program while open: reload it, or raise the conflict bar over unsaved edits.
  useCoreEvent('note:changedOnDisk', ({ path, hash }) => {
    if (path === story.path) void session.current?.diskChanged(hash);
  });
  useCoreEvent('note:removedOnDisk', ({ path }) => {
    if (path === story.path) session.current?.diskRemoved();
  });

  const keepSession = useCallback(
    (next: NoteSession | null) => {
      session.current = next;
      onSession(next);
    },
    [onSession],
  );

  /** A change the core makes to the story's front matter: the editor's edits are saved first, and it shows the result. */
  const changeStory = useCallback(
    async (change: () => Promise<StorySummary>) => {
      if (session.current && !(await session.current.save())) {
        notify({ level: 'error', message: 'The story has edits that could not be saved yet, so it was not changed. Try again once it is saved.' });
        return false;
      }
      try {
        const changed = await change();
        await session.current?.diskChanged(changed.hash);
        return true;
      } catch (error) {
        notify({ level: 'error', message: errorMessage(error) });
        return false;
      }
    },
    [notify],
  );

  if (!file) return <div className="story-workspace loading" aria-busy="true" />;
  if ('error' in file) {
    return (
      <div className="story-workspace">
        <p className="story-unreadable" role="alert">
          “{story.title}” could not be opened: {file.error}
        </p>
      </div>
    );
  }

  const labelOf = (id: string) => competencies.find((c) => c.id === id)?.label ?? id;
  return (
    <div className="story-workspace">
      <div className="story-main">
        <div className="story-bar">
          <button type="button" className="button primary" onClick={() => setDialog('rehearse')}>
            <Mic size={15} aria-hidden /> Rehearse
          </button>
          <span className="story-rehearsed">{rehearsedText(story.lastRehearsed, new Date())}</span>
          <span className="story-bar-spacer" />
          <ul className="chips" aria-label="Competencies">
            {story.competencies.map((id) => (
              <li key={id} className="tag-chip">
                {labelOf(id)}
              </li>
            ))}
            {story.unknownCompetencies.map((name) => (
              <li key={name} className="tag-chip unknown" title="Not in your competencies any more: kept in the story">
                {name}?
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setDialog('competencies')}>
            <Tags size={15} aria-hidden /> Competencies…
          </button>
        </div>
        <NoteEditor
          file={file}
          rest={null}
          title={story.title}
          onSession={keepSession}
          propertiesOpen={false}
          header={
            <>
              {report && <SpokenSplit report={report} />}
              {story.questions.length > 0 && (
                <section className="story-questions" aria-label="Linked questions">
                  <h2 className="overline">Answers these questions</h2>
                  <ul>
                    {story.questions.map((question) => (
                      <li key={question}>
                        <span>{question}</span>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Unlink “${question}”`}
                          title="Unlink this question"
                          onClick={() => void changeStory(() => client.call('stories:link', { path: story.path, question, linked: false }))}
                        >
                          <Link2Off size={14} aria-hidden />
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          }
        >
          <StoryGuidePlugin sections={report?.sections ?? []} onEdited={onEdited} guide={guide} />
        </NoteEditor>
      </div>
      <CoachPanel report={report} error={coachError} onReveal={(finding: CoachFinding) => guide.current?.reveal(finding)} />
      {dialog === 'competencies' && (
        <CompetenciesDialog
          story={story}
          competencies={competencies}
          onSave={(ids) => changeStory(() => client.call('stories:setCompetencies', { path: story.path, competencies: ids }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rehearse' && (
        <RehearseDialog
          story={story}
          assetBase={assetBase}
          onRated={(rating) => changeStory(() => client.call('stories:rehearsed', { path: story.path, rating }))}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
