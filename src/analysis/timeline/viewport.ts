/**
 * What part of the axis is on screen: a window `[start, end)` in axis units (see compressed-axis.ts).
 * Kept as a window rather than a d3-zoom transform `{k, x}` so it survives a resize unchanged —
 * the same dates stay on screen when a phone turns — and reads directly as "what is visible".
 */
export interface Viewport {
  start: number;
  end: number;
}

export const DEFAULT_ZOOM_LIMITS = {
  /** The narrowest window: a few hours across, where hour ticks show. */
  minWidth: 4 * 3_600_000,
};
export type ZoomLimits = typeof DEFAULT_ZOOM_LIMITS;

/** The whole axis: what "fit all" and the Home key show. */
export function fitViewport(length: number): Viewport {
  return { start: 0, end: length };
}

/**
 * A window no wider than the axis (there is nothing beyond it) and no narrower than `minWidth`,
 * moved back inside the axis when a pan or zoom pushed it past an end.
 */
export function clampViewport(view: Viewport, length: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): Viewport {
  const maxWidth = Math.max(length, Number.MIN_VALUE);
  const width = Math.min(maxWidth, Math.max(Math.min(limits.minWidth, maxWidth), view.end - view.start));
  const centre = (view.start + view.end) / 2;
  const start = Math.min(Math.max(0, centre - width / 2), length - width);
  return { start, end: start + width };
}

/**
 * Zooms by `factor` (2 = twice as close, 0.5 = twice as far) around the point at `anchor`, a
 * fraction of the window's width (0 = left edge, 0.5 = centre, the pointer's position for a wheel):
 * the date under the anchor stays under it, unless the window hits an end of the axis.
 */
export function zoomViewport(view: Viewport, factor: number, anchor: number, length: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): Viewport {
  if (!(factor > 0) || !Number.isFinite(factor)) return clampViewport(view, length, limits);
  const width = view.end - view.start;
  const maxWidth = Math.max(length, Number.MIN_VALUE);
  const next = Math.min(maxWidth, Math.max(Math.min(limits.minWidth, maxWidth), width / factor));
  const at = Math.min(1, Math.max(0, anchor));
  const pivot = view.start + at * width;
  const start = pivot - at * next;
  return clampViewport({ start, end: start + next }, length, limits);
}

/** Moves the window by `fraction` of its width (positive = later in time). */
export function panViewport(view: Viewport, fraction: number, length: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): Viewport {
  const shift = fraction * (view.end - view.start);
  return clampViewport({ start: view.start + shift, end: view.end + shift }, length, limits);
}

/** Moves the window the least needed to show `[from, to)` whole, or its start when it is wider than the window. */
export function revealInViewport(view: Viewport, from: number, to: number, length: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): Viewport {
  const width = view.end - view.start;
  let start = view.start;
  if (to - from > width || from < view.start) start = from;
  else if (to > view.end) start = to - width;
  return clampViewport({ start, end: start + width }, length, limits);
}

/** Axis units → px across a window `widthPx` wide. */
export function toPx(view: Viewport, units: number, widthPx: number): number {
  return ((units - view.start) / (view.end - view.start)) * widthPx;
}
