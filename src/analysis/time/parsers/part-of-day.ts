import { type Anchor, type Candidate, type Context, type Parser, type PartOfDay, span } from '../candidate.ts';
import { WEEKDAY, weekdayIndex } from '../words.ts';

/**
 * "this morning", "last night", "yesterday afternoon", "Tuesday morning", "late Monday night" → TIME
 * with a part of day; "the following morning", "the next night", "the previous evening" → a part of
 * the day after (before) the date told just before.
 */
export const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:early|late)\\s+)?(?:(?<deictic>today|yesterday|tomorrow|this|last)|the\\s+(?<step>following|next|previous)|(?:(?<rel>last|next|this)\\s+)?(?<wd>${WEEKDAY}))\\s+(?<p>morning|afternoon|evening|night)(?![\\w])`,
  'dgi',
);

const POD: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const pod = POD[(g.p ?? '').toLowerCase()];
  // "Tuesday Morning Corp.": a capitalised part of day is part of a name.
  if (!pod || /^[A-Z]/.test(g.p ?? '')) return null;
  const [start, end] = span(match);
  let anchor: Anchor;
  // Without a publication date this value is what the pair decision compares: "Thursday evening"
  // keeps its weekday, so it agrees with another report's "Thursday" instead of clashing with it.
  let value = `XXXX-XX-XXT${pod}`;
  const d = g.deictic?.toLowerCase();
  if (g.step) {
    // A day, as TimeBank writes it ("appeared in court the next morning": DATE 2000-02-23); after a
    // clock time it only says which day that time is on ("at 9 a.m. the next morning").
    if (/(?:\d|[ap]\.?m\.?)\s*$/i.test(ctx.text.slice(Math.max(0, start - 12), start))) return null;
    const n = g.step.toLowerCase() === 'previous' ? -1 : 1;
    return { start, end, type: 'DATE', value: 'XXXX', source: 'parser/part-of-day', anchor: { kind: 'offset', unit: 'D', n, anaphoric: true } };
  }
  if (d) {
    const n = d === 'yesterday' || d === 'last' ? -1 : d === 'tomorrow' ? 1 : 0;
    // "last morning" is not said; "last night" and "last evening" are yesterday's.
    if (d === 'last' && pod !== 'NI' && pod !== 'EV') return null;
    anchor = { kind: 'offset', unit: 'D', n, pod };
  } else {
    const day = weekdayIndex(g.wd ?? '');
    if (day === null) return null;
    const rel = g.rel?.toLowerCase();
    anchor = { kind: 'weekday', day, shift: rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : null, pod };
    value = `XXXX-WXX-${day}T${pod}`;
  }
  return { start, end, type: 'TIME', value, source: 'parser/part-of-day', anchor };
}

export const partOfDayParser: Parser = { name: 'part-of-day', pattern: PATTERN, extract };
