/** A story's recorded takes: play them back, delete the ones not worth keeping (to the trash, with Undo), keep the best. */
import { Trash2 } from 'lucide-react';
import type { StoryTake } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { useNotify } from '../../lib/notices';

interface StoryTakesProps {
  takes: StoryTake[];
  assetBase: string;
  onChanged: () => void;
}

export function StoryTakes({ takes, assetBase, onChanged }: StoryTakesProps) {
  const client = useClient();
  const notify = useNotify();
  if (takes.length === 0) return <p className="rehearse-empty">No takes yet: tick “Record this take” before starting.</p>;

  const remove = async (take: StoryTake) => {
    try {
      const { trashId } = await client.call('notes:delete', { path: take.path });
      onChanged();
      notify({
        level: 'info',
        message: 'The take was moved to the trash.',
        action: { label: 'Undo', run: () => void client.call('notes:restore', { trashId }).then(onChanged, (error) => notify({ level: 'error', message: errorMessage(error) })) },
      });
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    }
  };

  return (
    <ul className="story-takes" aria-label="Takes">
      {takes.map((take, i) => {
        const when = new Date(take.recordedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
        return (
          <li key={take.path}>
            <span className="story-take-when">{i === 0 ? `Latest · ${when}` : when}</span>
            <audio controls preload="metadata" src={assetBase + encodeURIComponent(take.path)} aria-label={`Take of ${when}`} />
            <button type="button" className="icon-button" aria-label={`Delete the take of ${when}`} title="Delete this take (to the trash)" onClick={() => void remove(take)}>
              <Trash2 size={15} aria-hidden />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
