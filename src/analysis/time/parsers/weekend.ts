import { type Candidate, type Parser, span } from '../candidate.ts';

/** "over the weekend", "at the weekend" → the nearest weekend in the tense's direction (2015-W31-WE). */
export const PATTERN = /(?<![\w-])the\s+weekend(?![\w-])(?!\s+of\b)/dgi;

export function extract(match: RegExpExecArray): Candidate | null {
  const [start, end] = span(match);
  return { start, end, type: 'DATE', value: 'XXXX-WXX-WE', source: 'parser/weekend', anchor: { kind: 'weekend' } };
}

export const weekendParser: Parser = { name: 'weekend', pattern: PATTERN, extract };
