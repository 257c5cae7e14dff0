import { useCallback, useRef } from 'react';

/** Programmatic scrolls (jumps, sync) must not trigger sync scrolling themselves. */
const SYNC_PAUSE_MS = 700;

/**
 * The report panes and synced scrolling: when the reader scrolls one pane, the others follow to the
 * same share of their length. Scrolls we cause (a sync, a jump) are marked and not answered, so the
 * panes never chase each other.
 */
export function useSyncedPanes(syncScroll: boolean) {
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  const syncPausedUntil = useRef(0);

  const onPaneScroll = useCallback(
    (index: number) => {
      const source = panes.current[index];
      // A scroll we caused by syncing: consume the flag instead of echoing it back.
      if (source?.dataset.syncing) {
        delete source.dataset.syncing;
        return;
      }
      if (!syncScroll || performance.now() < syncPausedUntil.current) return;
      if (panes.current.some((pane) => pane?.dataset.jumping)) return;
      if (!source || source.scrollHeight <= source.clientHeight) return;
      const fraction = source.scrollTop / (source.scrollHeight - source.clientHeight);
      panes.current.forEach((pane, i) => {
        if (i === index || !pane) return;
        pane.dataset.syncing = '1';
        pane.scrollTop = fraction * (pane.scrollHeight - pane.clientHeight);
      });
    },
    [syncScroll],
  );

  const registerPane = useCallback((index: number, element: HTMLDivElement | null) => {
    panes.current[index] = element;
  }, []);

  /** Before a jump: the scroll events it causes are the jump's, not the reader's. */
  const pauseSync = useCallback(() => {
    syncPausedUntil.current = performance.now() + SYNC_PAUSE_MS;
  }, []);

  return { panes, registerPane, onPaneScroll, pauseSync };
}
