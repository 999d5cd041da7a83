import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ClientProvider } from './lib/client-context';
import { connectBridge } from './lib/bridge';
import { createClient } from './lib/client';
import './app/styles.css';

const client = createClient(connectBridge());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  </StrictMode>,
);
