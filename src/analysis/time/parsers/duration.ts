import { type Candidate, type Context, type Parser, type Unit, followedBy, precededBy, span } from '../candidate.ts';
import { NUMBER, UNIT, durationValue, parseNumber, unitCode } from '../words.ts';

/**
 * Amounts of time: "35 years" (P35Y), "two and a half years" (P2.5Y), "the next two days",
 * "the past decade" (P10Y: TimeBank and HeidelTime treat "the past decade" as a duration, and the
 * timeline only needs dates), "a 30-year bond" (P30Y), "for years" (PXY). Followed by "ago",
 * "earlier", "later" or "from now" the same words name a date ("three years ago" → 2011).
 * "more than", "about", "nearly" are left to refiners/attach-modifiers, which puts them in the span.
 */
export const PATTERN = new RegExp(
  `(?<![\\w$£€.,:-])(?<t>(?:(?<det>the\\s+(?:past|last|next|coming|previous|following|first|final|latest|remaining|entire|whole|full|same|preceding)|(?:past|last|next|first|coming|all)|the)\\s+)?` +
    `(?:(?<num>${NUMBER})[\\s-]+(?:(?:more|additional|consecutive|straight|full|long|extra|further)\\s+)?)?(?<u>${UNIT})(?<long>-long)?(?<half>\\s+and\\s+a\\s+half)?(?<ahead>\\s+ahead)?(?<old>[\\s-]old)?(?<rel>\\s+(?:ago|earlier|later|from\\s+now|hence))?)(?![\\w]|-(?!long\\b|old\\b)[a-z])`,
  'dgi',
);

const VAGUE_SINGULAR_OK =
  /\b(?:for|over|within|in|by|after|lasted|lasts|last|took|takes|take|spent|spend|than|about|nearly|almost|only|just|least|most|entire|whole|full|half|roughly|around|barely|under)\s+$/i;
const SET_BEFORE =
  /(?:\b(?:once|twice|thrice|times|percent|dollars|billion|million|trillion|thousand|cents?|euros|pounds|yuan|yen|rupees|each|miles|km|kilometers|barrels|tons|tonnes|hours|days|shifts|meals)|\d|%)\s+$/i;

const DATE_UNIT: Record<string, Unit | undefined> = { D: 'D', W: 'W', WE: 'WE', M: 'M', Q: 'Q', Y: 'Y', DE: 'DE', CE: 'CE' };

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const unitWord = (g.u ?? '').toLowerCase();
  const unit = unitCode(unitWord);
  const plural = unitWord.endsWith('s') || unitWord === 'centuries';
  const det = g.det?.toLowerCase().replace(/\s+/g, ' ');
  const rawNum = g.num?.toLowerCase();
  let num = rawNum === undefined ? null : parseNumber(rawNum);
  if (rawNum !== undefined && num === null) return null;
  // "a year-long probe", "a decade-long war": the adjective carries its own amount.
  if (g.long && !det && (num === null || rawNum === 'a' || rawNum === 'an')) {
    // "months-long" is a vague amount (PXM).
    return { start: match.indices?.groups?.u?.[0] ?? start, end, type: 'DURATION', value: durationValue(plural ? 'X' : 1, unit), source: 'parser/duration' };
  }
  // "three-quarters of its food", "three quarters of the vote": a fraction of a thing, not nine
  // months; "two quarters of 1990", "the quarter of the year" and "several quarters of losses" are time.
  if (
    unit === 'Q' &&
    typeof num === 'number' &&
    !det &&
    followedBy(ctx.text, end, /^\s+of\s+(?:(?:the|a|an|all|its|their|his|her|our|this|that|these|those)\s+(?!(?:fiscal\s+)?year\b)|(?:it|them|us)\b)/i)
  )
    return null;
  // "a year and a half" = P1.5Y.
  if (g.half && typeof num === 'number') num += 0.5;
  else if (g.half) return null;
  // Ages are not time expressions in TBAQ-cleaned ("a 47-year-old man", "55 years old": 2 of 39 tagged);
  // the match still swallows them so that "55 years" is not tagged on its own.
  if (g.old) return null;
  const source = 'parser/duration';
  const isArticle = rawNum === 'a' || rawNum === 'an';

  // "two weeks earlier than usual": a comparison by an amount, not a date.
  if (g.rel && !det && followedBy(ctx.text, end, /^\s+than\b/i)) {
    const relAt = match.indices?.groups?.rel?.[0] ?? end;
    return { start, end: relAt, type: 'DURATION', value: durationValue(num ?? 'X', unit), source };
  }
  if (g.rel) {
    if (det) return null;
    const sign = /ago|earlier/i.test(g.rel) ? -1 : 1;
    const dateUnit = DATE_UNIT[unit];
    if (num === null && !plural) num = 1;
    if (num === null || num === 'X' || !dateUnit || !Number.isInteger(num)) {
      return { start, end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', source };
    }
    const anaphoric = /earlier|later/i.test(g.rel);
    return { start, end, type: 'DATE', value: 'XXXX', source, anchor: { kind: 'offset', unit: dateUnit, n: sign * num, anaphoric } };
  }

  // "revenue for the year ended March 31": a reporting period counted back from its end (TimeBank: P1Y).
  if (
    det === 'the' &&
    num === null &&
    !plural &&
    (unit === 'Y' || unit === 'M' || unit === 'W') &&
    followedBy(ctx.text, end, /^\s+end(?:ed|ing)\s+(?:\w+\.?\s+\d|\d|tomorrow|today)/i)
  ) {
    return { start, end, type: 'DURATION', value: durationValue(1, unit), source };
  }
  if (det === 'the' && num === null && !(g.ahead && plural)) return null; // "the year" alone is not a duration
  if (det === 'all' && (num !== null || plural || !/^(?:D|W|M|Y)$/.test(unit))) return null; // "all week", "all year"
  // "the 30-year bond": the article belongs to the noun, not to the adjective "30-year".
  const numAt = match.indices?.groups?.num?.[0];
  if (det === 'the' && numAt !== undefined && /-/.test(ctx.text.slice(numAt, match.indices?.groups?.u?.[0] ?? numAt))) {
    return { start: numAt, end, type: 'DURATION', value: durationValue(num ?? 1, unit), source };
  }
  if (det) {
    // "the last minute", "the last day of the trial", "the past week of June": idioms and parts, not amounts.
    if (num === null && (unit === 'S' || unit === 'MIN' || followedBy(ctx.text, end, /^\s+of\b/i) || (det === 'the last' && unit === 'D'))) return null;
    if (num === null) {
      // "the past decade" = P10Y, "the past few years" handled by num; "the past years" = PXY.
      if (/first|final|latest|same|remaining|entire|whole|full|preceding/.test(det)) return null;
      if (!det.startsWith('the') && det !== 'all' && !plural) return null; // "last year" belongs to relative-unit
      if (/previous|following|next/.test(det) && !plural) return null; // "the next day" is a date (relative-unit)
      num = plural ? 'X' : 1;
    }
    return { start, end, type: 'DURATION', value: durationValue(num, unit), source };
  }

  if (num === null) {
    // Bare plurals only after "for"/"in"/"over": "for years", "the first time in decades".
    // …and before "after"/"before": "hours after the vote".
    // …and "years of war", "after months of talks": the amount of time itself is the point.
    const cued =
      /\b(?:for|in|over|within|after|took|takes|take|spent|spend|last|lasted)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start)) ||
      followedBy(ctx.text, end, /^\s+(?:after|before)\b/i) ||
      (unit !== 'H' && unit !== 'MIN' && followedBy(ctx.text, end, /^\s+of\s+(?!the\b|age\b|service\b|experience\b)/i));
    if (!plural || !cued) return null;
    if (unit === 'S' || unit === 'MIN' || unit === 'Q' || unit === 'WE') return null;
    return { start, end, type: 'DURATION', value: durationValue('X', unit), source };
  }
  // "One day he will…": a vague future, not an amount; "a one-day strike" is fine (hyphenated).
  if (rawNum === 'one' && !g.rel && !/-/.test(match[0]) && !precededBy(ctx.text, start, VAGUE_SINGULAR_OK)) return null;
  if (isArticle || rawNum === 'one') {
    if (unit === 'Q' || unit === 'S') return null;
    if (isArticle && precededBy(ctx.text, start, SET_BEFORE)) {
      // "twice a week": TimeML puts the frequency inside the SET span. A rate of an amount ("$5
      // billion a year", "700 seats a week") is left untagged, as TBAQ-cleaned mostly does (6 of 8).
      const freq = /\b(?:once|twice|thrice|(?:\d+|\w+)\s+times)\s+$/i.exec(ctx.text.slice(Math.max(0, start - 20), start));
      if (!freq) return null;
      return { start: start - freq[0].length, end, type: 'SET', value: durationValue(1, unit), source: 'parser/duration-set' };
    }
    // "a week before Christmas", "a week of talks", "extended by a day": an amount, not "a day when…".
    // "a month longer than planned", "a day late": an amount by which something differs.
    const amount = precededBy(ctx.text, start, VAGUE_SINGULAR_OK) || followedBy(ctx.text, end, /^\s+(?:before|after|of|longer|shorter|late|early|behind)\b/i);
    // "3,000 jobs a month", "1.7 million barrels a day": a rate, untagged as above.
    if (isArticle && !amount && /\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z]+\s+){1,3}$/.test(ctx.text.slice(Math.max(0, start - 40), start))) {
      return null;
    }
    if (isArticle && !amount) return null;
  }
  if (num === 'X' && /^(?:many|some|few)$/.test(rawNum ?? '') && !precededBy(ctx.text, start, /\b(?:for|in|over|within|after|the)\s+$/i)) return null;
  if (unit === 'S' && typeof num === 'number' && num > 1000) return null;
  return { start, end, type: 'DURATION', value: durationValue(num, unit), source };
}

export const durationParser: Parser = { name: 'duration', pattern: PATTERN, extract };
