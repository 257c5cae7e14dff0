import { type Candidate, type Parser, span } from '../candidate.ts';

/**
 * Quarters and halves: "the third quarter" (2014-Q3), "third-quarter" (as in "third-quarter
 * profit"), "the first quarter of 2015", "Q2 2014", "the first half of this year" (2014-H1),
 * "the 1988 third quarter", "the year-ago third quarter", "next year's first quarter".
 * "last quarter" on its own is relative-unit's (the quarter before the document's).
 */
export const PATTERN =
  /(?<![\w-])(?:(?:(?<det>the|its|their)\s+|(?<ryp>this|last|next)\s+year['’]s\s+)?(?:(?<ya>year-earlier|year-ago)\s+|(?<py>\d{4})\s+)?(?:fiscal\s+)?(?<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?<y>\d{4})|,?\s+(?<y2>\d{4})(?![\w])|\s+of\s+(?<ty>the|this)\s+year|\s+of\s+(?<ry>last|next)\s+year)?|(?:the\s+)?(?<h>first|second)\s+half\s+of\s+(?:(?<hy>\d{4})|(?<hty>the|this)\s+year|(?<hry>last|next)\s+year)|Q(?<qn>[1-4])(?:\s+(?<qy>\d{4}))?)(?![\w-])/dgi;

const GAME =
  /\b(?:game|match|touchdowns?|deficit|overtime|halftime|quarterback|field goal|free throws?|rebounds|innings?|yards?|rushing|passing|comebacks?|end zone|intercept\w*|fumbl\w*|punts?|scored|offen[cs]e|defen[cs]e|drives?|possessions?|sacks?|tackles?|kickoff|penalt\w*|whistle|tied|heroics|rall(?:y|ied)|trailing)\b/i;
const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const source = 'parser/quarter';
  const [from, end] = span(match);
  let start = from;
  // TimeML leaves a possessive out ("its third quarter" → "third quarter"), and any determiner of
  // a quarter written as an adjective ("the third-quarter loss" → "third-quarter"): the
  // determiner belongs to the noun the quarter modifies.
  if (g.det && (!/^the$/i.test(g.det) || /-quarter$/i.test(match[0]))) start += /^\S+\s+/.exec(match[0])![0].length;
  let code: string;
  const year = g.y ?? g.y2 ?? g.hy ?? g.qy ?? g.py;
  const rel = g.ry ?? g.hry ?? g.ryp;
  if (g.h) {
    code = g.h.toLowerCase() === 'first' ? 'H1' : 'H2';
  } else if (g.qn) {
    code = `Q${g.qn}`;
  } else {
    const o = (g.o ?? '').toLowerCase();
    // "the final quarter" without a year is too often a game period; "last quarter" is relative-unit's.
    if ((o === 'final' || o === 'last') && !year && !g.ty && !rel) return null;
    code = `Q${ORD[o] ?? 'X'}`;
  }
  if (year) return { start, end, type: 'DATE', value: `${year}-${code}`, source };
  // A game's quarters ("a 10-point deficit in the fourth quarter") are not calendar quarters.
  if (!g.h && GAME.test(match.input.slice(Math.max(0, start - 100), end + 100))) return null;
  // "the year-earlier third quarter": that quarter of the year before the document's.
  const shift = rel === 'last' || g.ya ? -1 : rel === 'next' ? 1 : (g.ty ?? g.hty ?? rel) ? 0 : null;
  return { start, end, type: 'DATE', value: `XXXX-${code}`, source, anchor: { kind: 'part-of-year', code, shift } };
}

export const quarterParser: Parser = { name: 'quarter', pattern: PATTERN, extract };
