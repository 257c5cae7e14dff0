import { type Candidate, type Context, type Parser, precededBy, span } from '../candidate.ts';

/**
 * Seasons: "this summer" (2014-SU), "last winter", "the summer of 2014", "spring 2015",
 * "in the spring", "that spring" (in the year told before). "fall" and "spring" are verbs and nouns too, so without "this/last/next"
 * or a year they need a preposition before them.
 */
export const PATTERN =
  /(?<![\w-])(?:(?:early|late|mid)[\s-]+)?(?:(?<rel>this\s+past|this\s+coming|this|last|next|the|past|that(?:\s+same)?)\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?<y>\d{4})(?![\w]))?(?![\w-])/dgi;

const CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** Nouns a bare season names a kind of ("winter meetings", "summer camp", "spring training"). */
const SEASON_THING =
  /^[\s-]+(?:meetings?|olympics|games|camps?|training|school|league|sales?|tyres|tires|coats?|collections?|fashions?|wheat|squash|solstice)\b/i;
/**
 * "that spring" is a time after a preposition or at a sentence's start ("in that same winter", "That
 * summer, …"), or when it ends its clause ("banned him from trading that summer and …"); not where
 * "that" opens what was said, hoped or feared and the season is its subject ("said that spring rains
 * had flooded", "hoped that summer would come").
 */
const THAT_OPENS = /(?:\b(?:in|by|of|during|until|till|through|since|from|before|after)\s+|(?:^|[.!?]\s+|\n))$/i;
const THAT_ENDS = /^\s*(?:[,.;:!?)]|$|(?:and|but|when|while|after|before|until)\b)/i;
const SAID_THAT =
  /\b(?:said|says|say|told|tells|hoped?|hopes|feared?|fears|believed?|believes|thought|thinks?|knew|knows?|warned|warns|claimed|claims|insisted|insists|predicted|expected|expects)\s+$/i;
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
  if (rel.startsWith('that')) {
    const before = ctx.text.slice(Math.max(0, start - 40), start);
    if (SAID_THAT.test(before) || !(THAT_OPENS.test(before) || THAT_ENDS.test(ctx.text.slice(end, end + 10)))) return null;
    // Its year is the one the text told just before (resolve-relative), else the tense's.
    return { start, end, type: 'DATE', value: `XXXX-${code}`, source, anchor: { kind: 'part-of-year', code, shift: null, told: true } };
  }
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
