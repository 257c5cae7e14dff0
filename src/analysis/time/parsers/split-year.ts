import { type Candidate, type Parser, span } from '../candidate.ts';
import { fmtYear } from '../calendar.ts';

/**
 * A season or fiscal year written across two years, "the 2005-06 season", "in 1998–99": one
 * expression valued at its first year whose range ends at the second. Only the next year's last two
 * digits make one ("2005-07" is not a season; iso-date leaves "2004-05" to this parser).
 */
export const PATTERN = /(?<![\w$€£#.,:/-])(?<y>(?:19|20)\d{2})[-–](?<y2>\d{2})(?![\w%]|[.,:/-]\d)/dg;

export function extract(match: RegExpExecArray): Candidate | null {
  const y = Number(match.groups?.y);
  if (Number(match.groups?.y2) !== (y + 1) % 100) return null;
  const [start, end] = span(match);
  const [from, to] = [fmtYear(y), fmtYear(y + 1)];
  return { start, end, type: 'DATE', value: from, source: 'parser/split-year', range: { start, end, from, to } };
}

export const splitYearParser: Parser = { name: 'split-year', pattern: PATTERN, extract };
