import { type Candidate, type Context, type Parser, followedBy, precededBy, span } from '../candidate.ts';
import { fmtMonth } from '../calendar.ts';
import { MONTH_FULL, monthIndex, THAT_BEFORE } from '../words.ts';

/**
 * A month on its own: "in June", "since March", "early September", "last June", or with the year
 * said in words after it: "June last year", "January this year". Otherwise the year comes
 * from the document date and tense (resolve-relative). "May", "March", "June", "April" and
 * "August" are also a modal, a verb or names, so a bare month needs a cue before it: a
 * preposition, a modifier or another month ("June and July").
 */
export const PATTERN = new RegExp(
  `(?<![\\w$])(?<t>(?:(?<mod>[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of|(?:End|Beginning|Start|Middle)\\s+of)[\\s-]+)?` +
    `(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]he\\s+(?:following|next|previous|prior))\\s+)?(?<mon>${MONTH_FULL})(?:\\s+(?<ry>last|this|next)\\s+year(?![\\w-]))?)(?!\\s*\\d|\\s+of\\s+\\d)`,
  'dg',
);

const CUE_BEFORE =
  /(?:\b(?:in|since|until|till|by|from|through|to|during|before|after|between|of|for|early|late|mid|month of)\s+(?:at\s+(?:least|the\s+earliest)\s+)?|mid-)$/i;
const MONTH_AND_BEFORE = new RegExp(`${MONTH_FULL},?\\s+(?:and|or|to|through)\\s+$`);
const SAFE = /^(?:January|February|September|October|November|December)$/;
/**
 * A month used as a modifier of a dated event noun: "the March deadline", "the June election".
 * Listed nouns only, because "the May government" or "the March organisers" are not dates.
 */
const DETERMINER_BEFORE = /\b(?:the|a|its|their|this|that)\s+$/i;
const EVENT_NOUN_AFTER =
  /^\s+(?:deadline|elections?|vote|votes|referendum|poll|polls|summit|meeting|talks|session|visit|trip|attacks?|bombings?|earthquake|floods?|storm|report|figures|data|budget|offensive|ceasefire|truce|agreement|deal|accord|launch|release|issue|edition|rally|protests?|strike|uprising|coup|revolution|massacre|announcement|decision|ruling|hearing|trial)\b/;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const month = monthIndex(g.mon ?? '');
  if (month === null) return null;
  const [start, end] = span(match);
  // "June last year", "January this year": one expression, the year said by the words after the month.
  if (g.ry) {
    const shift = { last: -1, this: 0, next: 1 }[g.ry as 'last' | 'this' | 'next'];
    const value = ctx.dct ? fmtMonth(ctx.dct.y + shift, month) : `XXXX-${String(month).padStart(2, '0')}`;
    // "12 April next year": the day written before the month is part of it.
    const day = g.mod || g.rel ? null : /(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s+$/.exec(ctx.text.slice(Math.max(0, start - 6), start));
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
      return { start: start - day[0].length, end, type: 'DATE', value: `${value}-${day[1]!.padStart(2, '0')}`, source: 'parser/month-name' };
    }
    return { start, end, type: 'DATE', value, source: 'parser/month-name' };
  }
  const cued =
    g.mod ||
    g.rel ||
    SAFE.test(g.mon ?? '') ||
    precededBy(ctx.text, start, CUE_BEFORE) ||
    precededBy(ctx.text, start, MONTH_AND_BEFORE) ||
    precededBy(ctx.text, start, THAT_BEFORE) ||
    (/^\p{Lu}/u.test(g.mon ?? '') && precededBy(ctx.text, start, DETERMINER_BEFORE) && followedBy(ctx.text, end, EVENT_NOUN_AFTER));
  if (!cued) return null;
  // "of May" is only a month when "the month of May" or "the end of May"-like; else it is often a name.
  if (
    !g.mod &&
    !g.rel &&
    precededBy(ctx.text, start, /\bof\s+$/i) &&
    !precededBy(ctx.text, start, /\b(?:month|end|beginning|start|middle|first|rest|last week|first week|middle) of\s+$/i) &&
    !SAFE.test(g.mon ?? '')
  )
    return null;
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
  const value = `XXXX-${String(month).padStart(2, '0')}`;
  // "the following January", "the previous March": counted from the date the story told before.
  if (rel?.startsWith('the ')) {
    const step = /following|next/.test(rel) ? 1 : -1;
    return { start, end, type: 'DATE', value, source: 'parser/month-name', anchor: { kind: 'month', month, step } };
  }
  const force = rel === 'last' || rel === 'this past' ? 'PAST' : rel === 'next' || rel === 'this coming' ? 'FUTURE' : undefined;
  return { start, end, type: 'DATE', value, source: 'parser/month-name', anchor: force ? { kind: 'month', month, force } : { kind: 'month', month } };
}

export const monthNameParser: Parser = { name: 'month-name', pattern: PATTERN, extract };
