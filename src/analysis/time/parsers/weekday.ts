import { type Candidate, type Context, type Parser, followedBy, precededBy, span } from '../candidate.ts';
import { NAME_BEFORE_WEEKDAY, WEEKDAY, weekdayIndex } from '../words.ts';

/**
 * "Monday", "on Monday" (span "Monday"), "last Friday", "next Tuesday", "late Wednesday", and the
 * British "Tuesday week" and "a week on Tuesday".
 * The date is chosen by resolve-relative from the tense around it. "Good Friday" and friends
 * are names of particular days (and "Good Friday Agreement" a treaty), so they are skipped
 * rather than resolved to the wrong week.
 */
export const PATTERN = new RegExp(
  `(?<![\\w])(?:(?<weekOn>[Aa]\\s+week\\s+(?:on|from)\\s+)|(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Tt]he\\s+(?:following|next|previous|prior))\\s+)?(?<wd>${WEEKDAY})(?![a-z])(?<week>\\s+week(?![\\w'’]))?`,
  'dg',
);

const NAME_AFTER =
  /^\s+(?:Agreement|Accord|Mosque|Prayers?|Sermon|Times|Club|Morning|Night|Evening|Afternoon|Telegraph|Herald|Mirror|Express|Post|Tribune|Sport|Independent)\b/;

/**
 * A bare weekday that modifies the noun after it names a kind of work or service, not a day: "Sunday
 * shifts, until now voluntary, will become …", "a row over Sunday trading", "Saturday service was
 * cut". It opens its clause or follows a conjunction or a preposition of no time
 * ("over", "of"), never "on", "by" or a verb ("said Sunday"); the word after it is a gerund
 * ("trading", "working") or a noun its clause goes on from with a comma or an auxiliary ("shifts, …",
 * "service was"). A part of the day ("Sunday morning"), an auxiliary ("Sunday was, …") and a verb
 * whose subject the day is ("Monday marks the anniversary") are no such noun. Nor is a weekday after a
 * determiner, which more often names one day ("the Tuesday vote was delayed").
 */
const AUXILIARY = 'is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do';
const MODIFIER_BEFORE = /(?:^|[.!?;:“"‘(—–]\s*|\b(?:and|or|of|over|about|against|with|into)\s+)$/i;
const MODIFIED_NOUN_AFTER = new RegExp(
  String.raw`^\s+(?!(?:morning|evening|afternoon|night|during|following|including|according|starting|beginning|ending|too|alone|itself|again|also|instead|only|${AUXILIARY})\b)(?:\p{Ll}{3,}ing\b|\p{Ll}{3,}(?<!ed)(?=\s*,\s|\s+(?:${AUXILIARY})\b))`,
  'u',
);

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const day = weekdayIndex(g.wd ?? '');
  if (day === null) return null;
  const [start, end] = span(match);
  if (precededBy(ctx.text, start, NAME_BEFORE_WEEKDAY) || followedBy(ctx.text, end, NAME_AFTER)) return null;
  if (!g.mod && !g.weekOn && !g.week && MODIFIER_BEFORE.test(ctx.text.slice(0, start)) && followedBy(ctx.text, end, MODIFIED_NOUN_AFTER)) return null;
  // "Tuesday week", "a week on Tuesday": British for a week after the coming Tuesday.
  if (g.weekOn || g.week)
    return { start, end, type: 'DATE', value: `XXXX-WXX-${day}`, source: 'parser/weekday', anchor: { kind: 'weekday', day, shift: null, weekOn: true } };
  const mod = (g.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "the following Thursday", "the previous Monday": counted from the day the story told before.
  if (mod.startsWith('the ')) {
    const step = /following|next/.test(mod) ? 1 : -1;
    return { start, end, type: 'DATE', value: `XXXX-WXX-${day}`, source: 'parser/weekday', anchor: { kind: 'weekday', day, shift: step, step } };
  }
  const shift = mod === 'last' || mod === 'this past' ? -1 : mod === 'next' || mod === 'this coming' ? 1 : mod === 'this' ? 0 : null;
  return { start, end, type: 'DATE', value: `XXXX-WXX-${day}`, source: 'parser/weekday', anchor: { kind: 'weekday', day, shift } };
}

export const weekdayParser: Parser = { name: 'weekday', pattern: PATTERN, extract };
