import type { Refiner } from '../candidate.ts';
import { mergeAdjacent } from './merging.ts';

/** "Wednesday, September 24, 2014" is one DATE whose value is the calendar date's. */
const GAP = /^,?\s+$/;

export const mergeWeekdayDate: Refiner = {
  name: 'merge-weekday-date',
  refine(candidates, { text }) {
    return mergeAdjacent(candidates, text, GAP, (a, b) => {
      if (a.source !== 'parser/weekday' || a.anchor?.kind !== 'weekday' || a.anchor.shift !== null) return null;
      if (b.type !== 'DATE' || !/month-day|iso-date/.test(b.source)) return null;
      return { ...b, start: a.start };
    });
  },
};
