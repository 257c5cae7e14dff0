import { type Candidate, type Context, type Parser, span } from '../candidate.ts';
import { addMonths, diffDays, fmtDay, isValidDay, type Ymd } from '../calendar.ts';

/**
 * A day of the month by its ordinal alone, as British copy writes it: "on the 28th", "talks resume on
 * the 21st", "by the 14th of next month". Only after a preposition of time and before the clause goes
 * on ("the 21st century", "finished 28th" and "the 28th minute" are no days). The month is the DCT's,
 * or the one before or after it as the tense says ("peaked on the 28th", written on 1 March, is 28
 * February); "of this/next/last month" names it.
 */
export const PATTERN =
  /(?<![\w])(?:on|by|from|until|till|since|before|after)\s+(?<t>the\s+(?<d>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?<which>this|next|last)\s+month)?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|when|as|at|will|would|could|should|might|is|was|were|has|had|went|goes|came|passed)\b)/dg;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const day = Number(match.groups!.d);
  if (day < 1 || day > 31) return null;
  const [start, end] = span(match);
  const base = { start, end, type: 'DATE' as const, source: 'parser/ordinal-day' };
  const dct = ctx.dct;
  if (!dct) return { ...base, value: `XXXX-XX-${String(day).padStart(2, '0')}` };
  const which = match.groups!.which;
  const inMonth = (shift: number): Ymd | null => {
    const m = addMonths({ ...dct, d: 1 }, shift);
    return isValidDay(m.y, m.m, day) ? { ...m, d: day } : null;
  };
  if (which) {
    const named = inMonth(which === 'next' ? 1 : which === 'last' ? -1 : 0);
    return named ? { ...base, value: fmtDay(named) } : null;
  }
  const tense = ctx.tenseAt(start);
  const options = [-1, 0, 1].map(inMonth).filter((o): o is Ymd => o !== null);
  const ahead = (o: Ymd) => diffDays(o, dct);
  const pick =
    tense === 'PAST'
      ? options.filter((o) => ahead(o) <= 0).at(-1)
      : tense === 'FUTURE'
        ? options.find((o) => ahead(o) >= 0)
        : [...options].sort((a, b) => Math.abs(ahead(a)) - Math.abs(ahead(b)))[0];
  return pick ? { ...base, value: fmtDay(pick) } : null;
}

export const ordinalDayParser: Parser = { name: 'ordinal-day', pattern: PATTERN, extract };
