import type { Candidate, Refiner } from '../candidate.ts';

/**
 * Keeps the longest of overlapping candidates ("last Monday night" beats "last Monday" beats
 * "Monday"); on equal length the earlier parser in the pipeline wins. Greedy by length is not
 * optimal coverage, but the longest match is also the most specific reading, which is what we want.
 */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(candidates) {
    const order = candidates.map((c, i) => ({ c, i }));
    order.sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
    const kept: Candidate[] = [];
    for (const { c } of order) {
      if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
