import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';

/**
 * A pane's scroll that starts this soon after the reader's own input on it (wheel, touch, pointer, a
 * scroll key) is theirs. Generous: on a loaded machine the first frame of a key's smooth scroll came
 * more than 250 ms after the key.
 */
const INPUT_MS = 1000;
/**
 * A run of the reader's scrolling (a fling, a key's smooth scroll, a scrollbar drag) lasts until the
 * pane's `scrollend`; without it, until this long passes without a scroll. A gap of 200 ms had ended
 * runs in the middle of a smooth scroll under load, leaving the other pane a third of the way.
 */
const RUN_GAP_MS = 1000;
/** Keys that scroll a pane or move its change map. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

/**
 * The report panes and synced scrolling: when the reader scrolls one pane, the others follow to the
 * same share of their length. Only the reader's own scrolling is followed, told by the input that
 * precedes it. Scrolls the app makes (a jump to a partner, focus brought into view, the sync itself)
 * are never answered. Marking those instead (a flag per synced scroll, a pause after each jump) lost
 * the race on a loaded machine: a smooth jump's late scroll events outlived the pause and dragged the
 * other pane away from the sentence just focused in it.
 */
export function useSyncedPanes(syncScroll: boolean) {
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  /** Per pane: when the reader last touched it; `Infinity` while a pointer is held down on it. */
  const lastInput = useRef<number[]>([]);
  /** Per pane: until when its current run of reader scrolling lasts. */
  const runUntil = useRef<number[]>([]);
  /**
   * The pane the reader last scrolled while the others followed: when a pane or its text changes size
   * (the side column opened, marks or fonts arriving), the others follow it again, unless the app has
   * since moved one of them (`data-moved`, set by `scrollIntoPane`). The browser keeps each pane's
   * offset in pixels, not its share, so a narrower pane had been left behind the others (at 1024 px
   * opening the column left them at 32 % and 48 %).
   */
  const leader = useRef<number | null>(null);

  /** The other panes to `source`'s share of its length, but not one on its way to a sentence (`markJumping`). */
  const follow = useCallback(
    (index: number) => {
      const source = panes.current[index];
      if (!syncScroll || !source || source.scrollHeight <= source.clientHeight) return;
      const fraction = source.scrollTop / (source.scrollHeight - source.clientHeight);
      leader.current = index;
      panes.current.forEach((pane, i) => {
        if (!pane || i === index || pane.dataset.jumping) return;
        pane.scrollTop = fraction * (pane.scrollHeight - pane.clientHeight);
        delete pane.dataset.moved;
      });
      delete source.dataset.moved;
    },
    [syncScroll],
  );

  const onPaneScroll = useCallback(
    (index: number) => {
      const now = performance.now();
      if (now > (runUntil.current[index] ?? -Infinity)) {
        const input = lastInput.current[index] ?? -Infinity;
        if (now - input > INPUT_MS) return;
        // One input starts one run; a held pointer (Infinity) keeps starting them until it is let go.
        if (input !== Infinity) lastInput.current[index] = -Infinity;
        // The run ends where the pane came to rest, followed once more: Chrome can report the end
        // of a smooth scroll before its last scroll event, which left the other pane a few pixels short.
        const end = () => {
          runUntil.current[index] = -Infinity;
          follow(index);
        };
        panes.current[index]?.addEventListener('scrollend', end, { once: true });
      }
      runUntil.current[index] = now + RUN_GAP_MS;
      follow(index);
    },
    [follow],
  );

  const resized = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (!syncScroll || typeof ResizeObserver === 'undefined') return;
    // Observing a pane starts with a call for it as it is (a pane ≈ just brought in, too): only a
    // size the pane had not had before is a change.
    const sizes = new WeakMap<Element, string>();
    const observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, contentRect } of entries) {
        const size = `${contentRect.width}x${contentRect.height}`;
        if (sizes.has(target) && sizes.get(target) !== size) changed = true;
        sizes.set(target, size);
      }
      if (changed && leader.current !== null && !panes.current.some((pane) => pane?.dataset.moved)) follow(leader.current);
    });
    panes.current.forEach((pane) => pane && observeSize(observer, pane));
    resized.current = observer;
    return () => {
      observer.disconnect();
      resized.current = null;
    };
  }, [syncScroll, follow]);

  const registerPane = useCallback((index: number, element: HTMLDivElement | null) => {
    const [old, observer] = [panes.current[index], resized.current];
    panes.current[index] = element;
    if (!observer || old === element) return;
    if (old) {
      observer.unobserve(old);
      if (old.firstElementChild) observer.unobserve(old.firstElementChild);
    }
    if (element) observeSize(observer, element);
  }, []);

  /**
   * Handlers for the element around a pane and its change map: the reader's input there marks the
   * pane's next scrolls as theirs. A held pointer counts until it is let go (a scrollbar or change
   * map drag may pause longer than `INPUT_MS`).
   */
  const readerInput = useCallback((index: number) => {
    const touched = () => {
      lastInput.current[index] = performance.now();
    };
    return {
      onWheel: touched,
      onTouchMove: touched,
      onPointerDown: () => {
        lastInput.current[index] = Infinity;
        const release = () => {
          touched();
          removeEventListener('pointerup', release, true);
          removeEventListener('pointercancel', release, true);
        };
        addEventListener('pointerup', release, true);
        addEventListener('pointercancel', release, true);
      },
      onKeyDown: (e: KeyboardEvent) => {
        if (SCROLL_KEYS.has(e.key)) touched();
      },
    };
  }, []);

  return useMemo(() => ({ panes, registerPane, onPaneScroll, readerInput }), [registerPane, onPaneScroll, readerInput]);
}

/** A pane's box and its text's: the text grows when a narrower pane wraps it or marks arrive. */
function observeSize(observer: ResizeObserver, pane: HTMLElement) {
  observer.observe(pane);
  if (pane.firstElementChild) observer.observe(pane.firstElementChild);
}
