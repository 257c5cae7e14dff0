/**
 * The year a month or a day takes from "last year", "this year" or "next year" told beside it, and
 * the week a weekday takes from "last week" or "next week": "March 3 last year", "in March of last
 * year", "last year on 3 March", "June 5 next year", "on Monday last week". The words are a second
 * expression of their own (TIMEX3 tags "last year" apart, as "Christmas Eve last year" is tagged),
 * so the tagger's spans stay as they are and only the first one's value moves; without this the
 * tense and the DCT picked this year's March, or this week's Monday, a year or a week off.
 */

export type Period = 'year' | 'week';

/** After it: "March 3 last year", "March 3, last year", "March of next year"; not "March, last year's champion". */
const after = (period: Period) => new RegExp(String.raw`^,?\s+(?:of\s+)?(?<rel>last|this|next)\s+${period}(?![\w'’-])`, 'i');
/**
 * Before it: "last year on 3 March", "earlier this year, in June". Not after a comparison: "up 5% on
 * last year in March" and "from last year in March" compare this March with the year before.
 */
const before = (period: Period) =>
  new RegExp(String.raw`(?<!\b(?:from|on|than|over|since|with|versus|vs\.?|to|against)\s+)\b(?<rel>last|this|next)\s+${period},?\s+(?:on|in)\s+$`, 'i');
const PATTERNS = { year: [after('year'), before('year')], week: [after('week'), before('week')] } as const;

const SHIFT = { last: -1, this: 0, next: 1 } as const;

/** -1, 0 or 1 `period`s from the DCT's, or null when no such words stand beside `[start, end)`. */
export function periodSaidBeside(text: string, start: number, end: number, period: Period): -1 | 0 | 1 | null {
  const [AFTER, BEFORE] = PATTERNS[period];
  const rel = AFTER.exec(text.slice(end, end + 20))?.groups?.rel ?? BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.groups?.rel;
  return rel ? SHIFT[rel.toLowerCase() as keyof typeof SHIFT] : null;
}
