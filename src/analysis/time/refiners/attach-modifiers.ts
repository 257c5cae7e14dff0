import { widenLeft, type Candidate } from '../candidate.ts';
import { NUMBER } from '../words.ts';

/**
 * TimeML puts an amount's or a point's modifier inside the span and names it in `mod`: "about
 * three years" (APPROX), "more than two weeks" (MORE_THAN), "at least 10 days" (EQUAL_OR_MORE),
 * "nearly two years ago", "around Nov. 1". TBAQ-cleaned does so for "more than" (3 of 3), "less
 * than" (2 of 2), "at least" (3 of 4 before a number), "nearly" (7 of 8), "around" (3 of 3) and
 * "almost" (3 of 5); "about" is split (2 in, 3 out) and follows TimeML. Words that already start
 * the span ("early 1990", "late November", "mid-1990s", "earlier this month") only get their `mod`.
 * Runs last: the modifier changes neither the value nor what the other refiners look at.
 */
interface Modifier {
  re: RegExp;
  mod: string;
  /** Also before a point in time ("around Nov. 1", "around 7:15 p.m."), not only before an amount. */
  points?: boolean;
}
const MODIFIERS: Modifier[] = [
  { re: /\b(?:no\s+more\s+than|at\s+most|up\s+to)\s+$/i, mod: 'EQUAL_OR_LESS' },
  { re: /\bmore\s+than\s+$/i, mod: 'MORE_THAN' },
  { re: /\b(?:less|fewer)\s+than\s+$/i, mod: 'LESS_THAN' },
  { re: /\bat\s+least\s+$/i, mod: 'EQUAL_OR_MORE' },
  { re: /\balmost\s+$/i, mod: 'LESS_THAN' },
  { re: /\bnearly\s+$/i, mod: 'APPROX' },
  { re: /\b(?:approximately|roughly)\s+$/i, mod: 'APPROX', points: true },
  // "to get around Wednesday", "came around": a phrasal verb.
  { re: /(?<!\b(?:get|gets|got|getting|come|comes|came|coming|go|goes|went|turn\w*|look\w*|move\w*|work\w*)\s+)\baround\s+$/i, mod: 'APPROX', points: true },
  // "talking about three days", "worried about the future": the preposition, not an approximation.
  { re: /(?<!\b(?:talk\w*|think\w*|thought|worr\w*|know|knew|care\w*|concern\w*|questions?|news|how|what)\s+)\babout\s+$/i, mod: 'APPROX' },
];
const AMOUNT = new RegExp(`^(?:${NUMBER})\\b|^\\d`, 'i');
const LEADING: [RegExp, string][] = [
  [/^(?:the\s+)?(?:early|earlier|(?:beginning|start)\s+of)\b/i, 'START'],
  [/^(?:the\s+)?(?:late|later|end\s+of)\b/i, 'END'],
  [/^(?:the\s+)?mid(?:dle\s+of)?\b/i, 'MID'],
];

export const attachModifiers = widenLeft('attach-modifiers', attach);

function attach(candidate: Candidate, text: string, lastEnd: number): Candidate {
  const c = orSo(candidate, text);
  const own = text.slice(c.start, c.end);
  const leading = LEADING.find(([re]) => re.test(own));
  if (leading && (c.type === 'DATE' || c.type === 'TIME')) return { ...c, mod: leading[1] };
  const amount = AMOUNT.test(own) && (c.type === 'DURATION' || c.source === 'parser/duration');
  const before = text.slice(Math.max(lastEnd, c.start - 30), c.start);
  for (const m of MODIFIERS) {
    if (!amount && !(m.points && (c.type === 'DATE' || c.type === 'TIME'))) continue;
    const hit = m.re.exec(before);
    if (!hit) continue;
    const start = c.start - hit[0].length + (hit[0].length - hit[0].trimStart().length);
    const range = c.range && c.range.start === c.start ? { ...c.range, start } : c.range;
    return { ...c, start, mod: m.mod, ...(range ? { range } : {}) };
  }
  return c;
}

/** "the next year or so", "two years or so": TBAQ puts "or so" in the span (3 of 3) with APPROX. */
function orSo(c: Candidate, text: string): Candidate {
  if (c.type !== 'DURATION' && c.type !== 'DATE') return c;
  const m = /^\s+or\s+so\b/i.exec(text.slice(c.end, c.end + 12));
  return m ? { ...c, end: c.end + m[0].length, mod: 'APPROX' } : c;
}
