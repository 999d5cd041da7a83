/**
 * The behavioral questions: the common ones we wrote and those found in the
 * user's notes, each with the stories that answer it. An unanswered one
 * offers the stories that share its competencies, and a new story for it —
 * started from the draft under it in the notes when there is one.
 */
import { FilePlus2, Link2, NotebookPen } from 'lucide-react';
import { useState } from 'react';
import type { BehavioralQuestion, Competency, StorySummary } from '../../../../src-main/contract';

interface QuestionsViewProps {
  questions: BehavioralQuestion[] | undefined;
  error: string | undefined;
  stories: StorySummary[];
  competencies: Competency[];
  onLink: (question: string, storyPath: string) => void;
  onNewStory: (question: BehavioralQuestion) => void;
  onOpenStory: (path: string) => void;
}

export function QuestionsView({ questions, error, stories, competencies, onLink, onNewStory, onOpenStory }: QuestionsViewProps) {
  const [onlyOpen, setOnlyOpen] = useState(false);
  if (error) return <p role="alert">The questions could not be loaded: {error}</p>;
  if (!questions) return <p aria-busy="true">Loading the questions…</p>;

  const titleOf = (path: string) => stories.find((story) => story.path === path)?.title ?? path;
  const labelOf = (id: string) => competencies.find((c) => c.id === id)?.label ?? id;
  const open = questions.filter((question) => question.storyPaths.length === 0);
  const shown = onlyOpen ? open : questions;
  return (
    <div className="questions-view">
      <div className="questions-tools">
        <p>
          {questions.length} questions · <strong>{open.length}</strong> without a story
        </p>
        <label className="toggle">
          <input type="checkbox" checked={onlyOpen} onChange={(event) => setOnlyOpen(event.target.checked)} /> Only questions without a story
        </label>
      </div>
      <ul className="question-rows" aria-label="Behavioral questions">
        {shown.map((question) => (
          <li key={question.text} className="question-row">
            <p className="question-text">{question.text}</p>
            <p className="question-meta">
              {question.card ? (
                <span className="question-source">
                  <NotebookPen size={13} aria-hidden /> From your notes: {question.card.notePath}
                </span>
              ) : (
                <span className="question-source">Common question</span>
              )}
              {question.competencies.map((id) => (
                <span key={id} className="tag-chip">
                  {labelOf(id)}
                </span>
              ))}
            </p>
            <div className="question-actions">
              {question.storyPaths.map((path) => (
                <button key={path} type="button" className="button quiet small" onClick={() => onOpenStory(path)}>
                  Answered by “{titleOf(path)}”
                </button>
              ))}
              {question.storyPaths.length === 0 &&
                question.suggestions.map((suggestion) => (
                  <button key={suggestion.path} type="button" className="button small" title={suggestion.reason} onClick={() => onLink(question.text, suggestion.path)}>
                    <Link2 size={13} aria-hidden /> Link to “{suggestion.title}”<span className="visually-hidden">: {suggestion.reason}</span>
                  </button>
                ))}
              <LinkToAny question={question.text} stories={stories.filter((story) => !question.storyPaths.includes(story.path))} onLink={onLink} />
              <button type="button" className="button quiet small" onClick={() => onNewStory(question)}>
                <FilePlus2 size={13} aria-hidden /> {question.card?.hasDraft ? 'Turn into story' : 'New story for it'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A question linked by hand to any other story: chosen, then linked with the button (browsing the list changes nothing). */
function LinkToAny({ question, stories, onLink }: { question: string; stories: StorySummary[]; onLink: (question: string, storyPath: string) => void }) {
  const [chosen, setChosen] = useState('');
  if (stories.length === 0) return null;
  return (
    <span className="link-any">
      <select className="select-input small" aria-label={`Story for “${question}”`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">Another story…</option>
        {stories.map((story) => (
          <option key={story.path} value={story.path}>
            {story.title}
          </option>
        ))}
      </select>
      <button type="button" className="button small" disabled={chosen === ''} onClick={() => onLink(question, chosen)}>
        Link
      </button>
    </span>
  );
}
