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
    order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || (a.c.rank ?? 0) - (b.c.rank ?? 0) || a.i - b.i);
    // `kept` stays sorted by start, so each check looks only at the two neighbours.
    const kept: Candidate[] = [];
    for (const { c } of order) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.start < c.start) lo = mid + 1;
        else hi = mid;
      }
      const before = kept[lo - 1];
      const after = kept[lo];
      if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
      kept.splice(lo, 0, c);
    }
    return kept;
  },
};
