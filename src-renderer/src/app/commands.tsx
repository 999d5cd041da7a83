/**
 * The command registry: features register what a command does while they are
 * on screen; keyboard shortcuts and the desktop menu (`command:run`) both run
 * commands through it.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useCoreEvent } from '../lib/client-context';
import { COMMAND_TABLE, type AppCommandId } from './command-table';
import { inDialog, isControl, isTextField, matchesKey } from './keys';

type Handler = () => void;

export interface CommandRegistry {
  register(id: AppCommandId, handler: Handler): () => void;
  run(id: AppCommandId): boolean;
}

const RegistryContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const handlers = useRef(new Map<AppCommandId, Handler[]>());
  const registry = useMemo<CommandRegistry>(
    () => ({
      register(id, handler) {
        const stack = handlers.current.get(id) ?? [];
        stack.push(handler);
        handlers.current.set(id, stack);
        return () => {
          const current = handlers.current.get(id) ?? [];
          handlers.current.set(
            id,
            current.filter((h) => h !== handler),
          );
        };
      },
      run(id) {
        // The most recently registered handler wins: an open dialog overrides the screen below.
        const handler = handlers.current.get(id)?.at(-1);
        handler?.();
        return handler !== undefined;
      },
    }),
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const command of COMMAND_TABLE) {
        const key = command.keys.find((k) => matchesKey(k, event));
        if (!key) continue;
        if (command.outsideText?.includes(key) && (isTextField(event.target) || inDialog(event.target))) continue;
        if (command.outsideControls?.includes(key) && isControl(event.target)) continue;
        // A plain key held down must not grade ten cards.
        if (event.repeat && command.outsideText?.includes(key)) return;
        // preventDefault also tells the desktop menu the key was handled, so it does not run twice.
        if (registry.run(command.id)) event.preventDefault();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);

  useCoreEvent('command:run', ({ id }) => {
    // Ids arrive from another process: run only those the page knows.
    if (COMMAND_TABLE.some((c) => c.id === id)) registry.run(id);
  });

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useCommands(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommands outside CommandProvider');
  return registry;
}

/** Registers a handler for a command while the calling component is mounted. */
export function useCommand(id: AppCommandId, handler: Handler, enabled = true): void {
  const registry = useCommands();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => (enabled ? registry.register(id, () => latest.current()) : undefined), [registry, id, enabled]);
}
