// Scrolling inside a report pane: jumps that move only the pane, and the marks that keep sync
// scrolling from moving a pane on its way.

/**
 * Brings `element` into view by scrolling its pane only, its `scroll-margin` (index.css) kept clear
 * of the pane's edges. `scrollIntoView` would also scroll every scrollable ancestor, the window
 * included, and push the header off screen. Where the pane does not scroll (phones, where the panes
 * stack and the page scrolls), the page scrolls as usual. An element taller than the room is brought
 * in by its start, not centred: centred, it lost its first lines above the pane's top edge.
 * `page: false` leaves the page alone there (a hover must not move what is under the pointer).
 * Returns what was set scrolling: the pane, or the window when the page scrolls.
 */
export function scrollIntoPane(element: HTMLElement, block: 'center' | 'nearest', behavior: ScrollBehavior, page = true): HTMLElement | Window | undefined {
  const pane = element.closest<HTMLElement>('[data-pane]');
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const above = parseFloat(style.scrollMarginTop) || 0;
  const below = parseFloat(style.scrollMarginBottom) || 0;
  if (!pane || !/auto|scroll/.test(getComputedStyle(pane).overflowY)) {
    if (!page) return undefined;
    const tall = box.height + above + below > window.innerHeight;
    if (block === 'nearest' && isVisible(element)) return undefined;
    element.scrollIntoView({ block: tall ? 'start' : block, behavior });
    return window;
  }
  const paneTop = pane.getBoundingClientRect().top + pane.clientTop;
  const offset = box.top - paneTop + pane.scrollTop;
  let top: number;
  if (box.height + above + below > pane.clientHeight) top = offset - above;
  else if (block === 'center') top = offset - (pane.clientHeight - box.height) / 2;
  else if (box.top - above < paneTop) top = offset - above;
  else if (box.bottom + below > paneTop + pane.clientHeight) top = offset + box.height + below - pane.clientHeight;
  else return undefined;
  const target = Math.max(0, Math.min(top, pane.scrollHeight - pane.clientHeight));
  if (Math.abs(target - pane.scrollTop) < 1) return undefined;
  if (behavior === 'smooth') markJumping(pane);
  // Out of step with the panes sync scrolling placed, until the reader scrolls again (`useSyncedPanes`).
  pane.dataset.moved = '1';
  pane.scrollTo({ top: target, behavior });
  return pane;
}

/**
 * A jump to `element`: centred in its pane. The layout can still move while the pane or the page
 * scrolls (the analysis drawer closing, markers arriving, on a phone the tapped sentence's own marks)
 * and leave the sentence outside the view: a phone's tap on a sentence near the end of a report left
 * its partner 350 px above the screen. So it is checked again when that scroll ends.
 * `page: false` as for `scrollIntoPane`.
 */
export function jumpIntoPane(element: HTMLElement, behavior: ScrollBehavior, page = true) {
  const scroller = scrollIntoPane(element, 'center', behavior, page);
  if (!scroller) return;
  const check = () => {
    if (element.isConnected && !isVisible(element)) scrollIntoPane(element, 'nearest', 'auto');
  };
  scroller.addEventListener('scrollend', check, { once: true });
  setTimeout(() => scroller.removeEventListener('scrollend', check), JUMP_FALLBACK_MS);
}

/** Whether `element` and its `scroll-margin` are wholly inside its pane's visible box and the window. */
export function isVisible(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const pane = element.closest('[data-pane]')?.getBoundingClientRect();
  const style = getComputedStyle(element);
  const top = Math.max(0, pane?.top ?? 0) + (parseFloat(style.scrollMarginTop) || 0);
  const bottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight) - (parseFloat(style.scrollMarginBottom) || 0);
  return box.top >= top && box.bottom <= bottom;
}

/**
 * Marks a pane as moving by our own hand until its smooth scroll ends (`scrollend`), so the reader's
 * scrolling of another pane does not drag it away from the sentence it is on its way to (see
 * `useSyncedPanes`). The timer is a fallback for browsers without `scrollend`.
 */
function markJumping(pane: HTMLElement) {
  pane.dataset.jumping = '1';
  const done = () => {
    delete pane.dataset.jumping;
    pane.removeEventListener('scrollend', done);
    clearTimeout(timer);
  };
  const timer = setTimeout(done, JUMP_FALLBACK_MS);
  pane.addEventListener('scrollend', done);
}

/** Longest a jump's smooth scroll is waited for when the browser never reports its end. */
const JUMP_FALLBACK_MS = 3000;
