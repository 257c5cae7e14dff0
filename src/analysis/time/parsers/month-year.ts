import { type Candidate, type Parser, span } from '../candidate.ts';
import { fmtMonth } from '../calendar.ts';
import { MONTH, monthIndex } from '../words.ts';

/** "June 2014", "Sept. 2014", "September of 2014", "early June 2014", "the end of June 2014". */
export const PATTERN = new RegExp(
  `(?<![\\w$])(?:(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?)` +
    `(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<y>\\d{4})(?![\\w%]|[.,]\\d)`,
  'dg',
);

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const month = monthIndex(g.mon ?? '');
  if (month === null) return null;
  const [start, end] = span(match);
  return { start, end, type: 'DATE', value: fmtMonth(Number(g.y), month), source: 'parser/month-year' };
}

export const monthYearParser: Parser = { name: 'month-year', pattern: PATTERN, extract };
