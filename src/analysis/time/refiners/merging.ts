import type { Candidate } from '../candidate.ts';

/**
 * Owns the loop over neighbours so each merge refiner supplies only its gap pattern and its merge:
 * for each pair (a, b) with only `gap` between them, `merge` may return the combined candidate.
 */
export function mergeAdjacent(candidates: Candidate[], text: string, gap: RegExp, merge: (a: Candidate, b: Candidate) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && prev.end <= c.start && c.start - prev.end <= 12 && gap.test(text.slice(prev.end, c.start))) {
      const merged = merge(prev, c);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
