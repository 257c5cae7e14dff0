import { type Candidate, type Parser, span } from '../candidate.ts';
import { fmtDay, fmtMonth, isValidDay } from '../calendar.ts';

/**
 * 2014-09-24, 2014-09 and US-style 9/24/2014. Year-month needs a zero-padded month, because
 * "2009-10" in news is more often a season or fiscal span than October 2009, and a month that is
 * not the next year's last two digits ("2004-05 season" was May 2004). A bare "9/11"
 * has no year and is left alone: it is usually the name of the attacks.
 */
export const PATTERN =
  /(?<![\w/.-])(?:(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?|(?<um>\d{1,2})\/(?<ud>\d{1,2})\/(?<uy>\d{4}|\d{2}))(?![\w/]|[.,-]\d)/dg;

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const base = { start, end, type: 'DATE' as const, source: 'parser/iso-date' };
  if (g.y) {
    const y = Number(g.y);
    const m = Number(g.m);
    if (g.d === undefined) {
      // …and "2004-05", "2008-09" (the next year's last two digits) are seasons even when zero-padded.
      if (!g.m?.startsWith('0') || m < 1 || m === (y + 1) % 100) return null;
      return { ...base, value: fmtMonth(y, m) };
    }
    const d = Number(g.d);
    if (!isValidDay(y, m, d)) return null;
    // A full timestamp ("2014-09-24T07:11:00+08:00") is a TIME; the zone is dropped, as in TIMEX3 values.
    return g.time ? { ...base, type: 'TIME', value: `${fmtDay({ y, m, d })}T${g.time}` } : { ...base, value: fmtDay({ y, m, d }) };
  }
  let m = Number(g.um);
  let d = Number(g.ud);
  if (m > 12 && d <= 12) [m, d] = [d, m];
  const raw = Number(g.uy);
  const y = g.uy?.length === 2 ? (raw < 50 ? 2000 + raw : 1900 + raw) : raw;
  return isValidDay(y, m, d) ? { ...base, value: fmtDay({ y, m, d }) } : null;
}

export const isoDateParser: Parser = { name: 'iso-date', pattern: PATTERN, extract };
