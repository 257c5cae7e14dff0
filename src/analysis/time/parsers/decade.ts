import { type Candidate, type Parser, span } from '../candidate.ts';

// Lookbehinds use bounded repeats: an unbounded `\s+` inside one rescans every run of spaces
// and makes a page of blanks quadratic.
/** "the 1990s" → 199, "the mid-1980s", "the '90s", "the nineties"; TimeBank keeps "the" in the span. */
export const PATTERN =
  /(?<![\w$'])(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?<c>1[0-9]|20)(?<d>\d)0['’]?s|['’](?<d2>\d)0s|(?<=the\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?)(?<d3>[2-9])0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])/dgi;

const WORD_DECADE: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const base = { start, end, type: 'DATE' as const, source: 'parser/decade' };
  if (g.c) return { ...base, value: `${g.c}${g.d}` };
  // Two-digit decades: the '00s and '10s are this century, the rest the last one.
  if (g.d2) return { ...base, value: Number(g.d2) <= 2 ? `20${g.d2}` : `19${g.d2}` };
  if (g.d3) return { ...base, value: `19${g.d3}` }; // "the 80s" (no apostrophe; "the 20s" and later read as 1900s)
  // "the sixties" needs its article; "in his sixties" is an age.
  if (g.w && /^the\s/i.test(match[0])) return { ...base, value: `19${WORD_DECADE[g.w.toLowerCase()] ?? 'X'}` };
  return null;
}

export const decadeParser: Parser = { name: 'decade', pattern: PATTERN, extract };
