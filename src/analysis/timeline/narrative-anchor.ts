import { findNumbers } from '../text/numbers.ts';

/**
 * "Five years later", "two days earlier", "the following year": a time counted from the story's last
 * date, not from the day the report came out. "Felt left the FBI in 1973. Five years later he was
 * indicted" is 1978; the tagger, which reads one sentence against the publication date, says five
 * years after the report. "Earlier this year" and "later today" count from the report and are not
 * matched.
 */
const COUNTED = /^(?:some\s+|about\s+|nearly\s+|almost\s+)?(\S+(?:\s+\S+)?)\s+(day|week|month|year)s?\s+(later|earlier|afterwards?|before)$/i;
const NEXT = /^the\s+(next|following|previous|preceding)\s+(day|week|month|year)$/i;

type Unit = 'day' | 'week' | 'month' | 'year';

/** The offset an expression counts from the narrative's last date, or undefined when it is no such expression. */
export function narrativeOffset(text: string): { amount: number; unit: Unit } | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const next = NEXT.exec(t);
  if (next) return { amount: /^(?:next|following)$/i.test(next[1]!) ? 1 : -1, unit: next[2]!.toLowerCase() as Unit };
  const counted = COUNTED.exec(t);
  if (!counted) return undefined;
  const n = /^an?$/i.test(counted[1]!) ? 1 : findNumbers(counted[1]!)[0]?.value;
  if (n === undefined || !Number.isFinite(n) || n <= 0 || n > 200) return undefined;
  return { amount: /^(?:earlier|before)$/i.test(counted[3]!) ? -n : n, unit: counted[2]!.toLowerCase() as Unit };
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The value `offset` gives counted from `anchor` (a TIMEX3 calendar value), no finer than either: a
 * year counted in days stays a year ("in 1973 … two days later" is 1973), a day counted in years
 * becomes a year ("on 4 May 2001 … five years later" is 2006). Undefined for an anchor it cannot count
 * from (a week, a season, a decade).
 */
export function countFrom(anchor: string, offset: { amount: number; unit: Unit }): string | undefined {
  const { amount, unit } = offset;
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(anchor))) return unit === 'year' ? pad(Number(m[1]) + amount) : anchor;
  if ((m = MONTH.exec(anchor))) {
    if (unit === 'year') return pad(Number(m[1]) + amount);
    if (unit === 'month') return monthValue(Number(m[1]), Number(m[2]) - 1 + amount);
    return anchor;
  }
  if ((m = DAY.exec(anchor))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (unit === 'year') return pad(y + amount);
    if (unit === 'month') return monthValue(y, mo + amount);
    const date = new Date(Date.UTC(y, mo, d + amount * (unit === 'week' ? 7 : 1)));
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}

function monthValue(year: number, month: number): string {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${pad(y)}-${String(m + 1).padStart(2, '0')}`;
}

const pad = (year: number) => String(year).padStart(4, '0');
