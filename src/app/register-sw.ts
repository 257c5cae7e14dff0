import { onNewVersionControlling, setUpdateActivator, setUpdateState } from './app-update.ts';

/**
 * Registers the Workbox service worker in production builds (vite dev serves none), once the page
 * has loaded; vite-plugin-pwa's `registerSW` comes in its own chunk, as the first screen needs none of it.
 *
 * Updates wait for the user (`registerType: 'prompt'`): a tab keeps the version it started with,
 * whose chunks its service worker still has cached, until the user chooses to reload. Taking over
 * open tabs at once would pull those chunks from under them (the deploy-while-open blank page).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  // Vite's loader reports a lazily loaded chunk it could not fetch: this build is no longer served.
  window.addEventListener('vite:preloadError', () => setUpdateState('stale'));
  if (!('serviceWorker' in navigator)) return;
  // In builds the app's code starts once the prerender is painted (first-screen-loader.js), often after the load event.
  whenLoaded(() => {
    import('virtual:pwa-register').then(({ registerSW }) => {
      const activate = registerSW({
        immediate: true,
        onNeedRefresh: () => setUpdateState('waiting'),
        onNeedReload: onNewVersionControlling,
        onRegisteredSW: (_url, registration) => {
          // The browser looks for a new service worker on navigations; a tab left open for days
          // makes none, so look again whenever it comes back into view.
          document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') registration?.update().catch(() => undefined);
          });
        },
        onRegisterError: warn,
      });
      setUpdateActivator(() => activate());
    }, warn);
  });
}

function whenLoaded(callback: () => void): void {
  if (document.readyState === 'complete') callback();
  else window.addEventListener('load', callback, { once: true });
}

function warn(error: unknown): void {
  // Offline support is an enhancement: the app still works online without it.
  console.warn('Service worker registration failed', error);
}
