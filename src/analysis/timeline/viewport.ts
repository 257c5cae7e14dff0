/**
 * What part of the axis is on screen: a window `[start, end)` in axis units (see compressed-axis.ts).
 * Kept as a window rather than a d3-zoom transform `{k, x}` so it survives a resize unchanged —
 * the same dates stay on screen when a phone turns — and reads directly as "what is visible".
 */
export interface Viewport {
  start: number;
  end: number;
}

/** How far the window may go. */
export interface ViewBounds {
  /**
   * The axis length, in axis units. No room is kept after its end for the last card, which hangs
   * to the left of its date there (lanes.ts, `cardLeft`): a share of the window kept free for it
   * stretched "fit all" decades into the future on a phone (1939 – 2073 for a story that ends in 2008).
   */
  length: number;
  /** The narrowest window: a few hours across, where hour ticks show. */
  minWidth: number;
}

export const DEFAULT_MIN_WIDTH = 4 * 3_600_000;

export function viewBounds(length: number, minWidth = DEFAULT_MIN_WIDTH): ViewBounds {
  return { length, minWidth };
}

const maxWidth = (b: ViewBounds) => Math.max(b.length, Number.MIN_VALUE);

/** The whole axis: what "fit all" and the Home key show. */
export function fitViewport(bounds: ViewBounds): Viewport {
  return { start: 0, end: maxWidth(bounds) };
}

/** True when the window shows the whole axis. */
export function isFitted(view: Viewport, bounds: ViewBounds): boolean {
  return view.start <= 0 && view.end - view.start >= maxWidth(bounds) * (1 - 1e-9);
}

/**
 * A window between `minWidth` and the whole axis wide, moved back inside the axis when a pan or
 * zoom pushed it past an end.
 */
export function clampViewport(view: Viewport, bounds: ViewBounds): Viewport {
  const most = maxWidth(bounds);
  const width = Math.min(most, Math.max(Math.min(bounds.minWidth, most), view.end - view.start));
  const centre = (view.start + view.end) / 2;
  const latest = Math.max(0, bounds.length - width);
  const start = Math.min(Math.max(0, centre - width / 2), latest);
  return { start, end: start + width };
}

/**
 * Zooms by `factor` (2 = twice as close, 0.5 = twice as far) around the point at `anchor`, a
 * fraction of the window's width (0 = left edge, 0.5 = centre, the pointer's position for a wheel):
 * the date under the anchor stays under it, unless the window hits an end of the axis.
 */
export function zoomViewport(view: Viewport, factor: number, anchor: number, bounds: ViewBounds): Viewport {
  if (!(factor > 0) || !Number.isFinite(factor)) return clampViewport(view, bounds);
  const width = view.end - view.start;
  const most = maxWidth(bounds);
  const next = Math.min(most, Math.max(Math.min(bounds.minWidth, most), width / factor));
  const at = Math.min(1, Math.max(0, anchor));
  const pivot = view.start + at * width;
  const start = pivot - at * next;
  return clampViewport({ start, end: start + next }, bounds);
}

/** Moves the window by `fraction` of its width (positive = later in time). */
export function panViewport(view: Viewport, fraction: number, bounds: ViewBounds): Viewport {
  const shift = fraction * (view.end - view.start);
  return clampViewport({ start: view.start + shift, end: view.end + shift }, bounds);
}

/** Axis units → px across a window `widthPx` wide. */
export function toPx(view: Viewport, units: number, widthPx: number): number {
  return ((units - view.start) / (view.end - view.start)) * widthPx;
}
