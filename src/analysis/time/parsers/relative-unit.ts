import { type Candidate, type Context, type Parser, type Unit, precededBy, span } from '../candidate.ts';

/**
 * "last week", "this year", "next month", "earlier this month", "later this year", "late last
 * year", "the previous day", "the following week", "the end of this year". DATE at the unit's
 * granularity, resolved by resolve-relative. "the past year" is a DURATION (duration.ts), as in TimeBank.
 */
export const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(?<mod>early|late|mid|earlier|later|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of)[\s-]+)?(?<rel>last|this|next|the\s+current|the\s+previous|the\s+prior|the\s+following|the\s+next|the\s+coming|this\s+past|this\s+coming)\s+(?<u>day|week|weekend|month|quarter|year|decade|century)(?![\w-])|(?:the\s+)?(?<endof>end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(?<u2>week|month|year|quarter|decade|century)(?![\w-])|(?<![\w-])(?<u3>year|month|quarter)[-\s]end(?![\w-])(?!\s+(?:results|bonus|review|figures|report|audit|close|closing))` +
    // "later that year", "that same day", "earlier in the day": the date the story last named.
    String.raw`|(?<![\w-])(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+(?<that>day|week|month|year)(?![\w-])(?!\s+(?:of|when|after|before)\b)` +
    String.raw`|(?<![\w-])(?:later|earlier)\s+in\s+the\s+(?<inthe>day)(?![\w-])` +
    // "the day before", "the year after", closing a clause: a step from that date ("the day before the
    // election" dates from the election, and is left alone).
    String.raw`|(?<![\w-])the\s+(?<step>day|week|month|year)\s+(?<dir>before|after|earlier|later)(?=\s*(?:[.,;:!?)]|$|(?:and|but|when)\b))`,
  'dgi',
);

const UNIT: Record<string, Unit> = { day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const unit = UNIT[(g.u ?? g.u2 ?? g.u3 ?? g.that ?? g.inthe ?? g.step ?? '').toLowerCase()];
  if (!unit) return null;
  if (g.that || g.inthe || g.step) {
    const [s, e] = span(match);
    const n = g.step ? (/^(?:before|earlier)$/i.test(g.dir!) ? -1 : 1) : 0;
    return { start: s, end: e, type: 'DATE', value: 'XXXX', source: 'parser/relative-unit', anchor: { kind: 'offset', unit, n, anaphoric: true } };
  }
  // "the end of the year", "year-end": the document's own year (TimeBank: DATE 1998 with mod END).
  if (g.endof || g.u3) {
    const [s, e] = span(match);
    return { start: s, end: e, type: 'DATE', value: 'XXXX', source: 'parser/relative-unit', anchor: { kind: 'offset', unit, n: 0 } };
  }
  const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
  const [start, end] = span(match);
  // "over the next week", "in the coming year": a stretch of time, not a calendar unit.
  if ((rel === 'the next' || rel === 'the coming') && (unit !== 'D' || rel === 'the coming')) {
    if (rel === 'the coming' || precededBy(ctx.text, start, /\b(?:over|within|during|for|in|through)\s+$/i)) {
      const dur = { D: 'P1D', W: 'P1W', WE: 'P1WE', M: 'P1M', Q: 'P1Q', Y: 'P1Y', DE: 'P10Y', CE: 'P100Y' }[unit];
      return { start, end, type: 'DURATION', value: dur, source: 'parser/relative-unit' };
    }
  }
  // "this day" and "last day" are not dates ("the last day of the trial").
  if (unit === 'D' && (rel === 'this' || rel === 'last' || rel === 'next' || rel === 'the current')) return null;
  const n = /last|previous|prior|past/.test(rel) ? -1 : /next|following|coming/.test(rel) ? 1 : 0;
  // "the previous day", "the following week": relative to the date just mentioned, if any.
  const anaphoric = n !== 0 && rel.startsWith('the ');
  return { start, end, type: 'DATE', value: 'XXXX', source: 'parser/relative-unit', anchor: { kind: 'offset', unit, n, anaphoric } };
}

export const relativeUnitParser: Parser = { name: 'relative-unit', pattern: PATTERN, extract };
