import { describe, expect, it } from 'vitest';
import { clampViewport, DEFAULT_MIN_WIDTH, fitViewport, isFitted, panViewport, toPx, viewBounds, zoomViewport } from './viewport.ts';

const LENGTH = 1000 * DEFAULT_MIN_WIDTH;
const bounds = viewBounds(LENGTH);

describe('viewport: zoom and pan over the axis', () => {
  it('zooms around the anchor: the point under it stays put', () => {
    const view = { start: 100 * DEFAULT_MIN_WIDTH, end: 500 * DEFAULT_MIN_WIDTH };
    const pivot = view.start + 0.25 * (view.end - view.start);
    const zoomed = zoomViewport(view, 2, 0.25, bounds);
    expect(zoomed.end - zoomed.start).toBeCloseTo((view.end - view.start) / 2);
    expect(zoomed.start + 0.25 * (zoomed.end - zoomed.start)).toBeCloseTo(pivot);
  });

  it('never zooms out past the whole axis nor in past the minimum width', () => {
    expect(zoomViewport(fitViewport(bounds), 0.5, 0.5, bounds)).toEqual(fitViewport(bounds));
    let view = fitViewport(bounds);
    for (let i = 0; i < 40; i++) view = zoomViewport(view, 2, 0.3, bounds);
    expect(view.end - view.start).toBe(DEFAULT_MIN_WIDTH);
    expect(isFitted(view, bounds)).toBe(false);
    expect(isFitted(fitViewport(bounds), bounds)).toBe(true);
  });

  it('an axis narrower than the minimum width shows whole', () => {
    expect(clampViewport({ start: -5, end: 5 }, viewBounds(3))).toEqual({ start: 0, end: 3 });
  });

  it('pans by a share of the width and stops at the ends', () => {
    const view = { start: 0, end: LENGTH / 10 };
    expect(panViewport(view, 0.5, bounds)).toEqual({ start: LENGTH / 20, end: LENGTH / 20 + LENGTH / 10 });
    expect(panViewport(view, -1, bounds)).toEqual(view);
    expect(panViewport(view, 100, bounds)).toEqual({ start: LENGTH - LENGTH / 10, end: LENGTH });
  });

  it('fits the axis itself, with no room after its end', () => {
    expect(fitViewport(bounds)).toEqual({ start: 0, end: LENGTH });
    const view = panViewport({ start: 0, end: LENGTH / 10 }, 100, bounds);
    // Panned to the end, the axis ends at the window's right edge.
    expect(toPx(view, LENGTH, 400)).toBeCloseTo(400);
  });

  it('ignores a zoom factor that is not a positive number', () => {
    const view = { start: 10, end: LENGTH / 2 };
    expect(zoomViewport(view, Number.NaN, 0.5, bounds)).toEqual(view);
    expect(zoomViewport(view, 0, 0.5, bounds)).toEqual(view);
  });

  it('maps axis units to px across the window', () => {
    expect(toPx({ start: 100, end: 200 }, 150, 800)).toBe(400);
  });
});
