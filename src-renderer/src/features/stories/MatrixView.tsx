/**
 * The story bank at a glance: stories × competencies, how many stories
 * cover each competency, the competencies with no story named as gaps, and
 * the questions no story answers yet.
 */
import { Check, SlidersHorizontal } from 'lucide-react';
import { useState } from 'react';
import type { Competency, StoryMatrixView } from '../../../../src-main/contract';
import { CompetencySetDialog } from './CompetencySetDialog';

interface MatrixViewProps {
  matrix: StoryMatrixView | undefined;
  /** The competency set, to edit. */
  competencies: Competency[];
  error: string | undefined;
  onOpenStory: (path: string) => void;
  onShowQuestions: () => void;
}

/** The questions listed under the matrix; the rest are a click away in Questions. */
const SHOWN_QUESTIONS = 8;

export function MatrixView({ matrix, competencies: set, error, onOpenStory, onShowQuestions }: MatrixViewProps) {
  const [editing, setEditing] = useState(false);
  if (error) return <p role="alert">The matrix could not be built: {error}</p>;
  if (!matrix) return <p aria-busy="true">Building the matrix…</p>;
  const { competencies, stories, gaps, unlinkedQuestions } = matrix;
  return (
    <div className="matrix-view">
      <div className="matrix-tools">
        <button type="button" className="button quiet" onClick={() => setEditing(true)}>
          <SlidersHorizontal size={15} aria-hidden /> Edit competencies…
        </button>
      </div>
      {editing && <CompetencySetDialog competencies={set} onClose={() => setEditing(false)} />}
      <section className="matrix-gaps" aria-label="Gaps">
        {gaps.length === 0 ? (
          <p className="matrix-covered">Every competency has at least one story.</p>
        ) : (
          <ul>
            {gaps.map((gap) => (
              <li key={gap.competencyId}>{gap.message}</li>
            ))}
          </ul>
        )}
      </section>
      {stories.length === 0 ? (
        <p className="matrix-empty">No stories yet: the matrix fills in as stories name their competencies.</p>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix">
            <caption className="visually-hidden">Stories and the competencies they cover</caption>
            <thead>
              <tr>
                <th scope="col">Story</th>
                {competencies.map((c) => (
                  <th key={c.id} scope="col" title={c.description}>
                    <span>{c.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stories.map((story) => (
                <tr key={story.path}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpenStory(story.path)}>
                      {story.title}
                    </button>
                  </th>
                  {competencies.map((c) => {
                    const covers = story.competencies.includes(c.id);
                    return (
                      <td key={c.id} className={covers ? 'covered' : undefined}>
                        {covers ? <Check size={15} aria-label={`${story.title} covers ${c.label}`} /> : <span className="visually-hidden">no</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Stories</th>
                {competencies.map((c) => (
                  <td key={c.id} className={c.storyPaths.length === 0 ? 'gap' : undefined}>
                    {c.storyPaths.length}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <section className="matrix-questions" aria-label="Questions without a story">
        <h2>Questions without a story ({unlinkedQuestions.length})</h2>
        {unlinkedQuestions.length === 0 ? (
          <p>Every question has a story.</p>
        ) : (
          <>
            <ul>
              {unlinkedQuestions.slice(0, SHOWN_QUESTIONS).map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
            <button type="button" className="button quiet" onClick={onShowQuestions}>
              Link questions to stories…
            </button>
          </>
        )}
      </section>
    </div>
  );
}
