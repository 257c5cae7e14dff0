import { useSyncExternalStore } from 'react';

/**
 * Whether this tab runs an older build than the one deployed:
 * - `waiting`: the service worker found a new version; this tab keeps its own until it reloads;
 * - `taken-elsewhere`: another tab switched to the new version, whose service worker now answers
 *   this tab too, so code this tab has not loaded yet may be missing;
 * - `stale`: a chunk of this build could not be fetched (it is gone from the server).
 */
export type UpdateState = 'current' | 'waiting' | 'taken-elsewhere' | 'stale';

let state: UpdateState = 'current';
const listeners = new Set<() => void>();

export function setUpdateState(next: UpdateState): void {
  // Once this tab knows its code is outdated, a later 'waiting' does not make it less so.
  if (next === 'waiting' && (state === 'taken-elsewhere' || state === 'stale')) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function updateState(): UpdateState {
  return state;
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => 'current' as const,
  );
}

/** Activates a waiting service worker (vite-plugin-pwa's updateSW), set once it is registered. */
let activateWaiting: (() => Promise<void>) | null = null;
/** True when this tab asked for the update, so its own switch reloads it rather than prompting. */
let reloadAsked = false;

export function setUpdateActivator(activate: () => Promise<void>): void {
  activateWaiting = activate;
}

/** The new version now controls this tab: reload if the user asked for it here, otherwise say so. */
export function onNewVersionControlling(): void {
  if (reloadAsked) window.location.reload();
  else setUpdateState('taken-elsewhere');
}

/** How long to wait for a waiting service worker to take over before reloading anyway. */
const ACTIVATION_WAIT_MS = 3000;

/**
 * Reloads into the newest version, after `beforeReload` (the library's pending writes) has finished.
 * Reports and the compared selection live in IndexedDB and localStorage, the view in the URL, so a
 * reload keeps them. A waiting service worker is activated first; otherwise a plain reload would
 * be answered by the old one again.
 */
export async function reloadApp(beforeReload: () => Promise<void> = async () => {}): Promise<void> {
  reloadAsked = true;
  await beforeReload().catch(() => undefined);
  if (state === 'waiting' && activateWaiting && 'serviceWorker' in navigator) {
    const switched = new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
      setTimeout(resolve, ACTIVATION_WAIT_MS);
    });
    await activateWaiting();
    await switched;
  }
  window.location.reload();
}
