/**
 * A small cache for one piece of server data: loads it, exposes loading and
 * error states, and reloads on demand (for instance when a core event says it
 * changed). Overlapping reloads resolve in order: a stale answer never wins.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './client';

export interface Remote<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ data, loading: false });
    } catch (error) {
      if (mine === generation.current) setState((previous) => ({ ...previous, error: errorMessage(error), loading: false }));
    }
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), deps);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
