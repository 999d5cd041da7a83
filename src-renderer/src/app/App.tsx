/**
 * The application shell: theme, the main navigation, the header with the
 * timer (on every screen), and which screen shows. Without an open vault it
 * shows the welcome screen.
 *
 * A screen once shown stays mounted, hidden while another one shows: the open
 * note keeps its caret and undo history, and a drill session goes on after
 * "Edit" took the user to the note.
 */
import { BookOpenText, ChartColumn, GraduationCap, Keyboard, Mic, Moon, NotebookPen, Sun } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings, Theme, VaultInfo } from '../../../src-main/contract';
import { useClient, useCoreEvent } from '../lib/client-context';
import { NoticeProvider, useNotify } from '../lib/notices';
import { useRemote } from '../lib/use-remote';
import { DrillsScreen } from '../features/drills/DrillsScreen';
import { NotesScreen, type OpenRequest } from '../features/notes/NotesScreen';
import { MockScreen } from '../features/mock/MockScreen';
import { StatsScreen } from '../features/stats/StatsScreen';
import { StoriesScreen } from '../features/stories/StoriesScreen';
import { AboutDialog } from '../features/shortcuts/AboutDialog';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { TimerWidget } from '../features/timer/TimerWidget';
import { Welcome } from '../features/welcome/Welcome';
import { CommandProvider, useCommand } from './commands';
import { SaversProvider, useSaveAll } from './savers';
import { displayKey } from './keys';
import { applyTheme, resolveTheme, toggledTheme } from './theme';
import { errorMessage } from '../lib/client';

export function App() {
  return (
    <NoticeProvider>
      <SaversProvider>
        <CommandProvider>
          <Shell />
        </CommandProvider>
      </SaversProvider>
    </NoticeProvider>
  );
}

function Shell() {
  const client = useClient();
  const notify = useNotify();
  const info = useRemote(() => client.call('app:info', {}), [client]);
  const vault = useRemote(() => client.call('vault:current', {}), [client]);
  const [settings, setSettings] = useState<Settings>({ theme: 'system' });
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [openedVault, setOpenedVault] = useState<VaultInfo | null | undefined>(undefined);
  const [screen, setScreen] = useState<Screen>('notes');
  const [visited, setVisited] = useState<ReadonlySet<Screen>>(() => new Set(['notes']));
  const [noteRequest, setNoteRequest] = useState<OpenRequest | null>(null);
  const requests = useRef(0);

  const saveAll = useSaveAll();
  const show = useCallback(
    (next: Screen) => {
      // Saved first: a note open in two screens (a story) is read afresh by the one coming into view.
      void saveAll().finally(() => {
        setScreen(next);
        setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
      });
    },
    [saveAll],
  );
  /** Shows a note in the Notes screen, at a line when given (1-based). */
  const openNote = useCallback(
    (path: string, line?: number) => {
      setNoteRequest({ path, line, seq: ++requests.current });
      show('notes');
    },
    [show],
  );

  useEffect(() => {
    client.call('settings:get', {}).then(setSettings, () => undefined);
  }, [client]);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  const current = openedVault !== undefined ? openedVault : vault.data;
  useCoreEvent('vault:changed', ({ vault: next }) => setOpenedVault(next));
  useCoreEvent('host:disconnected', () =>
    notify({ level: 'error', message: 'Lost the connection to Interview Coach. Your last saved text is on disk; restart “npm run serve” and reload.' }),
  );

  const setTheme = useCallback(
    (theme: Theme) =>
      client.call('settings:update', { theme }).then(setSettings, (error) => notify({ level: 'error', message: errorMessage(error) })),
    [client, notify],
  );

  useCommand('theme.toggle', () => void setTheme(toggledTheme(settings.theme)));
  useCommand('shortcuts.show', () => setShowShortcuts(true));
  useCommand('vault.open', () => {
    // The desktop app asks with the system's folder picker; a web page cannot, so it shows the welcome screen's path field.
    if (info.data?.host !== 'electron') return setOpenedVault(null);
    client.call('vault:open', {}).then(
      (opened) => opened && setOpenedVault(opened),
      (error) => notify({ level: 'error', message: errorMessage(error) }),
    );
  });
  const [showAbout, setShowAbout] = useState(false);
  useCommand('app.about', () => setShowAbout(true));
  const hasVault = Boolean(openedVault !== undefined ? openedVault : vault.data);
  useCommand('nav.notes', () => show('notes'), hasVault);
  useCommand('nav.drills', () => show('drills'), hasVault);
  useCommand('nav.stories', () => show('stories'), hasVault);
  useCommand('nav.mock', () => show('mock'), hasVault);
  useCommand('nav.stats', () => show('stats'), hasVault);

  if (info.error || vault.error) {
    return (
      <main className="welcome">
        <div className="welcome-card" role="alert">
          <h1>Interview Coach could not start</h1>
          <p>{info.error ?? vault.error}</p>
        </div>
      </main>
    );
  }
  if (!info.data || current === undefined) return <div className="loading" aria-busy="true" />;

  return (
    <div className="app">
      <nav className="rail" aria-label="Main">
        <div className="rail-brand" aria-hidden="true">
          IC
        </div>
        {current && (
          <>
            <RailItem screen="notes" current={screen} onShow={show} label="Notes" keys="Mod+1" icon={<NotebookPen size={20} aria-hidden />} />
            <RailItem screen="drills" current={screen} onShow={show} label="Drills" keys="Mod+2" icon={<GraduationCap size={20} aria-hidden />} />
            <RailItem screen="stories" current={screen} onShow={show} label="Stories" keys="Mod+3" icon={<BookOpenText size={20} aria-hidden />} />
            <RailItem screen="mock" current={screen} onShow={show} label="Mock interview" shortLabel="Mock" keys="Mod+4" icon={<Mic size={20} aria-hidden />} />
            <RailItem screen="stats" current={screen} onShow={show} label="Stats" keys="Mod+5" icon={<ChartColumn size={20} aria-hidden />} />
          </>
        )}
        <span className="rail-spacer" />
        <button className="rail-item" onClick={() => setShowShortcuts(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (F1)">
          <Keyboard size={18} aria-hidden />
        </button>
        <button
          className="rail-item"
          aria-label={`Switch to ${toggledTheme(settings.theme)} theme`}
          title={`Switch to ${toggledTheme(settings.theme)} theme (Ctrl+Shift+L)`}
          onClick={() => void setTheme(toggledTheme(settings.theme))}
        >
          {resolveTheme(settings.theme) === 'dark' ? <Sun size={18} aria-hidden /> : <Moon size={18} aria-hidden />}
        </button>
      </nav>
      <header className="app-header">
        <TimerWidget host={info.data.host} />
      </header>
      {current ? (
        <>
          <div className="screen" hidden={screen !== 'notes'}>
            <NotesScreen
              key={current.path}
              vault={current}
              assetBase={info.data.assetBase}
              active={screen === 'notes'}
              request={noteRequest}
              onShow={() => show('notes')}
            />
          </div>
          {visited.has('stats') && (
            <div className="screen" hidden={screen !== 'stats'}>
              <StatsScreen key={current.path} active={screen === 'stats'} />
            </div>
          )}
          {visited.has('mock') && (
            <div className="screen" hidden={screen !== 'mock'}>
              <MockScreen key={current.path} active={screen === 'mock'} assetBase={info.data.assetBase} />
            </div>
          )}
          {visited.has('stories') && (
            <div className="screen" hidden={screen !== 'stories'}>
              <StoriesScreen key={current.path} active={screen === 'stories'} assetBase={info.data.assetBase} />
            </div>
          )}
          {visited.has('drills') && (
            <div className="screen" hidden={screen !== 'drills'}>
              <DrillsScreen key={current.path} active={screen === 'drills'} assetBase={info.data.assetBase} onOpenNote={openNote} onShowNotes={() => show('notes')} />
            </div>
          )}
        </>
      ) : (
        <Welcome info={info.data} onOpened={(opened) => setOpenedVault(opened)} />
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {showAbout && <AboutDialog info={info.data} vault={current} onClose={() => setShowAbout(false)} />}
    </div>
  );
}

type Screen = 'notes' | 'drills' | 'stories' | 'mock' | 'stats';

interface RailItemProps {
  screen: Screen;
  current: Screen;
  onShow: (screen: Screen) => void;
  label: string;
  /** What the narrow rail shows when the label does not fit in it; the label stays the button's name. */
  shortLabel?: string;
  keys: string;
  icon: ReactNode;
}

function RailItem(props: RailItemProps) {
  const active = props.screen === props.current;
  return (
    <button
      type="button"
      className={`rail-item${active ? ' active' : ''}`}
      aria-current={active ? 'page' : undefined}
      aria-label={props.shortLabel ? props.label : undefined}
      title={`${props.label} (${displayKey(props.keys)})`}
      onClick={() => props.onShow(props.screen)}
    >
      {props.icon}
      <span aria-hidden={props.shortLabel ? true : undefined}>{props.shortLabel ?? props.label}</span>
    </button>
  );
}
