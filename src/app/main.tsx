import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod/mini';
import '../styles.css';
import { App } from './app';
import { registerServiceWorker } from './pwa-updates';

// zod compiles fast validators with new Function(); the Content Security Policy forbids that, so it is told not to try.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
