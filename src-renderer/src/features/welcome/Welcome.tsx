/**
 * First run, or no vault open: create the default vault with starter notes,
 * open an existing folder of Markdown (an Obsidian vault works as it is), or
 * pick a recent one.
 */
import { useState, type FormEvent } from 'react';
import type { AppInfo, VaultInfo } from '../../../../src-main/contract';
import { errorMessage } from '../../lib/client';
import { useClient } from '../../lib/client-context';
import { useRemote } from '../../lib/use-remote';

export function Welcome({ info, onOpened }: { info: AppInfo; onOpened: (vault: VaultInfo) => void }) {
  const client = useClient();
  const recent = useRemote(() => client.call('vault:recent', {}), [client]);
  const [error, setError] = useState<string>();
  const [path, setPath] = useState('');

  const attempt = async (open: () => Promise<VaultInfo | null>) => {
    setError(undefined);
    try {
      const vault = await open();
      if (vault) onOpened(vault);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const openTyped = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void attempt(() => client.call('vault:open', { path: path.trim() }));
  };

  return (
    <main className="welcome">
      <div className="welcome-card">
        <h1>Interview Coach</h1>
        <p className="welcome-lead">
          Practise for interviews with your own notes. Everything stays on this computer, as plain Markdown files you can
          also open in Obsidian or any editor.
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="welcome-actions">
          <button className="button primary" onClick={() => void attempt(() => client.call('vault:createDefault', {}))}>
            Create my vault with starter notes
          </button>
          {info.host === 'electron' && (
            <button className="button" onClick={() => void attempt(() => client.call('vault:open', {}))}>
              Open a folder…
            </button>
          )}
        </div>
        {info.host === 'browser' && (
          <form className="welcome-path" onSubmit={openTyped}>
            <label className="field-label" htmlFor="vault-path">
              Or open an existing folder of notes
            </label>
            <div className="inline-form">
              <input id="vault-path" className="text-input" placeholder="/home/you/Notes" value={path} onChange={(e) => setPath(e.target.value)} />
              <button className="button" type="submit">
                Open
              </button>
            </div>
          </form>
        )}
        {recent.data && recent.data.length > 0 && (
          <section className="recent" aria-label="Recent vaults">
            <h2 className="overline">Recent</h2>
            <ul>
              {recent.data.map((vault) => (
                <li key={vault.path}>
                  <button className="recent-item" onClick={() => void attempt(() => client.call('vault:open', { path: vault.path }))}>
                    <span className="recent-name">{vault.name}</span>
                    <span className="recent-path">{vault.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
