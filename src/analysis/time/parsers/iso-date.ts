import { type Candidate, type Context, type Parser, span } from '../candidate.ts';
import { fmtDay, fmtMonth, isValidDay } from '../calendar.ts';

/**
 * 2014-09-24, 2014-09, slash dates, 9/24/2014 or 24/9/2014 (see `dayFirst`), and day-first dates with
 * dashes or dots and a whole year, 03-06-2023 and 02.06.2023. Year-month needs a zero-padded month, because
 * "2009-10" in news is more often a season or fiscal span than October 2009, and a month that is
 * not the next year's last two digits ("2004-05 season" was May 2004). A bare "9/11"
 * has no year and is left alone: it is usually the name of the attacks.
 */
export const PATTERN =
  /(?<![\w/.-])(?:(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?|(?<um>\d{1,2})\/(?<ud>\d{1,2})\/(?<uy>\d{4}|\d{2})|(?<ed>\d{1,2})(?<sep>[-.])(?<em>\d{1,2})\k<sep>(?<ey>\d{4}))(?![\w/]|[.,-]\d)/dg;

/** How many years a "2000-04" may span. */
const SPAN_YEARS = 9;

const SPAN_BEFORE = /\b(?:from|between|during|spanning)\s+(?:the\s+)?$|\($/i;
const SPAN_AFTER = /^\s*(?:\)|seasons?\b|years\b|terms?\b)/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | Candidate[] | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const base = { start, end, type: 'DATE' as const, source: 'parser/iso-date' };
  if (g.y) {
    const y = Number(g.y);
    const m = Number(g.m);
    if (g.d === undefined) {
      // …and "2004-05", "2008-09" (the next year's last two digits) are seasons even when zero-padded.
      if (!g.m?.startsWith('0') || m < 1 || m === (y + 1) % 100) return null;
      // "head coach from 2000-04": years 2000 to 2004, as "from 1999-2003" is, when the month read as
      // a year's last digits lies a few years on and the words around make it a stretch of time
      // ("Filed 2004-06" stays June 2004).
      const last = y - (y % 100) + m;
      const stretch = SPAN_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) || SPAN_AFTER.test(ctx.text.slice(end, end + 12));
      if (last > y && last - y <= SPAN_YEARS && stretch) {
        return [
          { ...base, end: start + 4, value: String(y) },
          { ...base, start: start + 5, value: String(last) },
        ];
      }
      return { ...base, value: fmtMonth(y, m) };
    }
    const d = Number(g.d);
    if (!isValidDay(y, m, d)) return null;
    // A full timestamp ("2014-09-24T07:11:00+08:00") is a TIME; the zone is dropped, as in TIMEX3 values.
    return g.time ? { ...base, type: 'TIME', value: `${fmtDay({ y, m, d })}T${g.time}` } : { ...base, value: fmtDay({ y, m, d }) };
  }
  // "03-06-2023", "02.06.2023": dashes and dots between a day, a month and a whole year are how
  // Indian and European papers write a date, day first unless the second part cannot be a month.
  if (g.ed) {
    let [dd, mm] = [Number(g.ed), Number(g.em)];
    if (mm > 12) [dd, mm] = [mm, dd];
    const y = Number(g.ey);
    return isValidDay(y, mm, dd) ? { ...base, value: fmtDay({ y, m: mm, d: dd }) } : null;
  }
  let m = Number(g.um);
  let d = Number(g.ud);
  if (m > 12 || (d <= 12 && (settledOrder(ctx.text) ?? ctx.dayFirst ?? readsDayFirst(ctx.text)))) [m, d] = [d, m];
  const raw = Number(g.uy);
  const y = g.uy?.length === 2 ? (raw < 50 ? 2000 + raw : 1900 + raw) : raw;
  return isValidDay(y, m, d) ? { ...base, value: fmtDay({ y, m, d }) } : null;
}

const SLASH_DATE = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\w/])/g;
let lastText = '';
let lastDayFirst = false;

/**
 * Whether the text writes its slash dates day first. "02/03/2009" is 3 February in the US and 2 March
 * in Britain and most of the world; the text settles it when one of its slash dates can only be read
 * one way ("13/02/2009", or "12/25/2008" the other way); with both, it stays US order; with neither,
 * the text's British or American English decides (`COMMONWEALTH`, `AMERICAN`), US order on a tie.
 */
export function readsDayFirst(text: string): boolean {
  if (text === lastText) return lastDayFirst;
  lastText = text;
  // With no slash date that settles it, the text's English does: "03/04/2023" beside "£", "per cent",
  // "organisation" or "Mr Smith" is 3 April, as its British, Irish, Indian or Australian reader reads it.
  lastDayFirst = settledOrder(text) ?? count(text, COMMONWEALTH) > count(text, AMERICAN);
  return lastDayFirst;
}

/** Day first (true) or month first (false) when the text's own slash dates say so; undefined when none does, or both. */
function settledOrder(text: string): boolean | undefined {
  let dmy = false;
  let mdy = false;
  for (const [, a, b] of text.matchAll(SLASH_DATE)) {
    if (Number(a) > 12 && Number(b) <= 12) dmy = true;
    if (Number(b) > 12 && Number(a) <= 12) mdy = true;
  }
  return dmy || mdy ? dmy && !mdy : undefined;
}

const count = (text: string, cue: RegExp) => text.match(cue)?.length ?? 0;
const COMMONWEALTH =
  /£|₹|\bRs\.?\s?\d|\bper cent\b|\b(?:organisation|programme|colour|centre|favour|labour|neighbour|defence|licence|travelled|whilst)s?\b|\b(?:Mr|Mrs|Dr|Ms)\s\p{Lu}|\b(?:BST|IST|AEST|AEDT|SAST|NZST)\b/gu;
const AMERICAN =
  /\b(?:organization|program|color|center|favor|labor|neighbor|defense|traveled)s?\b|\b(?:Mr|Mrs|Dr|Ms)\.\s\p{Lu}|\b(?:EST|EDT|CST|CDT|PST|PDT)\b/gu;

export const isoDateParser: Parser = { name: 'iso-date', pattern: PATTERN, extract };
