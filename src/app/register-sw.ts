/** Registers the Workbox service worker in production builds (vite dev serves none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
      // Offline support is an enhancement: the app still works online without it.
      console.warn('Service worker registration failed', error);
    });
  });
}
