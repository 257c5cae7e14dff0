import { type Candidate, type Context, type Parser, followedBy, span } from '../candidate.ts';
import { fmtDay, isValidDay } from '../calendar.ts';
import { MONTH, monthIndex, NAMED_EVENT_AFTER, ORDINAL_WORD, parseOrdinal } from '../words.ts';

/**
 * "September 24", "Sept. 24, 2014", "Sept 24th 2014", "24 September 2014", "the 24th of September".
 * Month names are case-sensitive so that "may 5" and "march 12 miles" never match. A colon after
 * the day ends it unless a digit follows ("said on April 25: …" is a date, "April 25:30" is not).
 */
export const PATTERN = new RegExp(
  `(?<![\\w$])(?:(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\w%]|[.,:]\\d)` +
    `|(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>${MONTH})` +
    // "the first of November", "the twenty-third of May": a day in words takes "the" and "of".
    `|the\\s+(?<dw>${ORDINAL_WORD})\\s+of\\s+(?<mon3>${MONTH}))` +
    `(?:,?\\s+(?<y>\\d{4})(?![\\w%]|[.,]\\d))?`,
  'dg',
);

// "May 10 people" / "March 3 miles": a count noun right after means the number is not a day.
const COUNT_NOUN =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|votes|points|percent|per|miles|km|kilometers|metres|meters|years?|months?|days?|weeks?)\b/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | Candidate[] | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const month = monthIndex(g.mon ?? g.mon2 ?? g.mon3 ?? '');
  const day = g.dw ? (parseOrdinal(g.dw) ?? 0) : Number(g.d ?? g.d2);
  if (month === null || day < 1 || day > 31) return null;
  // "the 24 September" is not English; only "the 24th of September" takes an article.
  if (match[0].startsWith('the') && !g.dw && !/(?:st|nd|rd|th)\s+of/.test(match[0])) return null;
  if (!g.y && followedBy(ctx.text, end, COUNT_NOUN)) return null;
  // "the July 7 bombings", "the November 13 attacks": a day used as the name of an event. A name
  // outlives its year, so the report's year (or the tense's) would date it wrongly, often after
  // the report itself; the writer who means a day of this story says "on July 7" or "Thursday's
  // attacks", and the few famous ones are dated by parser/named-event.
  if (!g.y && followedBy(ctx.text, end, NAMED_EVENT_AFTER)) return null;
  const base = { start, end, type: 'DATE' as const, source: 'parser/month-day' };
  if (g.y) {
    const y = Number(g.y);
    return isValidDay(y, month, day) ? { ...base, value: fmtDay({ y, m: month, d: day }) } : null;
  }
  if (!isValidDay(2000, month, day)) return null;
  return { ...base, value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, anchor: { kind: 'month', month, day } };
}

export const monthDayParser: Parser = { name: 'month-day', pattern: PATTERN, extract };
