/** Vocabulary shared by the parsers: month and weekday names, number words, units. */

const MONTH_NAMES_CASED = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * Capitalised, or all in capitals as datelines and headlines set them ("MONDAY, DECEMBER 15, 2008"),
 * never lower case ("may", "march"): case-sensitive on purpose.
 */
const CAPS = (names: string) => `${names}|${names.toUpperCase()}`;
/** Full month names and their usual news abbreviations. */
export const MONTH = `(?:${CAPS(MONTH_NAMES_CASED)}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-zA-Z])`;
/** Full month names only, for places where an abbreviation would be too weak a signal. */
export const MONTH_FULL = `(?:${CAPS(MONTH_NAMES_CASED)})(?![a-zA-Z])`;

export { monthIndex, weekdayIndex } from '../text/calendar-words.ts';
import { SMALL, TENS } from '../text/numbers.ts';

export const WEEKDAY = `(?:${CAPS('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')})`;

// Number words "one" to "nineteen" and the tens, from the text module's one table ("zero" is no count of time).
const ONES: Record<string, number> = Object.fromEntries(Object.entries(SMALL).filter(([word]) => word !== 'zero'));

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
// "the twenty-third of May", "the thirty-first": the days of a month past the twentieth, with or without the hyphen.
for (const [tens, base] of [
  ['twenty', 20],
  ['thirty', 30],
] as const) {
  for (const [word, n] of Object.entries(ORDINALS)) if (n < 10 && base + n <= 31) ORDINALS[`${tens}-${word}`] = base + n;
}

const ONE_WORD = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TEN_WORD = Object.keys(TENS).join('|');
/** "35", "2.5", "thirty-five", "two and a half", "a", "several", "a few", "a dozen", "a couple of", "a hundred". */
export const NUMBER = `(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:hundred|thousand)|\\d+\\s+1/2|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:(?:${TEN_WORD})(?:[- ](?:${ONE_WORD}))?|${ONE_WORD}|an?|a dozen|half an?|a half)(?: and a half)?|several|a few|few|a couple of|a couple|many|dozens of|hundreds of|some)`;

/** Parses a NUMBER match; 'X' for vague amounts ("several", "a few"), null when it is not a number. */
export function parseNumber(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().trim();
  if (/^[\d,]+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  const frac = /^(\d+)\s+1\/2$/.exec(s);
  if (frac) return Number(frac[1]) + 0.5;
  if (/^(?:several|a few|few|a couple of|a couple|many|dozens of|hundreds of|some)$/.test(s)) {
    return s.startsWith('a couple') ? 2 : 'X';
  }
  let half = 0;
  let core = s;
  if (core.endsWith(' and a half')) {
    half = 0.5;
    core = core.slice(0, -' and a half'.length);
  }
  if (core === 'a half' || core === 'half a' || core === 'half an') return 0.5;
  // "a hundred years", "two thousand years".
  const big = /^(\w+)\s+(hundred|thousand)$/.exec(core);
  if (big) {
    const k = big[1] === 'a' ? 1 : (ONES[big[1]!] ?? null);
    return k === null ? null : k * (big[2] === 'hundred' ? 100 : 1000) + half;
  }
  if (core === 'a' || core === 'an') return 1 + half;
  if (core === 'a dozen') return 12 + half;
  const parts = core.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    if (p in TENS) n += TENS[p] ?? 0;
    else if (p in ONES) n += ONES[p] ?? 0;
    else return null;
  }
  return n + half;
}

export function parseOrdinal(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/, '-');
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (digits) return Number(digits[1]);
  return ORDINALS[s] ?? null;
}

export const ORDINAL_WORD = `(?:${Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('-', '[- ]'))
  .join('|')}|\\d{1,2}(?:st|nd|rd|th))`;

/** Calendar units, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';

export function unitCode(word: string): 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('day')) return 'D';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('decade')) return 'DE';
  if (w.startsWith('centur')) return 'CE';
  return 'Y';
}

/** TIMEX3 duration for `n` units: P35Y, P2.5Y, PT24H, P10Y for a decade, PXY for "several years". */
export function durationValue(n: number | 'X', unit: ReturnType<typeof unitCode>): string {
  if (n === 'X') {
    const code = { S: 'TXS', MIN: 'TXM', H: 'TXH', D: 'XD', W: 'XW', WE: 'XWE', M: 'XM', Q: 'XQ', Y: 'XY', DE: 'XDE', CE: 'XCE' }[unit];
    return `P${code}`;
  }
  const num = (k: number): string => String(Math.round(n * k * 1000) / 1000);
  // TBAQ-cleaned writes a fraction in the next smaller unit: "2 1/2 years" P2Y6M, "5 1/2 hours"
  // PT5H30M, "a minute and a half" PT1M30S (3 of 3); units with no whole sub-unit keep the decimal.
  if (!Number.isInteger(n)) {
    const scaled = unit === 'DE' ? n * 10 : unit === 'CE' ? n * 100 : n;
    const mixed = mixedValue(scaled, unit === 'DE' || unit === 'CE' ? 'Y' : unit);
    if (mixed) return mixed;
  }
  switch (unit) {
    case 'S':
      return `PT${num(1)}S`;
    case 'MIN':
      return `PT${num(1)}M`;
    case 'H':
      return `PT${num(1)}H`;
    case 'DE':
      return `P${num(10)}Y`;
    case 'CE':
      return `P${num(100)}Y`;
    default:
      return `P${num(1)}${unit}`;
  }
}

const SUB_UNIT: Partial<Record<string, [string, number, string, boolean]>> = {
  Y: ['Y', 12, 'M', false],
  D: ['D', 24, 'H', false],
  H: ['H', 60, 'M', true],
  MIN: ['M', 60, 'S', true],
};

/** `n` units as whole units plus a whole number of the next smaller unit, or null when that is not exact. */
function mixedValue(n: number, unit: string): string | null {
  if (Number.isInteger(n)) return `P${n}${unit}`;
  const sub = SUB_UNIT[unit];
  if (!sub) return null;
  const [code, per, subCode, timeOnly] = sub;
  const whole = Math.floor(n);
  const rest = Math.round((n - whole) * per * 1000) / 1000;
  if (!Number.isInteger(rest)) return null;
  const head = whole > 0 ? `${whole}${code}` : '';
  // Hours and minutes sit after the T; a day's hours start it ("P1DT12H").
  if (timeOnly) return `PT${head}${rest}${subCode}`;
  return unit === 'D' ? `P${head}T${rest}${subCode}` : `P${head}${rest}${subCode}`;
}

/** Capitalised words that are names, not times, when they precede a weekday or month. */
export const NAME_BEFORE_WEEKDAY = /\b(?:Good|Holy|Bloody|Black|Cyber|Maundy|Palm|Easter|Ash|Man|Girl|Super|Patch|Giving|Bowl|Shrove|Fat)\s+$/;

/**
 * What turns a day of the year into the name of an event when it stands right before it: "the
 * September 11 attacks", "the July 7 London bombings", "the January 25 revolution" (up to two
 * words between, none a number or function word, so "On March 3 two attacks…" is still a date).
 * "anniversary" is left out on purpose: "the September 11 anniversary" is this year's observance,
 * a date of the story.
 */
export const NAMED_EVENT_AFTER =
  /^(?:\s+(?!(?:the|a|an|of|in|on|at|to|and|or|by|for|with|after|before|when|as|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many)\b)[\p{L}-]+){0,2}?\s+(?:attacks?|bombings?|massacres?|shootings?|killings|hijackings|riots?|uprising|revolution|coup|terror\s+attacks?)\b/iu;

/**
 * "in that March", "That April, …": a month of the year the story told before (month-name finds it,
 * resolve-relative gives it that year). Only after a preposition or opening a sentence, since "said
 * that April sales fell" is a conjunction before a month.
 */
export const THAT_BEFORE = /(?:\b(?:in|by|of|during|until|till|through|since|from|before|after)\s+|(?:^|[.!?]\s+|\n))that\s+(?:same\s+)?$/i;
