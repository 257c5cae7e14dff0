import { type Candidate, type Context, type Parser, followedBy, span } from '../candidate.ts';
import { NAMED_EVENT_AFTER } from '../words.ts';

/**
 * Days whose date is the name of a famous event: "the September 11 attacks", "the 9/11 attacks".
 * Such a name has no year, and the report's year is the wrong one to give it (parser/month-day
 * therefore leaves every "<month-day> attacks" untagged); these few are known well enough that a
 * reader expects them on the timeline, the way "since 1979" is. Kept to the best-known one on
 * purpose: a name the lexicon does not know is left undated, never guessed.
 */
const NAMED_DAYS: { pattern: string; value: string }[] = [{ pattern: '(?:September|Sept\\.?|Sep\\.?)\\s+11(?:th)?|9/11', value: '2001-09-11' }];

export const PATTERN = new RegExp(`(?<![\\w/$])(?:${NAMED_DAYS.map((d, i) => `(?<n${i}>${d.pattern})`).join('|')})(?![\\w/%]|,?\\s+\\d{4})`, 'dg');

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const [start, end] = span(match);
  // Only as a name: "on September 11" alone is that day of the report's year (parser/month-day).
  if (!followedBy(ctx.text, end, NAMED_EVENT_AFTER)) return null;
  const i = NAMED_DAYS.findIndex((_, k) => match.groups?.[`n${k}`] !== undefined);
  return i < 0 ? null : { start, end, type: 'DATE', value: NAMED_DAYS[i]!.value, source: 'parser/named-event' };
}

export const namedEventParser: Parser = { name: 'named-event', pattern: PATTERN, extract };
