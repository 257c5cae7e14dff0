import { type Candidate, type Parser, span } from '../candidate.ts';

/**
 * Quarters named by reference, as earnings reports write them once the quarter is set: "the
 * quarter", "the latest quarter", "the latest period", "that quarter", "the year-earlier quarter",
 * "the year-ago period", "the 1988 period", "the same period last year", "the quarter a year ago",
 * and the adjectives "year-earlier"/"year-ago" ("year-earlier results"). TimeBank tags them as the
 * quarter meant; resolve-relative takes it from the last quarter the text mentioned. "the period"
 * alone stays untagged: outside results it is any stretch of time.
 */
export const PATTERN =
  /(?<![\w-])(?:(?<det>the|that)\s+(?:(?<adj>latest|most\s+recent|comparable|same|corresponding)\s+)?(?:(?<ya>year-earlier|year-ago|prior-year)\s+)?(?:(?<y>\d{4})\s+)?(?:fiscal\s+)?(?<n>quarter|period)(?!\s+of\b)(?<ago>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?|(?<ly>last\s+year['’]s)\s+(?:quarter|period)|(?<bare>year-earlier|year-ago))(?![\w-])/dgi;

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const source = 'parser/quarter-ref';
  const value = 'XXXX-QX';
  if (g.bare || g.ly) return { start, end, type: 'DATE', value, source, anchor: { kind: 'quarter-ref', shift: -1, fallback: 'year' } };
  const period = /^period$/i.test(g.n ?? '');
  if (period && !g.adj && !g.ya && !g.y && !g.ago) return null;
  const shift = g.ya || g.ago ? -1 : 0;
  // "the 1988 period" is a quarter only in a story about quarters; elsewhere the year alone is the expression.
  if (g.y && !/quarter|\bQ[1-4]\b/i.test(match.input.slice(0, start))) return null;
  if (g.y) return { start, end, type: 'DATE', value, source, anchor: { kind: 'quarter-ref', shift, year: Number(g.y), fallback: 'year' } };
  const latest = /latest|recent/i.test(g.adj ?? '') && shift === 0;
  return { start, end, type: 'DATE', value, source, anchor: { kind: 'quarter-ref', shift, fallback: latest ? 'latest' : 'drop' } };
}

export const quarterRefParser: Parser = { name: 'quarter-ref', pattern: PATTERN, extract };
