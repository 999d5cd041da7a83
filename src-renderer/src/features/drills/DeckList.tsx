/**
 * The deck list: quick starts (all due cards, the whole vault, unanswered
 * questions), the notes holding cards grouped by folder, and the tags, each
 * with new / due / total counts, a way to study it and to export it. Also
 * the import, and the drill settings. Every row is a button in tab order;
 * ↑ and ↓ move between rows, Enter studies.
 */
import { Download, FileText, Folder, Hash, Inbox, Layers, PenLine, SlidersHorizontal, Upload } from 'lucide-react';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { DeckCounts, DrillOverview, DrillSelection, DrillSettings, ImportReport } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { useRemote } from '../../lib/use-remote';
import { folderLeaf, groupDecks } from './deck-groups';
import { countsText, overviewLead, selectionKey, studyable } from './drill-text';
import { downloadText, fileToBase64, IMPORT_ACCEPT } from './files';
import { ImportReportDialog } from './ImportReportDialog';
import { SettingsDialog } from './SettingsDialog';

interface DeckListProps {
  active: boolean;
  /** The row to focus when the list shows (the one studied last). */
  focusKey: string | null;
  onStudy: (selection: DrillSelection) => void;
  onOpenNote: (path: string, line?: number) => void;
  onShowNotes: () => void;
}

/** While the vault's cards are still being read, the counts are asked for again this often (besides `drills:changed`). */
const READING_POLL_MS = 1500;

export function DeckList({ active, focusKey, onStudy, onOpenNote, onShowNotes }: DeckListProps) {
  const client = useClient();
  const notify = useNotify();
  const overview = useRemote(() => client.call('drills:overview', {}), [client]);
  const [dialog, setDialog] = useState<{ kind: 'settings'; settings: DrillSettings } | { kind: 'report'; report: ImportReport } | null>(null);
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const wantsFocus = useRef(true);

  const reading = overview.data !== undefined && !overview.data.ready;
  const { reload } = overview;
  // Counting a big vault's cards is not free: a hidden list only notes that it is out of date,
  // and while cards are read (a change every 250 ms) the poll below is often enough.
  const stale = useRef(false);
  useCoreEvent('drills:changed', () => {
    if (!active) stale.current = true;
    else if (!reading) void reload();
  });
  useEffect(() => {
    if (!active || !stale.current) return;
    stale.current = false;
    void reload();
  }, [active, reload]);
  useEffect(() => {
    if (!reading || !active) return;
    const timer = setInterval(() => void reload(), READING_POLL_MS);
    return () => clearInterval(timer);
  }, [reading, active, reload]);

  // Coming to this screen puts the focus in it: on the row studied last, or the first one.
  useEffect(() => {
    if (active) wantsFocus.current = true;
  }, [active]);
  useEffect(() => {
    if (!active || !wantsFocus.current || !overview.data || !listRef.current) return;
    wantsFocus.current = false;
    const rows = listRef.current.querySelectorAll<HTMLElement>('[data-row-key]');
    const target =
      [...rows].find((row) => row.dataset.rowKey === focusKey) ??
      [...rows].find((row) => row.dataset.ready === 'true') ??
      rows[0] ??
      listRef.current.querySelector<HTMLElement>('h1');
    target?.focus();
  });

  const exportSelection = async (selection: DrillSelection, name: string) => {
    try {
      const file = await client.call('drills:export', { selection });
      if (file.cards === 0) return notify({ level: 'info', message: `“${name}” has no cards to export.` });
      downloadText(file.fileName, file.content);
      notify({ level: 'info', message: `Exported ${file.cards} ${file.cards === 1 ? 'card' : 'cards'} to ${file.fileName}. In Anki: File › Import.` });
    } catch (error) {
      notify({ level: 'error', message: `Could not export “${name}”: ${errorMessage(error)}` });
    }
  };

  const openSettings = async () => {
    try {
      setDialog({ kind: 'settings', settings: await client.call('drills:settings', {}) });
    } catch (error) {
      notify({ level: 'error', message: `The drill settings could not be read: ${errorMessage(error)}` });
    }
  };

  const importFile = async (file: File) => {
    setImporting(true);
    try {
      const report = await client.call('drills:import', { fileName: file.name, base64: await fileToBase64(file), folder: '' });
      setDialog({ kind: 'report', report });
      void overview.reload();
    } catch (error) {
      notify({ level: 'error', message: `Could not import “${file.name}”: ${errorMessage(error)}` });
    } finally {
      setImporting(false);
    }
  };

  const data = overview.data;
  const header = (
    <header className="drills-header">
      <div>
        <h1 className="drills-title" tabIndex={-1}>
          Drills
        </h1>
        {data && data.all.total > 0 && <p className="drills-lead">{overviewLead(data.all, data.newLeftToday)}</p>}
      </div>
      <div className="drills-actions">
        <button type="button" className="button quiet" onClick={() => fileInput.current?.click()} disabled={importing}>
          <Upload size={16} aria-hidden />
          {importing ? 'Importing…' : 'Import…'}
        </button>
        <button type="button" className="button quiet" onClick={() => void openSettings()}>
          <SlidersHorizontal size={16} aria-hidden />
          Settings
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          aria-label="Import a TSV or CSV file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </header>
  );

  return (
    <main className="drills" aria-labelledby="drills-heading">
      <span id="drills-heading" hidden>
        Drills
      </span>
      <div className="drills-scroll">
        <div className="drills-page" ref={listRef} onKeyDown={moveBetweenRows}>
          {header}
          {overview.error && !data && (
            <p className="field-error" role="alert">
              The decks could not be read: {overview.error}
            </p>
          )}
          {!data && !overview.error && <ReadingNotes />}
          {data && reading && data.all.total > 0 && (
            <p className="drills-reading" role="status">
              <span className="reading-bar" aria-hidden />
              Reading your notes… the counts grow until every note is read.
            </p>
          )}
          {data && data.all.total === 0 && (reading ? <ReadingNotes /> : <NoCards onOpenNotes={onShowNotes} onImport={() => fileInput.current?.click()} />)}
          {data && data.all.total > 0 && <Decks overview={data} onStudy={onStudy} onExport={(s, n) => void exportSelection(s, n)} />}
        </div>
      </div>
      {dialog?.kind === 'settings' && <SettingsDialog settings={dialog.settings} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'report' && (
        <ImportReportDialog
          report={dialog.report}
          onClose={() => setDialog(null)}
          onOpenNote={(path) => {
            setDialog(null);
            onOpenNote(path);
          }}
        />
      )}
    </main>
  );
}

/** ↑ / ↓ between the rows' study buttons (and their export buttons, column kept). */
function moveBetweenRows(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const column = target.dataset.rowKey !== undefined ? '[data-row-key]' : target.dataset.exportKey !== undefined ? '[data-export-key]' : null;
  if (!column) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(column)];
  const next = items[items.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

function ReadingNotes() {
  return (
    <div className="drills-empty" role="status">
      <span className="reading-bar wide" aria-hidden />
      <h2>Reading your notes…</h2>
      <p>The questions in them become cards. This takes a moment in a big vault.</p>
    </div>
  );
}

function NoCards({ onOpenNotes, onImport }: { onOpenNotes: () => void; onImport: () => void }) {
  return (
    <section className="drills-empty" aria-labelledby="no-cards-title">
      <Layers size={28} aria-hidden className="drills-empty-icon" />
      <h2 id="no-cards-title">No questions in your notes yet</h2>
      <p>Drills are made from the questions you write in your notes. Each of these becomes a card:</p>
      <ul className="card-formats">
        <li>
          <span>A heading that ends in a question mark; the text under it is the answer</span>
          <code>## Why is a goroutine cheap?</code>
        </li>
        <li>
          <span>A question and an answer line</span>
          <code>Q: What is a closure?{'\n'}A: A function with its scope.</code>
        </li>
        <li>
          <span>A list item that asks, with the answer nested under it</span>
          <code>- What does SETNX do?{'\n'}  - Sets a key only if it is missing.</code>
        </li>
        <li>
          <span>A question and its answer on one line</span>
          <code>CAP theorem :: pick two of three</code>
        </li>
      </ul>
      <p>A question with nothing under it is a card too: you can write its answer while you drill.</p>
      <div className="drills-empty-actions">
        <button type="button" className="button primary" onClick={onOpenNotes} data-row-key="open-notes">
          Open Notes
        </button>
        <button type="button" className="button" onClick={onImport}>
          <Upload size={16} aria-hidden />
          Import from Anki or CSV…
        </button>
      </div>
    </section>
  );
}

function Decks({
  overview,
  onStudy,
  onExport,
}: {
  overview: DrillOverview;
  onStudy: (selection: DrillSelection) => void;
  onExport: (selection: DrillSelection, name: string) => void;
}) {
  const { all, newLeftToday, unanswered } = overview;
  const groups = groupDecks(overview);
  const freshToday = Math.min(all.new, newLeftToday);
  const row = (props: Omit<RowProps, 'newLeftToday' | 'onStudy' | 'onExport'>) => (
    <DeckRow key={selectionKey(props.selection)} {...props} newLeftToday={newLeftToday} onStudy={onStudy} onExport={onExport} />
  );
  return (
    <>
      <section className="drills-section" aria-labelledby="due-now-title">
        <h2 id="due-now-title" className="section-title overline">
          Due now
        </h2>
        <ul className="quick-starts">
          <QuickStart
            selection={{ kind: 'due' }}
            icon={<Inbox size={20} aria-hidden />}
            title="All due cards"
            detail={all.due > 0 ? `${all.due} due` : 'Nothing due'}
            ready={all.due > 0}
            onStudy={onStudy}
          />
          <QuickStart
            selection={{ kind: 'folder', folder: '' }}
            icon={<Layers size={20} aria-hidden />}
            title="Whole vault"
            detail={[all.due > 0 && `${all.due} due`, freshToday > 0 && `${freshToday} new`].filter(Boolean).join(' · ') || 'All caught up'}
            ready={all.due + freshToday > 0}
            onStudy={onStudy}
          />
          <QuickStart
            selection={{ kind: 'unanswered' }}
            icon={<PenLine size={20} aria-hidden />}
            title="Unanswered"
            detail={unanswered > 0 ? `${unanswered} ${unanswered === 1 ? 'question' : 'questions'} to answer` : 'Every question has an answer'}
            ready={unanswered > 0}
            onStudy={onStudy}
          />
        </ul>
      </section>

      <section className="drills-section" aria-labelledby="decks-title">
        <div className="section-head">
          <h2 id="decks-title" className="section-title overline">
            Decks
          </h2>
          <CountHeads />
        </div>
        <ul className="deck-rows" aria-labelledby="decks-title">
          {groups.flatMap((group) => [
            group.folder !== '' &&
              row({
                selection: { kind: 'folder', folder: group.folder },
                name: group.folder,
                label: folderLeaf(group.folder),
                icon: <Folder size={16} aria-hidden />,
                counts: group.counts ?? { new: 0, due: 0, total: 0 },
                depth: group.depth,
                folder: true,
              }),
            ...group.decks.map((deck) =>
              row({
                selection: { kind: 'deck', notePath: deck.notePath },
                name: deck.title,
                label: deck.title,
                icon: <FileText size={16} aria-hidden />,
                counts: deck.counts,
                depth: group.folder === '' ? 0 : group.depth + 1,
              }),
            ),
          ])}
        </ul>
      </section>

      {overview.tags.length > 0 && (
        <section className="drills-section" aria-labelledby="tags-title">
          <div className="section-head">
            <h2 id="tags-title" className="section-title overline">
              Tags
            </h2>
            <CountHeads />
          </div>
          <ul className="deck-rows" aria-labelledby="tags-title">
            {[...overview.tags]
              .sort((a, b) => a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base', numeric: true }))
              .map((tag) =>
                row({
                  selection: { kind: 'tag', tag: tag.tag },
                  name: `#${tag.tag.replace(/^#/, '')}`,
                  label: tag.tag.replace(/^#/, ''),
                  icon: <Hash size={16} aria-hidden />,
                  counts: tag.counts,
                  depth: 0,
                }),
              )}
          </ul>
        </section>
      )}
    </>
  );
}

function CountHeads() {
  return (
    <span className="count-heads" aria-hidden>
      <span>New</span>
      <span>Due</span>
      <span>Total</span>
    </span>
  );
}

function QuickStart(props: { selection: DrillSelection; icon: ReactNode; title: string; detail: string; ready: boolean; onStudy: (selection: DrillSelection) => void }) {
  return (
    <li>
      <button
        type="button"
        className={`quick-start${props.ready ? '' : ' done'}`}
        data-row-key={selectionKey(props.selection)}
        data-ready={props.ready}
        onClick={() => props.onStudy(props.selection)}
      >
        <span className="quick-start-icon">{props.icon}</span>
        <span className="quick-start-title">{props.title}</span>
        <span className="quick-start-detail">{props.detail}</span>
      </button>
    </li>
  );
}

interface RowProps {
  selection: DrillSelection;
  /** The full name, for the buttons' names: "Technical/Go", "#go", "Event loop". */
  name: string;
  /** What the row shows. */
  label: string;
  icon: ReactNode;
  counts: DeckCounts;
  depth: number;
  folder?: boolean;
  newLeftToday: number;
  onStudy: (selection: DrillSelection) => void;
  onExport: (selection: DrillSelection, name: string) => void;
}

function DeckRow({ selection, name, label, icon, counts, depth, folder, newLeftToday, onStudy, onExport }: RowProps) {
  const id = useId();
  const key = selectionKey(selection);
  const ready = studyable(counts, newLeftToday) > 0;
  return (
    <li className={`deck-row${folder ? ' folder' : ''}${ready ? '' : ' done'}`} style={{ '--depth': depth } as CSSProperties}>
      <button type="button" className="deck-study" data-row-key={key} data-ready={ready} aria-label={`Study ${name}`} aria-describedby={id} onClick={() => onStudy(selection)}>
        <span className="deck-icon">{icon}</span>
        <span className="deck-name" title={name}>
          {label}
        </span>
        <span className="deck-counts" aria-hidden>
          <Count value={counts.new} />
          <Count value={counts.due} accent />
          <Count value={counts.total} />
        </span>
        <span id={id} hidden>
          {countsText(counts)}
        </span>
      </button>
      <button
        type="button"
        className="icon-button deck-export"
        data-export-key={key}
        aria-label={`Export ${name}`}
        title={`Export “${name}” for Anki (.tsv)`}
        onClick={() => onExport(selection, name)}
      >
        <Download size={16} aria-hidden />
      </button>
    </li>
  );
}

function Count({ value, accent }: { value: number; accent?: boolean }) {
  return <span className={`count${value === 0 ? ' zero' : ''}${accent && value > 0 ? ' accent' : ''}`}>{value}</span>;
}
