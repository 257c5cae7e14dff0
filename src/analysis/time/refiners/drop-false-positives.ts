import type { Candidate, Refiner } from '../candidate.ts';

/**
 * Last guard against matches cut out of a longer token: a letter or digit right before or after
 * the span ("A1979", "19790", "Mondays" seen as "Monday") means the regex boundary failed. Also
 * drops expressions inside URLs, e-mail addresses and phone-number-like runs ("555-1979", "0808 2000 247").
 */
const WORD_CHAR = /[A-Za-z0-9]/;
const NUMBERISH_BEFORE = /\d[-.]$/;

/** Digit groups, one space apart, right before and after a span: the run a phone number is written in. */
const GROUPS_BEFORE = /(?:(?:\+|\()?\d+\)? ){1,4}$/;
const GROUPS_AFTER = /^(?: \d+){1,4}/;

/**
 * A number written among other digit groups with single spaces, as phone numbers are: "call free on
 * 0808 2000 247", "+44 20 1998 4400", "(0161) 2005 118" gave the years 2000, 1998 and 2005. A run
 * whose first group opens with "0", "+" or a bracket is a phone number; so is one of three groups or
 * more holding nine digits or more. "May 3 2000" (a day before the year) and "in 2019 30 people" (a
 * count after it) are neither.
 */
function inPhoneNumber(text: string, start: number, end: number): boolean {
  const before = GROUPS_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[0] ?? '';
  const after = GROUPS_AFTER.exec(text.slice(end, end + 24))?.[0] ?? '';
  if (!before && !after) return false;
  const run = before + text.slice(start, end) + after;
  if (/^[+(0]/.test(run) && before) return true;
  const groups = run.trim().split(' ');
  return groups.length >= 3 && run.replace(/\D/g, '').length >= 9;
}

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
      if (/^\d{4}$/.test(text.slice(c.start, c.end)) && inPhoneNumber(text, c.start, c.end)) return false;
      return true;
    });
  },
};
