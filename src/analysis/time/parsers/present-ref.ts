import { type Candidate, type Parser, span } from '../candidate.ts';

/**
 * Vague references, as TimeBank writes them: "now", "currently", "these days" → PRESENT_REF;
 * "recently", "recent years", "the past" (at a clause end, or after "in" anywhere: "have in the past
 * said"; "in the past two years" is the longer duration's) → PAST_REF; "the future" → FUTURE_REF.
 * The look-behind for "in" is bounded (`\s{1,3}`): an unbounded one rescans every run of spaces.
 */
export const PATTERN =
  /(?<![\w-])(?:(?<present>now|currently|right\s+now|nowadays|these\s+days|at\s+present|presently|the\s+present(?:\s+day)?(?=\s*[,.;]|\s+(?:and|or|but|when|as|is|was)\b)|at\s+the\s+moment)|(?<past>recently|lately|(?:(?:in|of)\s+)?recent\s+(?:years|months|weeks|days|decades|times)|the\s+(?:recent\s+|distant\s+)?past(?=\s*[,.;]|\s+(?:and|or|but|when|as|is|was|has|had)\b)|(?<=\bin\s{1,3})the\s+past(?!\s+tense))|(?<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?=\s*[,.;]|\s+(?:and|or|but|when|as|is)\b)))(?![\w-])/dgi;

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  let [start, end] = span(match);
  // "in recent years": the preposition stays outside the span.
  const prep = /^(?:in|of|at)\s+/i.exec(match[0]);
  if (prep) start += prep[0].length;
  const value = g.present ? 'PRESENT_REF' : g.past ? 'PAST_REF' : 'FUTURE_REF';
  if (/^now$/i.test(match[0]) && /^\s*-/.test(match.input.slice(end, end + 2))) return null;
  return { start, end, type: 'DATE', value, source: 'parser/present-ref' };
}

export const presentRefParser: Parser = { name: 'present-ref', pattern: PATTERN, extract };
