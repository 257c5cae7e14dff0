import type { Refiner } from '../candidate.ts';
import { mergeAdjacent } from './merging.ts';

/**
 * "3 p.m. on Tuesday" and "Tuesday at 3 p.m." are one TIME, 2014-09-23T15:00. Runs after
 * resolve-relative, so the date half already has its calendar value.
 */
const GAP = /^(?:\s*,)?\s+(?:on\s+|at\s+|of\s+)?$|^\s*,\s*$/i;
const FULL_DAY = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-\d)$/;

export const mergeDateTime: Refiner = {
  name: 'merge-date-time',
  refine(candidates, { text }) {
    return mergeAdjacent(candidates, text, GAP, (a, b) => {
      const clock = a.anchor?.kind === 'clock' ? a : b.anchor?.kind === 'clock' ? b : null;
      const date = clock === a ? b : a;
      if (!clock || clock === date || date.type !== 'DATE' || !FULL_DAY.test(date.value)) return null;
      const time = clock.value.slice(clock.value.indexOf('T'));
      return { start: a.start, end: b.end, type: 'TIME', value: date.value + time, source: 'refiner/merge-date-time' };
    });
  },
};
