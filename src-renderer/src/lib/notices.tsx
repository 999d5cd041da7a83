/**
 * Short messages at the bottom of the window ("Deleted X — Undo", errors the
 * user should see). Announced politely to screen readers; errors stay until
 * dismissed, the rest fade after a few seconds.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useClient, useCoreEvent } from './client-context';

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

interface Shown extends Notice {
  id: number;
}

const NoticeContext = createContext<((notice: Notice) => void) | null>(null);
const AUTO_DISMISS_MS = 8000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setShown((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Notice) => {
      const id = nextId.current++;
      setShown((list) => [...list.slice(-3), { ...notice, id }]);
      if (notice.level !== 'error') setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
    },
    [dismiss],
  );

  useCoreEvent('app:notice', (notice) => notify(notice));
  // What the core said while starting, before this page could listen (a damaged settings file…).
  const client = useClient();
  useEffect(() => {
    client.call('app:notices', {}).then(
      (notices) => notices.forEach(notify),
      () => undefined, // Not fatal: the app works without them.
    );
  }, [client, notify]);

  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite" aria-label="Notifications">
        {shown.map((notice) => (
          <div key={notice.id} className={`notice ${notice.level}`}>
            <span className="notice-message">{notice.message}</span>
            {notice.action && (
              <button
                className="button quiet"
                onClick={() => {
                  notice.action!.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button className="icon-button" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotify(): (notice: Notice) => void {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify outside NoticeProvider');
  return notify;
}
