/**
 * The year a month or a day takes from "last year", "this year" or "next year" told beside it:
 * "March 3 last year", "in March of last year", "last year on 3 March", "June 5 next year". The
 * words are a second expression of their own (TIMEX3 tags "last year" apart, as "Christmas Eve last
 * year" is tagged), so the tagger's spans stay as they are and only the month's year moves; without
 * this the tense and the DCT picked this year's March, a year off.
 */

/** After the month: "March 3 last year", "March 3, last year", "March of next year"; not "March, last year's champion". */
const AFTER = /^,?\s+(?:of\s+)?(?<rel>last|this|next)\s+year(?![\w'’-])/i;
/**
 * Before it: "last year on 3 March", "earlier this year, in June". Not after a comparison: "up 5% on
 * last year in March" and "from last year in March" compare this March with the year before.
 */
const BEFORE = /(?<!\b(?:from|on|than|over|since|with|versus|vs\.?|to|against)\s+)\b(?<rel>last|this|next)\s+year,?\s+(?:on|in)\s+$/i;

const SHIFT = { last: -1, this: 0, next: 1 } as const;

/** -1, 0 or 1 years from the DCT's, or null when no such words stand beside `[start, end)`. */
export function yearSaidBeside(text: string, start: number, end: number): -1 | 0 | 1 | null {
  const rel = AFTER.exec(text.slice(end, end + 20))?.groups?.rel ?? BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.groups?.rel;
  return rel ? SHIFT[rel.toLowerCase() as keyof typeof SHIFT] : null;
}
