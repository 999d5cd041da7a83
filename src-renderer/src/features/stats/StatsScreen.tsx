/**
 * The Stats screen: a calendar of practice (cards reviewed and mock minutes
 * per day), an opt-in streak, drill retention and the due forecast, mock
 * interview trends, and story coverage. Charts are Recharts (SVG), coloured
 * by the theme's own variables so they read in light and dark alike.
 */
import { Flame } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PracticeStats, RetentionFigure } from '../../../../src-main/contract';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { useRemote } from '../../lib/use-remote';
import { heatmapWeeks } from './heatmap';
import './stats.css';

const STREAK_KEY = 'coach:showStreak';
const RECOUNT_DELAY_MS = 500;
const AXIS = { stroke: 'var(--text-faint)', fontSize: 12 };
const TOOLTIP = { contentStyle: { background: 'var(--bg-raised)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }, cursor: { fill: 'var(--accent-soft)' } };

export function StatsScreen({ active }: { active: boolean }) {
  const client = useClient();
  const stats = useRemote(() => client.call('stats:overview', {}), [client]);
  const matrix = useRemote(() => client.call('stories:matrix', {}), [client]);
  // Counted afresh when the screen shows again (its first showing is the load above), and on changes only while it
  // shows: a year of reviews is not read for a hidden screen.
  const { reload: reloadStats } = stats;
  const { reload: reloadMatrix } = matrix;
  const shown = useRef(false);
  useEffect(() => {
    if (!active) return;
    if (shown.current) {
      void reloadStats();
      void reloadMatrix();
    }
    shown.current = true;
  }, [active, reloadStats, reloadMatrix]);
  // Changes come in bursts (every quarter second while a vault's cards are read): counted once the burst is over.
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const recountSoon = () => {
    if (!active) return;
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void reloadStats(), RECOUNT_DELAY_MS);
  };
  useCoreEvent('drills:changed', recountSoon);
  useCoreEvent('mock:changed', recountSoon);
  useCoreEvent('stories:changed', () => active && void reloadMatrix());

  if (stats.error) return <p className="stats-error" role="alert">The stats could not be computed: {stats.error}</p>;
  const data = stats.data;
  return (
    <div className="stats-scroll">
      <div className="stats-page">
        <h1>Stats</h1>
        {!data ? (
          <p aria-busy="true">Counting…</p>
        ) : (
          <>
            <Practice stats={data} />
            <div className="stats-grid">
              <Retention stats={data} />
              <Forecast stats={data} />
            </div>
            <MockTrendsView stats={data} />
            <section className="stats-card" aria-labelledby="stats-stories">
              <h2 id="stats-stories">Story coverage</h2>
              {matrix.data ? (
                <p>
                  <strong>{matrix.data.competencies.length - matrix.data.gaps.length}</strong> of {matrix.data.competencies.length} competencies have a story;{' '}
                  <strong>{matrix.data.unlinkedQuestions.length}</strong> questions have none.
                  {matrix.data.gaps.length > 0 && <> Next: {matrix.data.gaps.slice(0, 3).map((gap) => gap.message.replace(/^No story for (.*) yet$/, '$1')).join(', ')}.</>}
                </p>
              ) : (
                <p className="stats-muted">{matrix.error ?? 'Counting…'}</p>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function Practice({ stats }: { stats: PracticeStats }) {
  const [showStreak, setShowStreak] = useState(() => localStorage.getItem(STREAK_KEY) === 'true');
  const weeks = heatmapWeeks(stats.days);
  const practised = stats.days.filter((day) => day.reviews > 0 || day.mockMinutes > 0).length;
  return (
    <section className="stats-card" aria-labelledby="stats-practice">
      <div className="stats-card-head">
        <h2 id="stats-practice">Practice, the last 12 months</h2>
        <label className="toggle">
          <input
            type="checkbox"
            checked={showStreak}
            onChange={(event) => {
              setShowStreak(event.target.checked);
              localStorage.setItem(STREAK_KEY, String(event.target.checked));
            }}
          />{' '}
          Show my streak
        </label>
      </div>
      {showStreak && (
        <p className="stats-streak">
          <Flame size={16} aria-hidden /> <strong>{stats.streak.current}</strong> {stats.streak.current === 1 ? 'day' : 'days'} in a row{stats.streak.practisedToday ? '' : ' (practise today to keep it)'} · longest {stats.streak.longest}. A day with nothing due does not break it.
        </p>
      )}
      <div className="heatmap" role="img" aria-label={`${counted(practised, 'day')} with practice in the last 12 months`}>
        {weeks.map((week, w) => (
          <div key={w} className="heatmap-week">
            {week.map((cell, d) => (cell ? <span key={d} className={`heat level-${cell.level}`} title={cell.label} /> : <span key={d} className="heat empty" />))}
          </div>
        ))}
      </div>
      <p className="stats-muted">
        {counted(practised, 'day')} with practice · {counted(stats.days.reduce((sum, day) => sum + day.reviews, 0), 'card')} reviewed · {Math.round(stats.days.reduce((sum, day) => sum + day.mockMinutes, 0))} min of mock interviews
      </p>
    </section>
  );
}

function Retention({ stats }: { stats: PracticeStats }) {
  return (
    <section className="stats-card" aria-labelledby="stats-retention">
      <h2 id="stats-retention">Retention</h2>
      <p className="stats-muted">Reviews of cards already learnt that were not “Again”.</p>
      <dl className="stats-figures">
        <RetentionRow label="Last 30 days" figure={stats.retention.last30Days} />
        <RetentionRow label="All time" figure={stats.retention.allTime} />
      </dl>
    </section>
  );
}

function RetentionRow({ label, figure }: { label: string; figure: RetentionFigure }) {
  return (
    <div>
      <dt className="overline">{label}</dt>
      <dd>
        <strong>{figure.rate === null ? '–' : `${Math.round(figure.rate * 100)}%`}</strong> <span className="stats-muted">of {counted(figure.reviews, 'review')}</span>
      </dd>
    </div>
  );
}

function Forecast({ stats }: { stats: PracticeStats }) {
  const data = stats.forecast.map((day, i) => ({ day: i === 0 ? 'Today' : day.date.slice(5), due: day.due }));
  const total = stats.forecast.reduce((sum, day) => sum + day.due, 0);
  return (
    <section className="stats-card" aria-labelledby="stats-forecast">
      <h2 id="stats-forecast">Due in the next 30 days</h2>
      <p className="stats-muted">
        {counted(total, 'card')}, {stats.forecast[0]?.due ?? 0} of them today (overdue included).
      </p>
      <div className="stats-chart" role="img" aria-label={`Cards due per day for the next 30 days: ${total} in all`}>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="day" tick={AXIS} tickLine={false} axisLine={false} interval={6} />
            <YAxis tick={AXIS} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip {...TOOLTIP} />
            <Bar dataKey="due" name="Due" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

function MockTrendsView({ stats }: { stats: PracticeStats }) {
  const { mock } = stats;
  const data = mock.sessions.map((session) => ({
    when: new Date(session.startedAt).toLocaleDateString(undefined, { month: 'short', day: 'numeric' }),
    overtime: session.avgOvertimeMs === null ? null : Math.round(session.avgOvertimeMs / 100) / 10,
    over: session.overTargetShare === null ? null : Math.round(session.overTargetShare * 100),
  }));
  return (
    <section className="stats-card" aria-labelledby="stats-mock">
      <h2 id="stats-mock">Mock interviews</h2>
      {mock.sessions.length === 0 ? (
        <p className="stats-muted">No mock interviews yet: run one from “Mock interview” (Ctrl+4) to see how your timing develops.</p>
      ) : (
        <>
          <p className="stats-muted">
            {counted(mock.answers, 'answer')} in {counted(mock.sessions.length, 'session')} · average overtime {mock.avgOvertimeMs === null ? '–' : `${Math.round(mock.avgOvertimeMs / 1000)} s`} · {mock.overTargetShare === null ? '–' : `${Math.round(mock.overTargetShare * 100)}%`} of answers over their time
          </p>
          <div className="stats-chart" role="img" aria-label="Average overtime and share of answers over time, per session">
            <ResponsiveContainer width="100%" height={200}>
              <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid vertical={false} stroke="var(--border)" />
                <XAxis dataKey="when" tick={AXIS} tickLine={false} axisLine={false} />
                <YAxis yAxisId="s" tick={AXIS} tickLine={false} axisLine={false} unit=" s" />
                <YAxis yAxisId="pct" orientation="right" tick={AXIS} tickLine={false} axisLine={false} unit="%" domain={[0, 100]} />
                <Tooltip {...TOOLTIP} />
                <Line yAxisId="s" dataKey="overtime" name="Average overtime (s)" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
                <Line yAxisId="pct" dataKey="over" name="Answers over time (%)" stroke="var(--text-faint)" strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </section>
  );
}

/** "1 card", "1,204 cards". */
function counted(n: number, noun: string): string {
  return `${n.toLocaleString()} ${n === 1 ? noun : `${noun}s`}`;
}
