import { type Candidate, type Context, type Parser, followedBy, precededBy, span } from '../candidate.ts';
import { pad } from '../calendar.ts';

/**
 * Clock times: "7:11", "7:11 a.m.", "3 p.m.", "3pm EDT", "10.30am" (British), "1400 GMT", "noon", "midnight",
 * and said in words: "twenty to three", "a quarter past eleven", "half past six", "seven o'clock" (whose
 * figures had counted as things: "at around twenty to three" matched "Three workers were killed" on its 3).
 * A zone named by a place ("10.42pm Japan time", "9am UK time") is part of the time, as "local time" is, so
 * the date after it ("… on 9 October") still gives the time its day.
 * The date comes from the document date, or from a date right next to it (merge-date-time).
 */
const TZ =
  '(?:\\s+(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|JST|IST|AEST|AEDT|SAST|WAT|NZST|local\\s+time|ET|PT|CT|MT|(?:Eastern|Pacific|Central|Mountain)(?:\\s+(?:Standard|Daylight))?(?:\\s+[Tt]ime)?|(?:[A-Z][A-Za-z]+\\s+){1,2}time(?![\\w-])))?';
/** The hours of a clock said in words: "twenty to three", "seven o'clock". */
const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const HOUR_VALUES = new Map(HOUR_WORDS.split('|').map((w, i) => [w, i + 1]));
/** Minutes before or past the hour said in words ("a quarter", "twenty-five") or figures ("20 past 9"). */
const MINUTE_VALUES = new Map([
  ['quarter', 15],
  ['half', 30],
  ['five', 5],
  ['ten', 10],
  ['twenty', 20],
  ['twenty-five', 25],
  ['twenty five', 25],
]);
/**
 * "five to four" is also a vote and "ten to one" odds: a time said with "to" or "after", or with
 * figures ("20 past 9"), needs a word that says a time follows ("at around twenty to three").
 */
const AT_TIME = /\b(?:at|around|about|approximately|roughly|by|until|till|before|after|since|just|shortly)\s+$/i;
/** A count after it: "cut from 10 to 8 years", "at five to four votes". */
const COUNTED = /^\s*(?:%|(?:years?|months?|weeks?|days?|votes?|people|points?|goals?|seats?|percent|per\s?cent|times|members)\b)/i;
/** Later words that put an hour said without a.m. or p.m. in the afternoon or evening ("at night" only from six). */
const LATER_IN_DAY = /^[^.;]{0,30}?\b(?:afternoon|evening|tonight)\b/i;
const AT_NIGHT = /^[^.;]{0,30}?\bnight\b/i;

/**
 * The part of a day said after a bare hour, as radio bulletins and quotes give times: "just after two
 * this afternoon", "shortly before eleven last night", "at 6 in the morning".
 */
const PART_OF_DAY_AFTER = String.raw`(?:(?:this|yesterday|tomorrow|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:in|on)\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b`;
/**
 * The same right after a time in figures without a.m. or p.m. ("3:45 this afternoon", "4.10 in the
 * afternoon", "9.20 on Tuesday evening"), which puts it after noon: read alone, "3:45" had been 3.45 in
 * the morning, and a report's "at about a quarter to four" disputed another's "shortly before 4pm".
 * Only right after the figures: a later word may be another time's ("at 10:30, and in the afternoon …").
 */
const LATER_PART_AFTER =
  /^\s+(?:(?:this|yesterday|tomorrow|(?:on\s+)?\p{Lu}\p{Ll}+day)\s+(?:afternoon|evening)|(?:in|on)\s+the\s+(?:afternoon|evening)|tonight)\b/u;
/** …or just before it: "tomorrow evening at a quarter to seven", "this afternoon at about 3:45". */
const LATER_PART_BEFORE = /\b(?:afternoon|evening|tonight)\s+(?:at\s+)?(?:(?:about|around|approximately|roughly)\s+|(?:just|shortly)\s+(?:before|after)\s+)?$/i;
const NIGHT_AFTER = /^\s+(?:last|at|(?:on\s+)?\p{Lu}\p{Ll}+day)\s+night\b/u;

/** "a.m.", "am", "a.m" and, as datelines set them, "AM", "A.M.", "PM". */
const AP = '[apAP]\\.[mM]\\.|[apAP][mM]\\b|[apAP]\\.[mM]\\b';
export const PATTERN = new RegExp(
  `(?<![\\w:.,$/+-])(?:(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?![\\d:])(?:\\s*(?<ap>${AP}))?${TZ}` +
    `|(?<h4>\\d{1,2})\\.(?<mi4>[0-5]\\d)(?:\\s*(?<ap4>${AP})${TZ}|(?=\\s+${PART_OF_DAY_AFTER}))` +
    `|(?<h2>\\d{1,2})(?:\\s*(?<ap2>${AP})|\\s+o'clock)${TZ}` +
    // "1400 GMT", "0730hrs", and "2100 hours" after a word that sets a moment ("at 2100 hours"; not "1500 hours of community service").
    `|(?<h3>[01]\\d|2[0-3])(?<mi3>[0-5]\\d)(?:\\s+(?:GMT|UTC|hrs|local\\s+time|hours\\s+(?:GMT|local))|hrs\\b|\\s+hours\\b(?<=\\b(?:at|about|around|approximately|from|by|until|till|before|after)\\s+\\d{4}\\s+hours))` +
    `|(?<word>noon|midnight|midday)` +
    `|(?<rel>(?:[Aa]\\s+)?[Qq]uarter|[Hh]alf|five|ten|twenty(?:[-\\s]five)?|\\d{1,2})\\s+(?<dir>past|to|after)\\s+(?<hw>${HOUR_WORDS}|\\d{1,2})(?:\\s+o'clock)?(?:\\s*(?<ap5>${AP}))?` +
    `|(?<hw2>${HOUR_WORDS})\\s+o'clock(?:\\s*(?<ap6>${AP}))?` +
    `|(?<hw3>${HOUR_WORDS}|\\d{1,2})(?=\\s+${PART_OF_DAY_AFTER}))(?![\\w])`,
  'dg',
);

/** Nouns a clock word modifies as an idiom: "midnight regulations", "midnight pardons", "a contaminated midday meal". */
const MIDNIGHT_THING = /^\s+(?:regulations?|rules?|rulemaking|pardons?|appointments?|oil|sun|meals?|snacks?)\b/i;

/**
 * A determiner and up to two words before the time: "in an astonishing 2:00:12", "in a blistering 14:02"
 * (with only the bare word before it, both had become times of day). No word of a time of day among
 * them: "in a statement at 10:15:30" is one.
 */
const DESCRIBED = String.raw`(?:(?:a|an|the|his|her|their|its)\s+(?:(?!(?:at|by|on|until|till|from|to|around|about|before|after)\s)[a-z-]+\s+){0,2})?`;
/** Words before a time in hours, minutes and seconds that make it a span: "in 2:00:19", "a mark of 2:01:09", "halfway in 1:01:30". */
const ELAPSED_BEFORE = new RegExp(String.raw`\b(?:in|of|clocked|ran|timed|record|mark|finish(?:ed)?|splits?|halfway)\s+${DESCRIBED}$`, 'i');
/**
 * …and before one in hours and minutes, fewer: "won in 2:05", "covered the 5 km in 14:02", "clocked 2:05",
 * "a best of 2:07", "a split of 14:48". A time of day is said "at" or "by" it, not "in" it.
 */
const ELAPSED_BEFORE_STRICT = new RegExp(String.raw`\b(?:clocked|ran|timed|(?:record|mark|time|best|split)\s+of|in)\s+${DESCRIBED}$`, 'i');

/**
 * Whether a time written "2:00:19" (`withSeconds`) or "2:05" after `before` is how long something took;
 * the figures read it as a span by the same rule (`align/quantities.ts`).
 */
export function isElapsedTime(before: string, withSeconds: boolean): boolean {
  return (withSeconds ? ELAPSED_BEFORE : ELAPSED_BEFORE_STRICT).test(before);
}

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  let h: number;
  let mi = 0;
  let sec: number | null = null;
  if (g.rel !== undefined || g.hw2 !== undefined) {
    const rel = (g.rel ?? '').toLowerCase().replace(/^a\s+/, '');
    const figures = /\d/.test(rel) || /\d/.test(g.hw ?? '');
    const past = g.dir?.toLowerCase() === 'past';
    if (followedBy(ctx.text, end, COUNTED) || (figures && !past)) return null;
    if (g.rel !== undefined && (!past || figures || rel === 'five' || rel === 'ten') && !precededBy(ctx.text, start, AT_TIME)) return null;
    const hour = Number(HOUR_VALUES.get((g.hw ?? g.hw2 ?? '').toLowerCase()) ?? g.hw);
    const minutes = g.rel === undefined ? 0 : Number(MINUTE_VALUES.get(rel) ?? rel);
    if (!(hour >= 1 && hour <= 12) || (g.rel !== undefined && !(minutes > 0 && minutes < 60))) return null;
    const before = !past && g.rel !== undefined && g.dir!.toLowerCase() === 'to';
    h = before ? hour - 1 : hour;
    mi = g.rel === undefined ? 0 : before ? 60 - minutes : minutes;
    const ap = (g.ap5 ?? g.ap6 ?? '').toLowerCase();
    if (
      ap.startsWith('p') ||
      (!ap && (followedBy(ctx.text, end, LATER_IN_DAY) || precededBy(ctx.text, start, LATER_PART_BEFORE) || (h >= 6 && followedBy(ctx.text, end, AT_NIGHT))))
    )
      h = (h % 12) + 12;
    else if (ap.startsWith('a')) h %= 12;
  } else if (g.hw3 !== undefined) {
    // Only where a time is expected: "two this afternoon" after "at", "after", "just"; not "won two this afternoon".
    if (!precededBy(ctx.text, start, AT_TIME)) return null;
    h = Number(HOUR_VALUES.get(g.hw3.toLowerCase()) ?? g.hw3);
    if (!(h >= 1 && h <= 12)) return null;
    if (followedBy(ctx.text, end, LATER_IN_DAY) || (h >= 6 && followedBy(ctx.text, end, AT_NIGHT))) h = (h % 12) + 12;
  } else if (g.word) {
    // "the midnight sun", "burning the midnight oil", "so-called midnight regulations" (rules rushed
    // out before a government leaves): the word names a thing, not a time of day.
    if (g.word !== 'noon' && (precededBy(ctx.text, start, /\b(?:a|the|so-called)\s+$/i) || followedBy(ctx.text, end, MIDNIGHT_THING))) return null;
    h = g.word === 'midnight' ? 24 : 12;
  } else if (g.h3) {
    h = Number(g.h3);
    mi = Number(g.mi3);
  } else {
    h = Number(g.h ?? g.h2 ?? g.h4);
    mi = g.mi ? Number(g.mi) : g.mi4 ? Number(g.mi4) : 0;
    sec = g.s ? Number(g.s) : null;
    const ap = (g.ap ?? g.ap2 ?? g.ap4 ?? '').toLowerCase();
    if (ap) {
      if (h < 1 || h > 12) return null;
      if (ap.startsWith('p') && h < 12) h += 12;
      if (ap.startsWith('a') && h === 12) h = 0;
    } else if (g.h2 === undefined && (h > 24 || mi > 59)) return null;
    else if (
      h >= 1 &&
      h < 12 &&
      (followedBy(ctx.text, end, LATER_PART_AFTER) || precededBy(ctx.text, start, LATER_PART_BEFORE) || (h >= 6 && followedBy(ctx.text, end, NIGHT_AFTER)))
    )
      h += 12;
    // A bare "2:1" score or "3:16" verse has no a.m./p.m. and no zone: accept only plausible clock times after "at"/"by" or in a time slot.
    if (
      !ap &&
      g.mi &&
      !/\s/.test(match[0]) &&
      precededBy(ctx.text, start, /\b(?:won|lost|beat|score[ds]?|verses?|chapter|John|Luke|Mark|Matthew|ratio(?:\s+of)?)\s+$/i)
    )
      return null;
  }
  // A race's time is how long it took, not when: "won in 2:00:19", "a record of 2:00:35", "clocked 2:05".
  if (g.h !== undefined && !/[a-z]/i.test(match[0]) && isElapsedTime(ctx.text.slice(0, start), sec !== null)) return null;
  if (h > 24 || mi > 59 || (sec !== null && sec > 59)) return null;
  const time = `T${pad(h)}:${pad(mi)}${sec !== null ? `:${pad(sec)}` : ''}`;
  return { start, end, type: 'TIME', value: `XXXX-XX-XX${time}`, source: 'parser/clock-time', anchor: { kind: 'clock', time } };
}

export const clockTimeParser: Parser = { name: 'clock-time', pattern: PATTERN, extract };
