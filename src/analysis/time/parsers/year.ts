import { type Candidate, type Context, type Parser, followedBy, precededBy, span } from '../candidate.ts';
import { fmtYear } from '../calendar.ts';

/**
 * A year: "1979", "since 1979" (span "1979"), "early 2014", "the end of 2014", "fiscal 2014"
 * (2014: TBAQ-cleaned writes no FY value, 0 of 13 fiscal expressions). Numbers are years far more often than not in news
 * when they fall in 1900-2099, but not when money, a count noun or a clock time surrounds them.
 */
export const PATTERN =
  /(?<![\w$€£#.,:/])(?<!(?<!\d{4})-)(?<t>(?:(?<mod>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)[\s-]+)?(?:(?<fy>fiscal(?:\s+year)?)\s+)?(?<y>\d{4}))(?![\w%]|[.,:/]\d|-\d{1,2}\b|\s*(?:%|percent|per\s?cent))/dgi;

const COUNT_NOUN_AFTER =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|votes|jobs|members|students|homes|houses|cases|deaths|dead|tons|tonnes|miles|km|kilometers|kilometres|metres|meters|feet|ft|points|dollars|euros|pounds|units|cars|vehicles|residents|calories|barrels|acres|hectares|civilians|refugees|migrants|employees|seats|hours|hrs|GMT|UTC|EDT|EST|CET|BST|local\s+time|times|rounds|pages|words|items|shares|signatures|cattle|animals|species|delegates|voters|patients|lbs?|kg|mph|degrees|rpm|copies|participants|fans|visitors|runs|yards|metre|meter)\b/i;
const NOT_YEAR_BEFORE =
  /(?:\b(?:No\.?|number|flight|route|room|page|bus|model|Boeing|Airbus|highway|Interstate|at|about|around|nearly|almost|some|approximately|roughly|than|over|under|top|Windows|Office|Xbox|iPhone|code|PIN|Resolution|Article)\s+|[$€£]\s*)$/i;
const OLD_YEAR_CUE = /\b(?:in|since|until|till|by|from|of|year|circa|before|after|during|between|and|to|c\.)\s+$/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const y = Number(g.y);
  const yStart = match.indices?.groups?.y?.[0] ?? start;
  if (precededBy(ctx.text, yStart, NOT_YEAR_BEFORE) && !g.mod && !g.fy) return null;
  if (followedBy(ctx.text, end, COUNT_NOUN_AFTER)) return null;
  if (y < 1900 || y > 2099) {
    if (y < 1000 || y > 2199 || !(g.mod || precededBy(ctx.text, yStart, OLD_YEAR_CUE))) return null;
  }
  const half = g.mod && /first\s+half/i.test(g.mod) ? '-H1' : g.mod && /second\s+half/i.test(g.mod) ? '-H2' : '';
  return { start, end, type: 'DATE', value: fmtYear(y) + half, source: 'parser/year' };
}

export const yearParser: Parser = { name: 'year', pattern: PATTERN, extract };
