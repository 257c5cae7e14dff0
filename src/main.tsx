import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { firstBundledReports } from './app/bundled-reports.ts';
import { AppBoundary } from './app/error-fallback.tsx';
import { applyStoredTheme } from './app/theme.ts';
import { registerServiceWorker } from './app/register-sw.ts';
import './index.css';

// Before the first render, so a dark-theme user never sees a white flash.
applyStoredTheme();

/**
 * How long the first render may wait for the bundled reports. index.html preloads them beside this
 * bundle, so they are usually in before it has run; rendered with them, the first frame shows the
 * articles, where rendering at once would show "Loading reports…" and then render, lay out and
 * paint everything again (about 100 ms on a 2-core machine). A slow or failed load renders at once.
 */
const FIRST_RENDER_WAIT_MS = 400;
/**
 * The same wait while the prerendered first screen (first-screen.tsx) shows the text: rendering before
 * the reports are in would replace it with "Loading reports…". Bounded, so a stalled load still ends
 * in the app's own messages.
 */
const PRERENDERED_WAIT_MS = 5000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const reportsIn = firstBundledReports().then(
  () => undefined,
  () => undefined, // The query reports the failure; the first render need not wait for it.
);
const prerendered = root.querySelector('[data-first-screen]') !== null && document.documentElement.dataset.prerender !== 'stale';
void Promise.race([reportsIn, new Promise((resolve) => setTimeout(resolve, prerendered ? PRERENDERED_WAIT_MS : FIRST_RENDER_WAIT_MS))])
  // A task later, so the query cache has stored what the load's promise delivered.
  .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
  .then(() => {
    // Replaces the prerendered first screen, if any, in the commit that shows the app (React clears
    // the container then), so no frame is blank. While the prerender shows the text, the first render
    // is a transition: React renders in slices and the page stays responsive (Lighthouse counted the
    // unsliced render as blocking time once the prerender had moved the first paint before it).
    const app = (
      <StrictMode>
        <AppBoundary>
          <App />
        </AppBoundary>
      </StrictMode>
    );
    const reactRoot = createRoot(root);
    if (prerendered) startTransition(() => reactRoot.render(app));
    else reactRoot.render(app);
  });
// Now, not after the wait: it registers on the window's load event, which may come first.
registerServiceWorker();
