import { type Candidate, type Context, type Parser, span } from '../candidate.ts';
import { MONTH_FULL, NUMBER, WEEKDAY, durationValue, monthIndex, parseNumber, unitCode, weekdayIndex } from '../words.ts';

/**
 * Recurring times: "every year" (P1Y), "every two years" (P2Y), "each Monday" / "on Mondays"
 * (XXXX-WXX-1), "Tuesday nights" (XXXX-WXX-2TNI), "every September" (XXXX-09), "weekly", "daily", "per year".
 * "quarterly" and "annually" stay untagged, as TBAQ-cleaned mostly leaves them (quarterly 1 of 11,
 * annually 2 of 6), while "daily" is mostly tagged there (11 of 17).
 */
export const PATTERN = new RegExp(
  `(?<![\\w-])(?:(?:every|each)\\s+(?<other>other\\s+)?(?:(?<num>${NUMBER})\\s+)?(?<u>second|minute|hour|day|week|month|quarter|year|decade|seconds|minutes|hours|days|weeks|months|years|(?<wd>${WEEKDAY})|(?<mon>${MONTH_FULL})|(?<pod>morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|fall))` +
    `|(?<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly|biannually|semiannually|semi-annually)` +
    `|(?<plural>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)` +
    `|(?<wdp>${WEEKDAY})\\s+(?<pods>mornings|afternoons|evenings|nights)` +
    `|per\\s+(?<per>day|week|month|year|hour|annum))(?![\\w-])`,
  'dgi',
);

const ADV: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  hourly: 'PT1H',
  nightly: 'P1D',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  biannually: 'P6M',
  semiannually: 'P6M',
};
const POD: Record<string, string> = {
  morning: 'XXXX-XX-XXTMO',
  afternoon: 'XXXX-XX-XXTAF',
  evening: 'XXXX-XX-XXTEV',
  night: 'XXXX-XX-XXTNI',
  weekend: 'XXXX-WXX-WE',
  summer: 'XXXX-SU',
  winter: 'XXXX-WI',
  spring: 'XXXX-SP',
  autumn: 'XXXX-FA',
  fall: 'XXXX-FA',
};
// "the Daily Mail", "a daily newspaper": publications, not recurrences.
const PUBLICATION_AFTER =
  /^\s+(?:newspaper|paper|magazine|tabloid|publication|newsletter|column|show|edition|programme|program|bulletin|briefing|life|lives|routine|needs|bread|activities|operations|chores|struggles|wages?|workers|rate|pay|employees)\b/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const base = { start, end, type: 'SET' as const, source: 'parser/set' };
  if (g.adv) {
    if (/^[A-Z]/.test(g.adv) && start > 0 && !/[.!?"“]\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start))) return null;
    if (PUBLICATION_AFTER.test(ctx.text.slice(end, end + 30))) return null;
    return { ...base, value: ADV[g.adv.toLowerCase().replace('-', '')] ?? 'P1D' };
  }
  // "Tuesday nights": the plural part of day makes the weekday recur.
  if (g.wdp) return { ...base, value: `XXXX-WXX-${weekdayIndex(g.wdp) ?? 'X'}T${POD[g.pods!.toLowerCase().slice(0, -1)]!.slice(-2)}` };
  if (g.plural) return { ...base, value: `XXXX-WXX-${weekdayIndex(g.plural) ?? 'X'}` };
  if (g.per) return { ...base, value: g.per.toLowerCase() === 'annum' ? 'P1Y' : durationValue(1, unitCode(g.per)) };
  if (g.wd) return { ...base, value: `XXXX-WXX-${weekdayIndex(g.wd) ?? 'X'}` };
  if (g.mon) return { ...base, value: `XXXX-${String(monthIndex(g.mon) ?? 0).padStart(2, '0')}` };
  if (g.pod) return { ...base, value: POD[g.pod.toLowerCase()] ?? 'XXXX' };
  const n = g.num ? parseNumber(g.num) : 1;
  if (n === null) return null;
  return { ...base, value: durationValue(n === 'X' ? 'X' : g.other ? n * 2 : n, unitCode(g.u ?? 'year')) };
}

export const setParser: Parser = { name: 'set', pattern: PATTERN, extract };
