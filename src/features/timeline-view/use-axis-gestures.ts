import { useEffect, useLayoutEffect, useRef } from 'react';

export interface AxisGestureHandlers {
  /** Zoom by `factor` (> 1 closer) around `anchor`, a fraction of the element's width. */
  onZoom: (factor: number, anchor: number) => void;
  /** Move by `px` of the element's width (positive = later in time, i.e. content moves left). */
  onPan: (px: number) => void;
}

/** How far a pointer moves before a press becomes a drag: less is still a click on a card. */
const DRAG_THRESHOLD_PX = 4;
/** Zoom per pixel of wheel travel; a trackpad pinch (wheel + ctrlKey) sends small deltas, so it gets more. */
const WHEEL_ZOOM_PER_PX = 0.0015;
const PINCH_ZOOM_PER_PX = 0.01;
/** Wheel deltas in lines or pages (Firefox) to px. */
const DELTA_MODE_PX = [1, 16, 800];

/**
 * Mouse, trackpad and touch on the time axis: the wheel (or a trackpad pinch) zooms around the
 * pointer, a sideways wheel or a drag pans, two fingers pinch to zoom. Listeners are native because
 * React's wheel listener is passive and could not stop the page from scrolling instead. The
 * element should have `touch-action: pan-y`, so a vertical swipe still scrolls the page on a phone.
 */
export function useAxisGestures(element: HTMLElement | null, handlers: AxisGestureHandlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!element) return;
    const anchorAt = (clientX: number) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 ? (clientX - box.left) / box.width : 0.5;
    };

    const onWheel = (event: WheelEvent) => {
      const scale = DELTA_MODE_PX[event.deltaMode] ?? 1;
      const [dx, dy] = [event.deltaX * scale, event.deltaY * scale];
      // Shift + wheel is the usual sideways scroll on a mouse without a sideways wheel.
      const sideways = event.shiftKey ? dy || dx : Math.abs(dx) > Math.abs(dy) ? dx : 0;
      event.preventDefault();
      if (sideways) latest.current.onPan(sideways);
      else if (dy) latest.current.onZoom(Math.exp(-dy * (event.ctrlKey ? PINCH_ZOOM_PER_PX : WHEEL_ZOOM_PER_PX)), anchorAt(event.clientX));
    };

    const pointers = new Map<number, { x: number; y: number }>();
    let press: { id: number; x: number; y: number } | null = null;
    let dragging = false;
    let suppressClick = false;
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? { distance: Math.hypot(a.x - b.x, a.y - b.y), centre: (a.x + b.x) / 2 } : null;
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) {
        press = { id: event.pointerId, x: event.clientX, y: event.clientY };
        dragging = false;
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (!previous) return;
      if (pointers.size >= 2) {
        const before = spread();
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        const after = spread();
        if (before && after && before.distance > 0) latest.current.onZoom(after.distance / before.distance, anchorAt(after.centre));
        dragging = true;
        return;
      }
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (!press || press.id !== event.pointerId) return;
      if (!dragging) {
        if (Math.abs(event.clientX - press.x) < DRAG_THRESHOLD_PX) return;
        dragging = true;
        element.setPointerCapture?.(event.pointerId);
      }
      latest.current.onPan(previous.x - event.clientX);
    };
    const onPointerEnd = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (press?.id === event.pointerId) {
        // The click that ends a drag must not open the card the drag started on.
        if (dragging) suppressClick = true;
        press = null;
        dragging = false;
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      event.preventDefault();
      event.stopPropagation();
    };
    // A new press always starts clean, even if the last drag ended outside the window.
    const onPointerDownCapture = () => {
      suppressClick = false;
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDownCapture, { capture: true });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    element.addEventListener('click', onClick, { capture: true });
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDownCapture, { capture: true });
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
      element.removeEventListener('click', onClick, { capture: true });
    };
  }, [element]);
}
