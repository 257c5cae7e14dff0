/**
 * How long after a jump the panel may still change height on its own. The Timeline tab lays itself
 * out over a few frames when it first shows: the filters fold away once measured against the panel
 * (use-filters-open.ts), which at 1024 px moved a card already scrolled to the middle 300 px up,
 * its date and title under the tabs.
 */
export const SETTLE_MS = 1500;

/** What tells that the reader has taken over: from then on the panel scrolls only as they say. */
const TAKE_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls `element` to the middle of what scrolls it and holds it there while `content` (what holds
 * it) settles: each change of the content's height in the next `settleMs` scrolls it back, until
 * the reader scrolls, clicks, touches or presses a key. The element's `scroll-margin` keeps it clear of
 * sticky headers. Returns a function that stops holding it.
 *
 * Rejected: waiting for the panel to settle before the first scroll. What settles it (a measure, a
 * chunk, a font) differs from case to case, and no frame count is right for all of them.
 */
export function holdInView(element: HTMLElement, content: HTMLElement, smooth: boolean, settleMs = SETTLE_MS): () => void {
  const reveal = () => element.scrollIntoView?.({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  reveal();
  if (typeof ResizeObserver !== 'function') return () => {};
  let height = content.getBoundingClientRect().height;
  const observer = new ResizeObserver(() => {
    const next = content.getBoundingClientRect().height;
    if (next === height) return;
    height = next;
    reveal();
  });
  // A jump that ends with the card off the screen goes again: on a phone the window scrolls, and a part
  // of the page above the panel that shrinks while a smooth jump runs leaves the jump's end past the
  // page's new bottom (Chromium 150: the page lost 629 px mid-jump, and the card's top ended 91 px
  // above the screen). The content's height is unchanged then, and the page's is no element's.
  const offScreen = () => {
    const box = element.getBoundingClientRect();
    return box.top < 0 || box.bottom > window.innerHeight;
  };
  const landed = () => {
    if (offScreen()) reveal();
  };
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of TAKE_OVER) window.removeEventListener(type, stop, true);
    window.removeEventListener('scrollend', landed, true);
  };
  const timer = setTimeout(stop, settleMs);
  observer.observe(content);
  for (const type of TAKE_OVER) window.addEventListener(type, stop, { capture: true, passive: true });
  window.addEventListener('scrollend', landed, { capture: true, passive: true });
  return stop;
}
