import type { Candidate, Refiner } from '../candidate.ts';

/**
 * Last guard against matches cut out of a longer token: a letter or digit right before or after
 * the span ("A1979", "19790", "Mondays" seen as "Monday") means the regex boundary failed. Also
 * drops expressions inside URLs, e-mail addresses and phone-number-like runs ("555-1979").
 */
const WORD_CHAR = /[A-Za-z0-9]/;
const NUMBERISH_BEFORE = /\d[-.]$/;

export const dropFalsePositives: Refiner = {
  name: 'drop-false-positives',
  refine(candidates, { text }) {
    return candidates.filter((c: Candidate) => {
      if (c.end <= c.start) return false;
      const before = text[c.start - 1] ?? ' ';
      const after = text[c.end] ?? ' ';
      if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) return false;
      // …except the second year of a range ("1999-2004").
      if (
        /\d/.test(text[c.start] ?? '') &&
        NUMBERISH_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) &&
        !/(?:^|\D)\d{4}-$/.test(text.slice(Math.max(0, c.start - 6), c.start))
      )
        return false;
      // The whitespace-delimited token the match sits in (scanning back by hand: a regex anchored at $ would be quadratic).
      let from = c.start;
      while (from > 0 && c.start - from < 60 && !/\s/.test(text[from - 1] ?? ' ')) from--;
      const token = text.slice(from, c.start);
      if (/(?:https?:|www\.|@|\/\/)/i.test(token)) return false;
      return true;
    });
  },
};
