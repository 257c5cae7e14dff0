import { describe, expect, it } from 'vitest';
import type { Candidate, Context } from '../candidate.ts';
import { tags } from '../testing.ts';
import { removeOverlaps } from './remove-overlaps.ts';

const ctx: Context = { text: '', dct: null, tenseAt: () => null, sentenceAt: () => [0, 0] };
const c = (start: number, end: number, source: string, rank = 0): Candidate => ({ start, end, type: 'DATE', value: 'X', source, rank });

describe('refiner/remove-overlaps', () => {
  it('keeps the longest of overlapping candidates and all disjoint ones', () => {
    const out = removeOverlaps.refine([c(0, 6, 'a'), c(0, 14, 'b'), c(9, 14, 'c'), c(20, 24, 'd')], ctx);
    expect(out.map((x) => x.source)).toEqual(['b', 'd']);
  });
  it('lets the earlier parser win a tie', () => {
    const out = removeOverlaps.refine([c(0, 4, 'late', 5), c(0, 4, 'early', 1)], ctx);
    expect(out.map((x) => x.source)).toEqual(['early']);
  });
  it('prefers "last Monday night" over "last Monday"', () => {
    tags('He left last Monday night.').are(['last Monday night=TIME:2014-09-22TNI']);
  });
});
