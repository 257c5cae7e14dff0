import { type Candidate, type Context, type Parser, span } from '../candidate.ts';
import { fmtDay, isValidDay } from '../calendar.ts';
import { MONTH, monthIndex } from '../words.ts';

/**
 * Two or more days of one month written as one expression: "Feb. 3-4", "March 10 to 12",
 * "3 and 4 February", "3-4 February 2025". The value is the first day, as month-day would give
 * it; `lastDay` makes link-ranges give the expression its range.
 */
const ORD = '(?:st|nd|rd|th)?';
const JOIN = '\\s*(?:-|–|—|to|and|through|until|till)\\s*';
const YEAR = '(?:,?\\s+(?<y>\\d{4})(?![\\w%]|[.,]\\d))?';
export const PATTERN = new RegExp(
  `(?<![\\w$.,:/-])(?:(?<mon>${MONTH})\\s+(?<d1>\\d{1,2})${ORD}${JOIN}(?<d2>\\d{1,2})${ORD}(?![\\w%:/]|[.,]\\d)` +
    `|(?<list>(?:\\d{1,2}${ORD}\\s*,\\s*)*)(?<d3>\\d{1,2})${ORD}(?<join>${JOIN})(?<d4>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<mon2>${MONTH}))${YEAR}`,
  'dg',
);

export function extract(match: RegExpExecArray, ctx: Context): Candidate | Candidate[] | null {
  const g = match.groups ?? {};
  const month = monthIndex(g.mon ?? g.mon2 ?? '');
  // "21, 23 and 25 June", "23 and 25 June": days listed, each its own date, not a stretch from the
  // first to the last (two days in a row, "3 and 4 February", stay one stretch).
  if (month !== null && g.mon2 && (g.list || (/and/i.test(g.join ?? '') && Number(g.d4) - Number(g.d3) > 1))) return listedDays(match, month, g.y);
  const first = Number(g.d1 ?? g.d3);
  const last = Number(g.d2 ?? g.d4);
  if (month === null || !(first >= 1 && last > first)) return null;
  // "May 3 to 5 people": a count after the second number means it was never a day.
  if (
    g.mon &&
    !g.y &&
    /^\s+(?:people|percent|per|points|votes|goals|miles|km|years?|months?|days?|weeks?|hours?)\b/i.test(
      ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 20),
    )
  )
    return null;
  const [start, end] = span(match);
  const base = { start, end, type: 'DATE' as const, source: 'parser/day-range', lastDay: last };
  if (g.y) {
    const y = Number(g.y);
    return isValidDay(y, month, last) ? { ...base, value: fmtDay({ y, m: month, d: first }) } : null;
  }
  if (!isValidDay(2000, month, last)) return null;
  return { ...base, value: `XXXX-${String(month).padStart(2, '0')}-${String(first).padStart(2, '0')}`, anchor: { kind: 'month', month, day: first } };
}

/** Each day of a list before its month as a date of its own, spanning its figure (and ordinal). */
function listedDays(match: RegExpExecArray, month: number, year: string | undefined): Candidate[] | null {
  const head = match.groups!.mon2 ? match[0].slice(0, match[0].lastIndexOf(match.groups!.mon2)) : match[0];
  const out: Candidate[] = [];
  for (const d of head.matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) {
    const day = parseInt(d[0], 10);
    if (!isValidDay(year ? Number(year) : 2000, month, day)) return null;
    const start = match.index + d.index;
    const base = { start, end: start + d[0].length, type: 'DATE' as const, source: 'parser/day-range' };
    out.push(
      year
        ? { ...base, value: fmtDay({ y: Number(year), m: month, d: day }) }
        : { ...base, value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, anchor: { kind: 'month', month, day } },
    );
  }
  return out.length ? out : null;
}

export const dayRangeParser: Parser = { name: 'day-range', pattern: PATTERN, extract };
