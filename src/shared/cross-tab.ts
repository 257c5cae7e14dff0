/** Messages to this app's other tabs (same origin); a tab never receives its own. */
export interface CrossTab<M> {
  post(message: M): void;
  subscribe(listener: (message: M) => void): () => void;
  close(): void;
}

/**
 * A named channel to the app's other tabs: BroadcastChannel where the browser has it, otherwise the
 * `storage` event, which other tabs receive when this one writes a localStorage key (a nonce makes
 * a repeated message a change too). Messages are sent as they are: keep them small (ids, not reports).
 */
export function crossTab<M>(name: string): CrossTab<M> {
  if (typeof BroadcastChannel === 'function') return broadcastChannel<M>(name);
  if (typeof window !== 'undefined' && typeof localStorage !== 'undefined') return storageEvents<M>(name);
  return { post() {}, subscribe: () => () => {}, close() {} };
}

function broadcastChannel<M>(name: string): CrossTab<M> {
  const channel = new BroadcastChannel(`parallax.${name}`);
  // In Node (unit tests) an open channel would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => listener(event.data as M);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

function storageEvents<M>(name: string): CrossTab<M> {
  const key = `parallax.tab-message.${name}`;
  return {
    post(message) {
      try {
        localStorage.setItem(key, JSON.stringify({ message, nonce: Math.random() }));
      } catch {
        // Storage blocked: other tabs cannot be told, as they could not share saved data either.
      }
    },
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key || !event.newValue) return;
        try {
          listener((JSON.parse(event.newValue) as { message: M }).message);
        } catch {
          // A value some other code wrote under our key: not a message.
        }
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    close() {},
  };
}
