import { type Candidate, type Parser, span } from '../candidate.ts';
import { fmtMonth, fmtYear } from '../calendar.ts';
import { SMALL, TENS } from '../../text/numbers.ts';
import { MONTH_FULL, monthIndex } from '../words.ts';

/**
 * Years written out, as broadcast transcripts do: "nineteen ninety-six", "nineteen eighty",
 * "nineteen twelve", "the year two thousand", "January nineteen ninety-seven". "nineteen" plus
 * a tens or teens word reads as nothing else; "two thousand" is a count unless "the year" or a
 * month stands before it.
 */
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const ONE = 'one|two|three|four|five|six|seven|eight|nine';
const TEN = Object.keys(TENS).join('|');
export const PATTERN = new RegExp(
  `(?<![\\w-])(?:(?<mon>${MONTH_FULL}),?\\s+|(?<the>[Tt]he\\s+year)\\s+)?` +
    `(?:(?<c>[Nn]ineteen|[Tt]wenty)[\\s-]+(?<yy>(?:${TEN})(?:[\\s-](?:${ONE}))?|${TEEN})|(?<k>[Tt]wo\\s+thousand)(?:\\s+(?:and\\s+)?(?<ky>(?:${TEN})(?:[\\s-](?:${ONE}))?|${TEEN}|${ONE}))?)(?![\\w-])`,
  'dg',
);

const words = (s: string): number =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((n, w) => n + (TENS[w] ?? SMALL[w] ?? 0), 0);

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  if (g.k && !g.mon && !g.the) return null;
  const year = g.k ? 2000 + (g.ky ? words(g.ky) : 0) : (g.c!.toLowerCase() === 'nineteen' ? 1900 : 2000) + words(g.yy ?? '');
  const [start, end] = span(match);
  const month = g.mon ? monthIndex(g.mon) : null;
  const value = month ? fmtMonth(year, month) : fmtYear(year);
  return { start, end, type: 'DATE', value, source: 'parser/spelled-year' };
}

export const spelledYearParser: Parser = { name: 'spelled-year', pattern: PATTERN, extract };
