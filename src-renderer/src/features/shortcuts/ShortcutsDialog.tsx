/** The keyboard shortcut overview (F1 or ?): every command and editor key, grouped. */
import { Fragment } from 'react';
import { COMMAND_TABLE, EDITOR_KEYS, GRADE_KEYS_ROW, TREE_KEYS } from '../../app/command-table';
import { displayKey } from '../../app/keys';
import { Dialog } from '../../lib/Dialog';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const groups = [...new Set(COMMAND_TABLE.map((c) => c.group))];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Keyboard shortcuts" className="shortcuts">
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group}>
            <h3 className="overline">{group}</h3>
            <dl>
              {COMMAND_TABLE.filter((c) => c.group === group && c.keys.length > 0 && c.inOverview !== false).map((command) => (
                <Fragment key={command.id}>
                  <ShortcutRow label={command.label} keys={command.keys} />
                  {command.id === 'drill.reveal' && <ShortcutRow label={GRADE_KEYS_ROW.label} keys={GRADE_KEYS_ROW.keys} />}
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3 className="overline">Note list</h3>
          <dl>
            {TREE_KEYS.map((row) => (
              <ShortcutRow key={row.label} label={row.label} keys={row.keys} />
            ))}
          </dl>
        </section>
        <section>
          <h3 className="overline">Editor</h3>
          <dl>
            {EDITOR_KEYS.map((row) => (
              <ShortcutRow key={row.label} label={row.label} keys={row.keys} />
            ))}
          </dl>
        </section>
      </div>
      {/* A way out besides Escape, and a focus stop in a dialog that is otherwise only text to scroll. */}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function ShortcutRow({ label, keys }: { label: string; keys: readonly string[] }) {
  return (
    <div className="shortcut-row">
      <dt>{label}</dt>
      <dd>
        {keys.map((key) => (
          <kbd key={key}>{displayKey(key)}</kbd>
        ))}
      </dd>
    </div>
  );
}
