import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Client } from '../lib/client';
import { ClientProvider } from '../lib/client-context';
import { CommandProvider, useCommand } from './commands';

afterEach(cleanup);

const client: Client = { call: () => Promise.reject(new Error('no core in this test')), on: () => () => undefined };

function Drill({ reveal, good, enabled = true }: { reveal: () => void; good: () => void; enabled?: boolean }) {
  useCommand('drill.reveal', reveal, enabled);
  useCommand('drill.good', good, enabled);
  return (
    <main>
      <button>Show answer</button>
      <input aria-label="field" />
      <div role="dialog">
        <button>In a dialog</button>
      </div>
    </main>
  );
}

function setUp(enabled = true) {
  const reveal = vi.fn();
  const good = vi.fn();
  const view = render(
    <ClientProvider client={client}>
      <CommandProvider>
        <Drill reveal={reveal} good={good} enabled={enabled} />
      </CommandProvider>
    </ClientProvider>,
  );
  return { reveal, good, view };
}

it('Space runs the drill command only when no control has the focus: a focused button keeps its own Space', () => {
  const { reveal, view } = setUp();
  fireEvent.keyDown(document.body, { key: ' ' });
  expect(reveal).toHaveBeenCalledTimes(1);
  const pressed = fireEvent.keyDown(view.getByRole('button', { name: 'Show answer' }), { key: ' ' });
  expect(reveal).toHaveBeenCalledTimes(1);
  expect(pressed).toBe(true); // not prevented: the button's own click happens
});

it('a grade key acts outside text fields and dialogs, once per press (not while held down)', () => {
  const { good, view } = setUp();
  expect(fireEvent.keyDown(view.getByRole('button', { name: 'Show answer' }), { key: '3' })).toBe(false);
  expect(good).toHaveBeenCalledTimes(1);
  fireEvent.keyDown(document.body, { key: '3', repeat: true });
  fireEvent.keyDown(view.getByRole('textbox', { name: 'field' }), { key: '3' });
  fireEvent.keyDown(view.getByRole('button', { name: 'In a dialog' }), { key: '3' });
  expect(good).toHaveBeenCalledTimes(1);
});

it('a key whose command nobody registered is left to the page', () => {
  const { good } = setUp(false);
  expect(fireEvent.keyDown(document.body, { key: '3' })).toBe(true);
  expect(good).not.toHaveBeenCalled();
});
