import type { Refiner } from '../candidate.ts';
import { mergeAdjacent } from './merging.ts';

/**
 * "3 p.m. on Tuesday", "Tuesday at 3 p.m." and "6pm on Monday evening" are one TIME, 2014-09-23T15:00. Runs after
 * resolve-relative, so the date half already has its calendar value.
 */
const GAP = /^(?:\s*,)?\s+(?:on\s+|at\s+|of\s+)?$|^\s*,\s*$/i;
const FULL_DAY = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-\d)$/;
const PART_OF_DAY = /T(?:MO|AF|EV|NI|DT)$/;

export const mergeDateTime: Refiner = {
  name: 'merge-date-time',
  refine(candidates, { text }) {
    return mergeAdjacent(candidates, text, GAP, (a, b) => {
      const clock = a.anchor?.kind === 'clock' ? a : b.anchor?.kind === 'clock' ? b : null;
      const date = clock === a ? b : a;
      // "6pm on Monday evening": a part of a day names its day as well as "Monday" does.
      const day = date.type === 'DATE' ? date.value : PART_OF_DAY.test(date.value) ? date.value.slice(0, date.value.indexOf('T')) : '';
      if (!clock || clock === date || !FULL_DAY.test(day)) return null;
      const time = clock.value.slice(clock.value.indexOf('T'));
      return { start: a.start, end: b.end, type: 'TIME', value: day + time, source: 'refiner/merge-date-time' };
    });
  },
};
