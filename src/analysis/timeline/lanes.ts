/** A card's horizontal extent in px: from its date's start to its box's end, or its span's end when that reaches further. */
export interface LaneBox {
  id: string;
  left: number;
  right: number;
}

/**
 * Stacks boxes that would overlap into lanes (0 = top). Boxes go, left to right, into the first
 * lane that is free by then — the greedy interval colouring, which uses the fewest lanes possible
 * and keeps a card in the same lane while the view pans, since panning moves every box alike.
 *
 * `inOrder`: a box never goes into a lane above the previous box's, so reading the lanes top to
 * bottom, each left to right, meets the boxes in order. A phone's window holds two cards across and
 * is read downwards: there the fewest lanes put a 2013 card in the top lane, above the 2011 ones
 * that overlapped the first. It costs lanes (a staircase where boxes overlap), so wide windows,
 * read across, keep the fewest.
 */
export function assignLanes(boxes: LaneBox[], gapPx = 0, inOrder = false): { lanes: Map<string, number>; count: number } {
  const order = boxes.map((box, index) => ({ box, index })).sort((a, b) => a.box.left - b.box.left || a.index - b.index);
  const ends: number[] = [];
  const lanes = new Map<string, number>();
  let floor = 0;
  for (const { box } of order) {
    let lane = ends.findIndex((end, i) => i >= floor && end + gapPx <= box.left);
    if (lane < 0) lane = ends.push(Number.NEGATIVE_INFINITY) - 1;
    if (inOrder) floor = lane;
    ends[lane] = Math.max(box.right, box.left);
    lanes.set(box.id, lane);
  }
  return { lanes, count: ends.length };
}

/**
 * Where a card of `cardWidth` px sits for a date spanning `[xStart, xEnd)` px in a window whose left
 * edge is 0: at its start, but a span that began off screen keeps its card at the edge while the
 * span is still on screen, so a year seen up close stays labelled; and a date within a card's width
 * of the axis end at `endPx` hangs its card to the left, ending there, since no room is kept after
 * the axis for it (viewport.ts). The card never leaves `laneBox`, the box its lane was reserved for.
 */
export function cardLeft(xStart: number, xEnd: number, cardWidth: number, endPx = Infinity): number {
  if (xStart >= 0) return Math.min(xStart, endPx - cardWidth);
  return Math.min(0, Math.max(xStart, xEnd - cardWidth));
}

/**
 * The px a card may take while the window pans, for lane assignment: from its start, or from a card's
 * width before the axis end, to its card's end or its span's end. Panning moves the axis end with
 * the dates, so a card keeps its lane.
 */
export function laneBox(xStart: number, xEnd: number, cardWidth: number, endPx = Infinity): { left: number; right: number } {
  const left = Math.min(xStart, endPx - cardWidth);
  return { left, right: Math.max(left + cardWidth, xEnd) };
}
