import { describe, expect, it } from 'vitest';
import { clampViewport, DEFAULT_ZOOM_LIMITS, fitViewport, panViewport, revealInViewport, toPx, zoomViewport } from './viewport.ts';

const LENGTH = 1000 * DEFAULT_ZOOM_LIMITS.minWidth;

describe('viewport: zoom and pan over the axis', () => {
  it('zooms around the anchor: the point under it stays put', () => {
    const view = { start: 100 * DEFAULT_ZOOM_LIMITS.minWidth, end: 500 * DEFAULT_ZOOM_LIMITS.minWidth };
    const pivot = view.start + 0.25 * (view.end - view.start);
    const zoomed = zoomViewport(view, 2, 0.25, LENGTH);
    expect(zoomed.end - zoomed.start).toBeCloseTo((view.end - view.start) / 2);
    expect(zoomed.start + 0.25 * (zoomed.end - zoomed.start)).toBeCloseTo(pivot);
  });

  it('never zooms out past the whole axis nor in past the minimum width', () => {
    expect(zoomViewport(fitViewport(LENGTH), 0.5, 0.5, LENGTH)).toEqual(fitViewport(LENGTH));
    let view = fitViewport(LENGTH);
    for (let i = 0; i < 40; i++) view = zoomViewport(view, 2, 0.3, LENGTH);
    expect(view.end - view.start).toBe(DEFAULT_ZOOM_LIMITS.minWidth);
  });

  it('an axis narrower than the minimum width shows whole', () => {
    expect(clampViewport({ start: -5, end: 5 }, 3)).toEqual({ start: 0, end: 3 });
  });

  it('pans by a share of the width and stops at the ends', () => {
    const view = { start: 0, end: LENGTH / 10 };
    expect(panViewport(view, 0.5, LENGTH)).toEqual({ start: LENGTH / 20, end: LENGTH / 20 + LENGTH / 10 });
    expect(panViewport(view, -1, LENGTH)).toEqual(view);
    expect(panViewport(view, 100, LENGTH)).toEqual({ start: LENGTH - LENGTH / 10, end: LENGTH });
  });

  it('ignores a zoom factor that is not a positive number', () => {
    const view = { start: 10, end: LENGTH / 2 };
    expect(zoomViewport(view, Number.NaN, 0.5, LENGTH)).toEqual(view);
    expect(zoomViewport(view, 0, 0.5, LENGTH)).toEqual(view);
  });

  it('reveals a range by the least move, or at its start when it is wider than the window', () => {
    const view = { start: 100, end: 200 };
    expect(revealInViewport(view, 150, 180, LENGTH, { minWidth: 1 })).toEqual(view);
    expect(revealInViewport(view, 190, 230, LENGTH, { minWidth: 1 })).toEqual({ start: 130, end: 230 });
    expect(revealInViewport(view, 40, 60, LENGTH, { minWidth: 1 })).toEqual({ start: 40, end: 140 });
    expect(revealInViewport(view, 300, 600, LENGTH, { minWidth: 1 })).toEqual({ start: 300, end: 400 });
  });

  it('maps axis units to px across the window', () => {
    expect(toPx({ start: 100, end: 200 }, 150, 800)).toBe(400);
  });
});
