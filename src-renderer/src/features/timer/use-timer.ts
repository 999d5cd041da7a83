/**
 * The core's timer as this page knows it: asked for once when the page loads
 * (so a reloaded page shows the true time at once), then kept by the
 * `timer:changed` events every window receives. The newest version wins, so
 * an answer that crosses an event on the way cannot show an older state.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodArgs, MethodName, TimerSnapshot } from '../../../../src-main/contract';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { errorMessage } from '../../lib/client';
import { useNotify } from '../../lib/notices';
import { anchor, type LocalTimer } from './local-timer';

export type TimerMethod = Extract<MethodName, `timer:${string}`>;

export interface TimerHandle {
  /** Undefined until the core has answered. */
  timer: LocalTimer | undefined;
  call<M extends TimerMethod>(name: M, args: MethodArgs<M>): void;
}

export function useTimer(): TimerHandle {
  const client = useClient();
  const notify = useNotify();
  const [timer, setTimer] = useState<LocalTimer>();

  const receive = useCallback((snapshot: TimerSnapshot) => {
    const arrived = anchor(snapshot, performance.now(), Date.now());
    setTimer((known) => (known && known.snapshot.version >= snapshot.version ? known : arrived));
  }, []);

  useCoreEvent('timer:changed', receive);
  useEffect(() => {
    client.call('timer:get', {}).then(receive, (error) => notify({ level: 'error', message: `The timer is not available: ${errorMessage(error)}` }));
  }, [client, receive, notify]);

  const call = useCallback(
    <M extends TimerMethod>(name: M, args: MethodArgs<M>) => {
      client.call(name, args).then(
        (snapshot) => receive(snapshot as TimerSnapshot),
        (error) => notify({ level: 'error', message: errorMessage(error) }),
      );
    },
    [client, receive, notify],
  );

  return { timer, call };
}
