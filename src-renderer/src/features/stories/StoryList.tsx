/**
 * The story bank: search, a competency filter and an order, each story with
 * its spoken length and when it was last rehearsed. ↑ and ↓ move between
 * stories; the one chosen opens beside the list.
 */
import { CircleAlert, Plus } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { Competency, StorySummary } from '../../../../src-main/contract';
import { formatSpoken, rehearsedText, STORY_ORDERS, visibleStories, type StoryOrder } from './story-text';

interface StoryListProps {
  stories: StorySummary[];
  competencies: Competency[];
  selected: string | null;
  onSelect: (path: string) => void;
  onNew: () => void;
}

export function StoryList({ stories, competencies, selected, onSelect, onNew }: StoryListProps) {
  const [query, setQuery] = useState('');
  const [competency, setCompetency] = useState('');
  const [order, setOrder] = useState<StoryOrder>('rehearsed');
  const ids = useId();
  const shown = visibleStories(stories, query, competency, order);
  const today = new Date();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.story-row')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <div className="story-list">
      <div className="story-list-tools">
        <input type="search" className="text-input" placeholder="Search stories" aria-label="Search stories" value={query} onChange={(event) => setQuery(event.target.value)} />
        <div className="story-list-selects">
          <label htmlFor={`${ids}-competency`} className="visually-hidden">
            Competency
          </label>
          <select id={`${ids}-competency`} className="select-input" value={competency} onChange={(event) => setCompetency(event.target.value)}>
            <option value="">All competencies</option>
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-order`} className="visually-hidden">
            Order
          </label>
          <select id={`${ids}-order`} className="select-input" value={order} onChange={(event) => setOrder(event.target.value as StoryOrder)}>
            {STORY_ORDERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stories.length === 0 ? (
        <div className="story-list-empty">
          <p>No stories yet.</p>
          <p>A story is a note in the vault’s Stories folder, told as Situation, Task, Action and Result in about 60 to 120 seconds. Eight to fifteen of them cover most behavioral rounds.</p>
          <button type="button" className="button primary" onClick={onNew}>
            <Plus size={15} aria-hidden /> Write your first story
          </button>
        </div>
      ) : shown.length === 0 ? (
        <p className="story-list-empty">No story matches. Clear the search or choose all competencies.</p>
      ) : (
        <ul className="story-rows" aria-label="Stories" onKeyDown={onKeyDown}>
          {shown.map((story) => (
            <li key={story.path}>
              <button type="button" className={`story-row${story.path === selected ? ' selected' : ''}`} aria-current={story.path === selected ? 'true' : undefined} onClick={() => onSelect(story.path)}>
                <span className="story-row-title">{story.title}</span>
                <span className="story-row-meta">
                  <span className={story.spokenSeconds > story.targetSeconds ? 'spoken-over' : undefined} title={`Target ${formatSpoken(story.targetSeconds)}`}>
                    {formatSpoken(story.spokenSeconds)}
                  </span>
                  <span aria-hidden>·</span>
                  <span>{rehearsedText(story.lastRehearsed, today)}</span>
                  {story.warnings > 0 && (
                    <span className="story-row-warnings" title={`${story.warnings} things the coach would change`}>
                      <CircleAlert size={13} aria-hidden /> {story.warnings}
                      <span className="visually-hidden"> coach warnings</span>
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
