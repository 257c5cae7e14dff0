import { type Candidate, type Context, type Parser, followedBy, span } from '../candidate.ts';
import { ORDINAL_WORD, parseOrdinal } from '../words.ts';

/** "the 20th century" → 19, "the early twenty-first century" → 20 (TIMEX3 writes centuries as two digits). */
export const PATTERN = new RegExp(`(?<![\\w])(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<o>${ORDINAL_WORD})[\\s-]+century(?![\\w])`, 'dgi');

/** "20th Century Fox", "21st Century Insurance": a capitalised "Century" before another capitalised word is in a name. */
const NAME_AFTER = /^\s+\p{Lu}/u;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const n = parseOrdinal(match.groups?.o ?? '');
  if (n === null || n < 1 || n > 22) return null;
  const [start, end] = span(match);
  if (match[0].endsWith('Century') && followedBy(ctx.text, end, NAME_AFTER)) return null;
  return { start, end, type: 'DATE', value: String(n - 1).padStart(2, '0'), source: 'parser/century' };
}

export const centuryParser: Parser = { name: 'century', pattern: PATTERN, extract };
