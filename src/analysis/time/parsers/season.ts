import { type Candidate, type Context, type Parser, precededBy, span } from '../candidate.ts';

/**
 * Seasons: "this summer" (2014-SU), "last winter", "the summer of 2014", "spring 2015",
 * "in the spring". "fall" and "spring" are verbs and nouns too, so without "this/last/next"
 * or a year they need a preposition before them.
 */
export const PATTERN =
  /(?<![\w-])(?:(?:early|late|mid)[\s-]+)?(?:(?<rel>this\s+past|this\s+coming|this|last|next|the|past)\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?<y>\d{4})(?![\w]))?(?![\w-])/dgi;

const CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** Nouns a bare season names a kind of ("winter meetings", "summer camp", "spring training"). */
const SEASON_THING =
  /^[\s-]+(?:meetings?|olympics|games|camps?|training|school|league|sales?|tyres|tires|coats?|collections?|fashions?|wheat|squash|solstice)\b/i;
const PREP_BEFORE = /\b(?:in|during|over|through|throughout|by|until|till|since|before|after|for|early|late|mid)\s+$/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const s = (g.s ?? '').toLowerCase();
  const code = CODE[s];
  if (!code) return null;
  const [start, end] = span(match);
  const source = 'parser/season';
  if (g.y) return { start, end, type: 'DATE', value: `${g.y}-${code}`, source };
  // "the Summer Olympics", "the Winter Games", "the Arab Spring": capitalised seasons are names.
  const capitalised = /^[A-Z]/.test(g.s ?? '');
  const nameFollows = /^\s+[A-Z]/.test(ctx.text.slice(end, end + 3));
  const relative = /^(?:this|last|next|past)/i.test(g.rel ?? '');
  if (capitalised && (nameFollows || !relative)) return null;
  const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "during winter meetings", "in summer camps": a season naming a kind of thing, not a time.
  if (!relative && SEASON_THING.test(ctx.text.slice(end, end + 20))) return null;
  if (rel === '' || rel === 'the') {
    if (!precededBy(ctx.text, start, PREP_BEFORE)) return null;
    if (rel === '' && (s === 'fall' || s === 'spring')) return null;
    // "the fall of Saigon", "the spring of discontent": an event, not a season.
    if (/^\s+of\b/i.test(ctx.text.slice(end, end + 4))) return null;
  }
  const shift = rel === 'last' || rel === 'past' || rel === 'this past' ? -1 : rel === 'next' || rel === 'this coming' ? 1 : rel === 'this' ? 0 : null;
  return { start, end, type: 'DATE', value: `XXXX-${code}`, source, anchor: { kind: 'part-of-year', code, shift } };
}

export const seasonParser: Parser = { name: 'season', pattern: PATTERN, extract };
