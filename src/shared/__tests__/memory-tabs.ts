import type { CrossTab } from '../cross-tab.ts';

/**
 * Channels between "tabs" in one test, for code that takes a `CrossTab`: each call of the returned
 * function opens one tab's channel. A message reaches every other open tab at once and never the
 * sender, as with BroadcastChannel.
 */
export function memoryTabs<T>(): () => CrossTab<T> {
  const members = new Set<Set<(message: T) => void>>();
  return () => {
    const own = new Set<(message: T) => void>();
    members.add(own);
    return {
      post: (message) => members.forEach((m) => m !== own && m.forEach((listener) => listener(message))),
      subscribe(listener) {
        own.add(listener);
        return () => own.delete(listener);
      },
      close: () => members.delete(own),
    };
  };
}
