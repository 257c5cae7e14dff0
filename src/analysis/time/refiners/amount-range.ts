import { widenLeft, type Candidate } from '../candidate.ts';
import { NUMBER, parseNumber } from '../words.ts';

/**
 * "two to three weeks", "the next 12 to 18 months": TBAQ-cleaned tags a range of amounts as one
 * DURATION (2 of 2), so the first number joins the span. Its value is the first amount, as a
 * compact range of days takes its first day (TBAQ writes P2W once and PXM once).
 */
const FIRST = new RegExp(`(?<![\\w$£€.,-])(?<n>${NUMBER})\\s+(?:to|-|–)\\s+$`, 'i');
const VALUE = /^(PT?)(\d+(?:\.\d+)?)([A-Z]+)$/;
const LEADING = /^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

export const amountRange = widenLeft('amount-range', join);

function join(c: Candidate, text: string, lastEnd: number): Candidate {
  if (c.type !== 'DURATION') return c;
  const v = VALUE.exec(c.value);
  const second = LEADING.exec(text.slice(c.start, c.end))?.[0];
  const secondNum = second === undefined ? null : parseNumber(second);
  if (!v || typeof secondNum !== 'number' || secondNum <= 0) return c;
  const before = text.slice(Math.max(lastEnd, c.start - 30), c.start);
  const hit = FIRST.exec(before);
  const first = hit?.groups?.n ? parseNumber(hit.groups.n) : null;
  if (!hit || typeof first !== 'number' || first <= 0 || first >= secondNum) return c;
  // The value's number is in the value's unit ("three decades" P30Y): scale the first amount alike.
  const scaled = Math.round(((first * Number(v[2])) / secondNum) * 1000) / 1000;
  // "the next 12 to 18 months": a determiner before the first number belongs to the span too.
  const det = /\bthe\s+(?:next|past|last|coming|previous|following)\s+$/i.exec(
    text.slice(Math.max(lastEnd, c.start - hit[0].length - 30), c.start - hit[0].length),
  );
  const start = c.start - hit[0].length - (det ? det[0].length : 0);
  return { ...c, start, value: `${v[1]}${scaled}${v[3]}` };
}
