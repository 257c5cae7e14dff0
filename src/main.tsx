import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppBoundary } from './app/error-fallback.tsx';
import { applyStoredTheme } from './app/theme.ts';
import { registerServiceWorker } from './app/register-sw.ts';
import './index.css';

// Before the first render, so a dark-theme user never sees a white flash.
applyStoredTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppBoundary>
      <App />
    </AppBoundary>
  </StrictMode>,
);
registerServiceWorker();
