/**
 * The Mock interview screen: set-up and history, the interview in progress,
 * or the review of one. A session still running or paused (after a reload
 * or a restart) comes back by itself. It stays mounted while another screen
 * shows (see App).
 */
import { useEffect, useState } from 'react';
import type { MockHistoryItem, MockPlan, MockSession } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';
import { useRemote } from '../../lib/use-remote';
import { MockReviewView } from './MockReviewView';
import { MockRun } from './MockRun';
import { MockSetup } from './MockSetup';
import './mock.css';

type Stage = { kind: 'setup' } | { kind: 'run'; session: MockSession } | { kind: 'review'; sessionId: string };

interface MockScreenProps {
  active: boolean;
  assetBase: string;
}

export function MockScreen({ active, assetBase }: MockScreenProps) {
  const client = useClient();
  const notify = useNotify();
  const [stage, setStage] = useState<Stage>({ kind: 'setup' });
  const formats = useRemote(() => client.call('mock:formats', {}), [client]);
  const history = useRemote(() => client.call('mock:history', {}), [client]);

  const show = (session: MockSession | null) => {
    if (!session) return;
    if (session.status === 'running' || session.status === 'paused') setStage({ kind: 'run', session });
    else {
      setStage({ kind: 'review', sessionId: session.id });
      void history.reload();
    }
  };

  useEffect(() => {
    client.call('mock:active', {}).then(show, (error) => notify({ level: 'error', message: `The interview in progress could not be restored: ${errorMessage(error)}` }));
    // Once, when the screen first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  useCoreEvent('mock:changed', ({ session }) => {
    if (session && stage.kind === 'run' && session.id === stage.session.id) show(session);
  });

  const start = async (plan: MockPlan): Promise<string | void> => {
    try {
      show(await client.call('mock:start', { plan }));
    } catch (error) {
      return errorMessage(error);
    }
  };

  const remove = async (item: MockHistoryItem) => {
    try {
      await client.call('mock:delete', { sessionId: item.id });
      notify({ level: 'info', message: `“${item.title}” was deleted; its report and recordings are in the trash.` });
      await history.reload();
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  if (stage.kind === 'run') return <MockRun session={stage.session} active={active} onChanged={show} />;
  if (stage.kind === 'review') {
    return (
      <div className="mock-scroll">
        <MockReviewView sessionId={stage.sessionId} assetBase={assetBase} onBack={() => setStage({ kind: 'setup' })} />
      </div>
    );
  }
  return (
    <div className="mock-scroll">
      <MockSetup formats={formats} history={history} onStart={start} onReview={(sessionId) => setStage({ kind: 'review', sessionId })} onDelete={(item) => void remove(item)} />
    </div>
  );
}
