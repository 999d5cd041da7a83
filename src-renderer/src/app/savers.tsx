/**
 * Every screen's "save what you hold now", run together: once when the host
 * is about to quit or reload (`app:flush`, answered once for the whole page,
 * after all of them), and before another screen shows, so the screen coming
 * into view reads what the leaving one has just saved.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useClient, useCoreEvent } from '../lib/client-context';

/** Resolves true when everything it held is on disk (false: the user has been told why not). */
type Save = () => Promise<boolean>;

interface Savers {
  register(save: Save): () => void;
  saveAll(): Promise<boolean>;
}

const SaversContext = createContext<Savers | null>(null);

export function SaversProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const saves = useRef(new Set<Save>());
  const savers = useMemo<Savers>(
    () => ({
      register(save) {
        saves.current.add(save);
        return () => saves.current.delete(save);
      },
      async saveAll() {
        const results = await Promise.all([...saves.current].map((save) => save().catch(() => false)));
        return results.every(Boolean);
      },
    }),
    [],
  );

  useCoreEvent('app:flush', ({ requestId }) => {
    void savers.saveAll().finally(() => client.call('app:flushed', { requestId }));
  });

  return <SaversContext.Provider value={savers}>{children}</SaversContext.Provider>;
}

function useSavers(): Savers {
  const savers = useContext(SaversContext);
  if (!savers) throw new Error('useSavers outside SaversProvider');
  return savers;
}

/** Registers what the calling screen holds unsaved, for as long as it is mounted. */
export function useSaver(save: Save): void {
  const savers = useSavers();
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => savers.register(() => latest.current()), [savers]);
}

/** Saves what every screen holds. */
export function useSaveAll(): () => Promise<boolean> {
  const savers = useSavers();
  return useCallback(() => savers.saveAll(), [savers]);
}
