import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { EventName, Events } from '../../../src-main/contract';
import type { Client } from './client';

const ClientContext = createContext<Client | null>(null);

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

/** Subscribes to a core event for the component's lifetime; the latest listener is always called. */
export function useCoreEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): void {
  const client = useClient();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => client.on(name, (payload) => latest.current(payload)), [client, name]);
}
