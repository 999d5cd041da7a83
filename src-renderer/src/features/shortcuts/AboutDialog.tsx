/** Help › About: what this is, which version, and where the user's things are. */
import type { AppInfo, VaultInfo } from '../../../../src-main/contract';
import { Dialog } from '../../lib/Dialog';

export function AboutDialog({ info, vault, onClose }: { info: AppInfo; vault: VaultInfo | null; onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="About Interview Coach" description="Offline interview practice over your own Markdown notes.">
      <dl className="about-facts">
        <dt>Version</dt>
        <dd>{info.version}</dd>
        <dt>Running as</dt>
        <dd>{info.host === 'electron' ? 'Desktop app' : 'Browser mode (local server on 127.0.0.1)'}</dd>
        <dt>Notes</dt>
        <dd>{vault ? vault.path : 'No vault open'}</dd>
      </dl>
      <p className="muted">Nothing leaves this computer: the app makes no network requests.</p>
    </Dialog>
  );
}
