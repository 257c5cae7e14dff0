import { describe, expect, it } from 'vitest';
import { assignLanes, cardLeft, laneBox } from './lanes.ts';

const box = (id: string, left: number, right: number) => ({ id, left, right });

describe('assignLanes: overlapping cards stack', () => {
  it('puts apart boxes in one lane and overlapping ones below, reusing freed lanes', () => {
    const { lanes, count } = assignLanes([box('a', 0, 100), box('b', 50, 150), box('c', 120, 200), box('d', 160, 260)]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
    expect(count).toBe(2);
  });

  it('uses as many lanes as boxes overlap at one point, whatever the input order', () => {
    const boxes = [box('x', 10, 110), box('y', 0, 100), box('z', 20, 120), box('w', 200, 300)];
    const { lanes, count } = assignLanes(boxes);
    expect(count).toBe(3);
    expect(lanes.get('w')).toBe(0);
    expect(new Set(['x', 'y', 'z'].map((id) => lanes.get(id))).size).toBe(3);
  });

  it('keeps a gap between neighbours in a lane', () => {
    expect(assignLanes([box('a', 0, 100), box('b', 104, 200)], 8).count).toBe(2);
    expect(assignLanes([box('a', 0, 100), box('b', 108, 200)], 8).count).toBe(1);
  });

  it('keeps every lane when the whole picture moves (a pan)', () => {
    const boxes = [box('a', 0, 100), box('b', 50, 150), box('c', 120, 200)];
    const moved = boxes.map((b) => box(b.id, b.left - 500, b.right - 500));
    expect(assignLanes(moved).lanes).toEqual(assignLanes(boxes).lanes);
  });

  it('in order, never puts a box above an earlier one, so lanes read top to bottom in time order', () => {
    // Three 2011 cards overlap; the 2013 card is far right, where the top lane is free again.
    const boxes = [box('2011a', 0, 150), box('2011b', 40, 190), box('2011c', 80, 230), box('2013', 250, 400)];
    expect(Object.fromEntries(assignLanes(boxes, 8).lanes)).toMatchObject({ '2011c': 2, '2013': 0 });
    const { lanes, count } = assignLanes(boxes, 8, true);
    expect(Object.fromEntries(lanes)).toEqual({ '2011a': 0, '2011b': 1, '2011c': 2, '2013': 2 });
    expect(count).toBe(3);
  });

  it('handles no boxes', () => {
    expect(assignLanes([])).toEqual({ lanes: new Map(), count: 0 });
  });
});

describe('cardLeft: a span that began off screen keeps its card in view', () => {
  it('sits at the start when the start is on screen', () => expect(cardLeft(40, 400, 200)).toBe(40));
  it('sticks to the left edge while the span is longer than the card', () => expect(cardLeft(-300, 500, 200)).toBe(0));
  it('slides out with the end of the span', () => expect(cardLeft(-300, 50, 200)).toBe(-150));
  it('stays at the start for a short span off screen', () => expect(cardLeft(-500, -450, 200)).toBe(-500));
});

describe('cardLeft and laneBox: near the axis end a card hangs to the left of its date', () => {
  it('ends at the axis end when its date is closer to it than a card is wide', () => {
    expect(cardLeft(900, 904, 200, 1000)).toBe(800);
    expect(cardLeft(700, 704, 200, 1000)).toBe(700);
  });
  it('reserves in its lane the place it hangs in, the same wherever the window pans', () => {
    expect(laneBox(900, 904, 200, 1000)).toEqual({ left: 800, right: 1000 });
    expect(laneBox(900 - 5000, 904 - 5000, 200, 1000 - 5000)).toEqual({ left: 800 - 5000, right: 1000 - 5000 });
    expect(laneBox(100, 600, 200, 1000)).toEqual({ left: 100, right: 600 });
  });
});
