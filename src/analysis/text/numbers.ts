import { CURRENCY_CODES, GLUED_CURRENCY, LETTER_BEFORE, SCALE_AFTER, TO_THE_CENT } from './currency-codes.ts';
import { SPACED_DECIMAL } from './spaced-decimal.ts';
import { normalizeChars } from './normalize.ts';

/** A quantity written in digits or words, with its UTF-16 span in the text. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** True for a bare four-digit 1800–2100 integer written in digits: read as a year, not a count. */
  year: boolean;
}

/**
 * A table keyed by words of the text, with no prototype: `"constructor" in SMALL` was true, and read
 * "the constructor of the tower" as a number.
 */
const wordTable = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, entries);

/** Number words up to nineteen, and the tens: shared with the time tagger's vocabulary (time/words.ts). */
export const SMALL: Record<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
export const TENS: Record<string, number> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Record<string, number> = wordTable({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
  tn: 1e12,
  // Indian English: "Rs 5 lakh" is 500,000, "₹2,500 crore" 25 billion.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/**
 * What may follow a decimal comma: a scale (`SCALES`), a currency's word (`CURRENCY_CODES`, and the
 * continental ones that table has no code for), or a unit of measure.
 */
const DECIMAL_COMMA_UNITS = [
  ...Object.keys(SCALES).map((w) => `${w}s?`),
  'mln',
  ...new Set([...CURRENCY_CODES.values()].filter((w) => /^\p{L}+$/u.test(w))),
  'euros?|eur|lire|złoty|lei|forints?|kuna|korun[ay]?|kron(?:a|or|er|e)|real|dollars?|pounds?|yen',
  'km|kilomet(?:re|er)s?|metres?|meters?|m|cm|mm|kg|kilos?|kilogrammes?|kilograms?|tons?|tonnes?|t|ha|hectares?|litres?|liters?|l|degrees?|hours?|minutes?|seconds?|points?',
].join('|');

/**
 * A decimal comma, as continental European text and its machine translations write one ("1,2 million
 * vehicles", "4,5 lira per litre", "3,5 %"): one or two digits after the comma, never a thousands group,
 * and only before a scale, a unit or a currency, as "rooms 1,2 and 3" lists two. Groups of thousands
 * parted by points ("1.200.000"), two or more of them, are no decimal either (`POINT_THOUSANDS`).
 */
const DECIMAL_COMMA = String.raw`(?<![\d,.])\d{1,3},\d{1,2}(?![\d,.])(?=\s?(?:%|per\s?cent|percent|${DECIMAL_COMMA_UNITS})\b|\s?[%€$£])`;
const POINT_THOUSANDS = String.raw`(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?![\d,.])`;
/**
 * A figure's digits as English writes them: a decimal comma as a point ("4,5" → "4.5") and thousands
 * parted by points with commas ("1.200.000" → "1,200,000"); other text as it is.
 */
export function asEnglishDigits(text: string): string {
  return text.replace(/(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,.])/, '$1.$2').replace(new RegExp(POINT_THOUSANDS), (m) => m.replace(/\./g, ','));
}

/** Words, digit groups and currency signs; numbers are assembled from these. */
// ".519" (a winning percentage, a batting average) is a figure; "5.9" and "1,000.5" as usual, and
// "10,00,000" grouped the Indian way (lakhs and crores) as 1,000,000. Text
// rebuilt from tokens spaces its separators ("a magnitude-5. 9 quake", "1, 500 houses"): the same
// figures, as the sentence splitter reads them (`spaced-decimal.ts`). South African, Canadian and
// metric style groups thousands with a space ("about 5 000 residents", a narrow space normalised).
// Its groups are three digits, the first one to three: "in 2019 1 200 people" is 2019, then 1,200.
// Decimal commas and points parting thousands as above. A run of digits that opens a code of letters
// and digits ("1K62") is no figure, though one of a size's is ("40x30x20cm").
const TOKEN = new RegExp(
  String.raw`[¼½¾⅓⅔⅛⅜⅝⅞]|${DECIMAL_COMMA}|${POINT_THOUSANDS}|(?<![\w.])\.\d+|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|${SPACED_DECIMAL.source}|(?<![\d,])\d{1,3}(?:, \d{3})+(?![\d,])|(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?(?!(?![xX]\d)[A-Za-z]+\d)|[A-Za-z]+`,
  'g',
);

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Things counted in millions: after one of these, a glued "m" is a scale, not metres ("over 2m
 * Windows users", "3.5m people"; "a 5m fall", "the 100m final" stay distances). One name may come
 * between ("2m Windows users").
 */
const COUNTED =
  /^\s+(?:\p{Lu}\w*\s+)?(?:people|users|customers|viewers|homes|households|children|voters|residents|visitors|passengers|subscribers|copies|computers|jobs|workers|members|fans|downloads|barrels|tonnes|tons|doses|patients|students|refugees|followers|accounts|devices|readers|listeners|deaths|cases|shares|pounds|dollars|euros)\b/u;
const countedMillions = (suffix: Tok, text: string) => suffix.lower === 'm' && COUNTED.test(text.slice(suffix.end, suffix.end + 40));

const INDIAN_SCALES = new Set(['lakh', 'lakhs', 'crore', 'crores']);

export function isNumberWord(lower: string): boolean {
  // "twenty-one", "thirty-five": a hyphenated compound of number words is one.
  if (lower.includes('-')) return lower.split('-').every((part) => part !== '' && isNumberWord(part));
  return (
    lower in SMALL ||
    lower in TENS ||
    lower === 'hundred' ||
    lower === 'thousand' ||
    lower === 'million' ||
    lower === 'billion' ||
    lower === 'trillion' ||
    lower === 'dozen'
  );
}

/** What comes before a decade of life: "in her", "in his early", "in their mid-". */
export const LIFE_DECADE_BEFORE = /\bin\s+(?:his|her|their|its)\s+(?:(?:early|late)\s+|mid-?\s*)?$/i;

const FEW_OF_SCALE = /^a\s+(couple|few)\s+(?:of\s+)?(hundred|thousand|million|billion)\b/i;

const VULGAR: Record<string, number> = wordTable({ '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 });

/**
 * The fraction that completes a whole number ending at `at`: a vulgar fraction glued to it ("4½"),
 * a proper fraction of halves, thirds, quarters or eighths after a space or hyphen ("4 1/2",
 * "2-1/2"), or "and a half". "24/7" and "9/11" are not fractions (the slash follows the whole
 * number itself), nor is "3 11/12".
 */
function fractionAfter(text: string, at: number): { value: number; end: number } | undefined {
  const rest = text.slice(at, at + 16);
  const glued = /^[¼½¾⅓⅔⅛⅜⅝⅞]/.exec(rest);
  if (glued) return { value: VULGAR[glued[0]]!, end: at + 1 };
  const slashed = /^[\s-](\d)\/(\d)(?![\d/])/.exec(rest);
  if (slashed && Number(slashed[1]) < Number(slashed[2]) && '2348'.includes(slashed[2]!))
    return { value: Number(slashed[1]) / Number(slashed[2]), end: at + slashed[0].length };
  const half = /^\s+and\s+a\s+half\b/i.exec(rest);
  if (half) return { value: 0.5, end: at + half[0].length };
  return undefined;
}

/** "half a million", "a quarter of a billion", "three quarters of a million", "half a dozen" (12, the one scale `SCALES` lacks). */
const SCALE_SHARE =
  /^(?:(?:an?|one|(?<count>two|three))[\s-]+)?(?<part>half|quarters?|thirds?)\s+(?:of\s+)?an?\s+(?<scale>dozen|hundred|thousand|million|billion|trillion)\b/i;
const SHARES: Record<string, number> = wordTable({ half: 0.5, quarter: 0.25, third: 1 / 3 });
/**
 * "half a kilometre", "a quarter of a mile", "three quarters of a tonne": a fraction of one unit of
 * measure, the 500 metres of another report. The figure is the fraction; the unit is read after it.
 */
const UNIT_SHARE =
  /^(?:(?:a|one|(?<count>two|three))[\s-]+)?(?<part>half|quarters?|thirds?)\s+(?:of\s+)?an?(?=\s+(?:miles?|kilometres?|kilometers?|km|metres?|meters?|tonnes?|tons?|litres?|liters?|gallons?|kilos?|kilograms?|acres?|hectares?|inch(?:es)?|foot|feet)\b)/i;

/** Kept apart from `SMALL`: they stand alone and never build a larger number ("twice hundred"). */
const MULTIPLICATIVES: Record<string, number> = wordTable({ twice: 2, thrice: 3 });

/**
 * Letters glued to a figure that still leave it a quantity: ordinals and decades ("3rd", "1990s"),
 * clock times ("7pm") and units ("5km", "9mm", "24h", "4x4", British papers' "7pc"). Scales ("2bn", "10k") are read above.
 */
const GLUED_SUFFIXES = new Set(
  'st nd rd th s am pm a p km kg mm cm m ft mph kmh kph lb lbs g mg ml l mw kw gw kwh mwh gwh twh kv v gb mb tb hz ghz x h hr hrs min mins sec ha mi yd oz c f pc'.split(
    ' ',
  ),
);

/** Words that a figure may be hyphened to and stay a figure ("mid-1990s", "top-10", "under-21", "magnitude-5.9"). */
const NUMBER_PREFIXES = new Set('mid pre post late early top under over non anti ex sub magnitude'.split(' '));

const STREET_WORDS = 'St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Pl|Place|Dr|Drive|Lane|Ln|Terrace|Way';
/** The word after a numbered street's ordinal: the "Street" of "East 223rd Street". */
export const STREET_WORD = new RegExp(`^(?:${STREET_WORDS})$`);
/** A numbered street's ordinal ending and street word: "52nd St.", "5th Avenue". */
const STREET = new RegExp(`^(?:st|nd|rd|th)\\s+(?:${STREET_WORDS})\\b`);

/** "N450 million", "P50M", "R18.67": a currency's letter glued before a figure and its scale or its cents (`LETTER_CURRENCIES`). */
function letterSum(text: string, t: Tok): boolean {
  return (
    LETTER_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) &&
    (SCALE_AFTER.test(text.slice(t.end, t.end + 12)) || TO_THE_CENT.test(text.slice(t.start, t.end)))
  );
}

/**
 * A figure inside a word is part of a name, not a count: "76ers", "49ers", "G8", "A380", "Covid19".
 * Read as a number, "Philadelphia 76ers" made every pair of sentences about that team share a
 * telling figure (76).
 */
function isPartOfWord(text: string, t: Tok, next: Tok | undefined): boolean {
  if (/\p{L}/u.test(text[t.start - 1] ?? '') && !GLUED_CURRENCY.test(text.slice(Math.max(0, t.start - 5), t.start)) && !letterSum(text, t)) return true;
  // "AK-47", "F-16", "Covid-19": a figure hyphened to a word names a thing; "mid-1990s", "pre-2008"
  // and "top-10" are the prefixes that still leave a figure.
  const hyphened = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, t.start - 12), t.start));
  if (hyphened && !NUMBER_PREFIXES.has(hyphened[1]!.toLowerCase())) return true;
  // "on E. 52nd St.", "Fifth Avenue": a numbered street is part of an address, and two sentences on
  // one street share no figure (a riot story's "E. 52nd St." had linked two accounts of that night).
  if (STREET.test(text.slice(t.end, t.end + 16))) return true;
  return next !== undefined && next.start === t.end && !GLUED_SUFFIXES.has(next.lower) && !(next.lower in SCALES) && !(next.text in VULGAR);
}

/** The centuries a year told in words opens with: "nineteen fifty-eight", "twenty twelve", "eighteen sixty-five". */
const CENTURIES: Record<string, number> = wordTable({ eighteen: 18, nineteen: 19, twenty: 20 });

/**
 * A year told as spoken, the century's words then the year's ("in nineteen fifty-eight", "since twenty
 * twelve"), as broadcast transcripts write them: no count is said so ("twenty two" is 22, "nineteen
 * fifty" only ever a year). Read as a sum, "nineteen fifty-eight" had been 77 of nothing. Not before
 * "years" or "-year-olds": "nineteen twenty-year-olds" counts people.
 */
function spokenYear(text: string, toks: Tok[], i: number): { value: number; end: number; next: number } | undefined {
  const [c, y, unit] = [toks[i]!, toks[i + 1], toks[i + 2]];
  const century = CENTURIES[c.lower];
  if (century === undefined || !y || !/^ +$/.test(text.slice(c.end, y.start))) return undefined;
  let value = TENS[y.lower] ?? ((SMALL[y.lower] ?? 0) >= 10 ? SMALL[y.lower] : undefined);
  if (value === undefined) return undefined;
  let [end, next] = [y.end, i + 2];
  // "fifty-eight": the year's tens and its unit, hyphened.
  if (y.lower in TENS && unit && text.slice(y.end, unit.start) === '-' && (SMALL[unit.lower] ?? 10) < 10) {
    value += SMALL[unit.lower]!;
    [end, next] = [unit.end, i + 3];
  }
  if (/^[\s-]*years?\b/i.test(text.slice(end, end + 8))) return undefined;
  return { value: century * 100 + value, end, next };
}

/**
 * Finds quantities: "35", "1,000", "2.5", "2.5 million", "$2bn", "two", "twenty-five",
 * "two and a half", "a dozen", "three hundred and twelve". Ordinals ("first") are left alone:
 * "the first meeting" states a rank, and treating it as 1 made "first"/"one" look equal.
 */
export function findNumbers(input: string): NumberMention[] {
  const text = normalizeChars(input);
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) toks.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const out: NumberMention[] = [];
  // Words in a number may be joined by a space or a hyphen ("twenty-five"), nothing else.
  const adjacent = (a: Tok, b: Tok) => /^[\s-]+$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (/^\.?\d/.test(t.text)) {
      if (isPartOfWord(text, t, toks[i + 1])) {
        i++;
        continue;
      }
      // A decade ("the 1950s") is neither the year 1950 nor 1,950 of anything: read as one, "began
      // modelling in 1950" shared a telling figure with "outraged Americans in the 1950s". Left to
      // the words, it matches only another "1950s".
      if (/^\d{3}0$/.test(t.text) && toks[i + 1]?.start === t.end && toks[i + 1]!.lower === 's') {
        i += 2;
        continue;
      }
      let value = Number(
        asEnglishDigits(t.text)
          .replace(/,|(?<=\.) /g, '')
          .replace(/ /g, ''),
      );
      let end = t.end;
      let j = i + 1;
      const next = toks[j];
      // "2.5 million", "$2bn" (no space), "10k".
      if (next && next.lower in SCALES && next.lower !== 'hundred' && (next.start === t.end || adjacent(t, next))) {
        // Glued one-letter suffixes are scales only after a currency sign: "$91m" is money, "100m" a distance.
        const currency =
          /[$£€₹₦₱₵¢]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) ||
          GLUED_CURRENCY.test(text.slice(Math.max(0, t.start - 5), t.start)) ||
          letterSum(text, t) ||
          /^\s+(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?)\b/i.test(text.slice(next.end, next.end + 10));
        const glued = next.start === t.end;
        if ((glued && (currency || next.lower.length > 1 || countedMillions(next, text))) || (!glued && next.lower.length > 2)) {
          value *= SCALES[next.lower]!;
          end = next.end;
          j++;
        }
      }
      // A mixed number: "2-1/2", "4 1/2", "4½", "2 and a half". Read as 2 and 1/2, "2-1/2 years"
      // counted two years and disputed "two years"; no scale word comes between ("2 million 1/2").
      const part = j === i + 1 && /^\d+$/.test(t.text) ? fractionAfter(text, end) : undefined;
      if (part) {
        value += part.value;
        end = part.end;
        while (j < toks.length && toks[j]!.start < end) j++;
      }
      const year = /^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100 && end === t.end;
      if (Number.isFinite(value)) out.push({ start: t.start, end, text: text.slice(t.start, end), value, year });
      // A year that runs into the next, as financial and school years are written ("2029-30", "2025/26"):
      // two years, the second no count of 30 of anything.
      const second = toks[j];
      if (year && second && /^\d\d$/.test(second.text) && /^[-–/]$/.test(text.slice(end, second.start)) && Number(second.text) === (value + 1) % 100) {
        out.push({ start: second.start, end: second.end, text: second.text, value: value + 1, year: true });
        j++;
      }
      i = j;
      continue;
    }
    // A fraction of a scale: "half a million" is 500,000, "almost a quarter of a billion" 250 million
    // (read as "a million" and "a billion", they disputed "500,000" and "$240 million").
    const ahead = t.start === 0 || /[^\w-]$/.test(text.slice(0, t.start)) ? text.slice(t.start, t.start + 40) : '';
    const share = SCALE_SHARE.exec(ahead) ?? UNIT_SHARE.exec(ahead);
    if (share) {
      const g = share.groups!;
      const part = SHARES[g.part!.toLowerCase().replace(/s$/, '')]! * (g.count ? (SMALL[g.count.toLowerCase()] ?? 1) : 1);
      const end = t.start + share[0].length;
      const scale = g.scale ? (SCALES[g.scale.toLowerCase()] ?? 12) : 1;
      out.push({ start: t.start, end, text: share[0], value: part * scale, year: false });
      while (i < toks.length && toks[i]!.start < end) i++;
      continue;
    }
    // A fraction on its own: "½ mile".
    if (!/\d$/.test(text.slice(0, t.start)) && t.text in VULGAR) {
      out.push({ start: t.start, end: t.end, text: t.text, value: VULGAR[t.text]!, year: false });
      i++;
      continue;
    }
    // "in her seventies": a decade of someone's life, read as its first year (the age is a range, `align/quantities.ts`).
    const decade = /^(twen|thir|for|fif|six|seven|eigh|nine)ties$/.exec(t.lower);
    if (decade && LIFE_DECADE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) {
      out.push({ start: t.start, end: t.end, text: t.text, value: TENS[`${decade[1]}ty`]!, year: false });
      i++;
      continue;
    }
    // "postponed twice": a count of what the verb before it did (see `unitsOf` in align/features.ts).
    if (t.lower in MULTIPLICATIVES) {
      out.push({ start: t.start, end: t.end, text: t.text, value: MULTIPLICATIVES[t.lower]!, year: false });
      i++;
      continue;
    }
    // "a couple of hundred" is 200; "a few hundred" is no one figure. Read from "hundred" alone, both had been 100.
    const few = t.lower === 'a' ? FEW_OF_SCALE.exec(text.slice(t.start, t.start + 40)) : null;
    if (few) {
      const end = t.start + few[0].length;
      if (few[1]!.toLowerCase() === 'couple') out.push({ start: t.start, end, text: few[0], value: 2 * SCALES[few[2]!.toLowerCase()]!, year: false });
      while (i < toks.length && toks[i]!.start < end) i++;
      continue;
    }
    const spoken = spokenYear(text, toks, i);
    if (spoken) {
      out.push({ start: t.start, end: spoken.end, text: text.slice(t.start, spoken.end), value: spoken.value, year: true });
      i = spoken.next;
      continue;
    }
    const startsWithA =
      t.lower === 'a' && toks[i + 1] && ['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(toks[i + 1]!.lower) && adjacent(t, toks[i + 1]!);
    if (isNumberWord(t.lower) || startsWithA) {
      let total = 0;
      let current = startsWithA ? 1 : 0;
      let end = t.end;
      let j = startsWithA ? i + 1 : i;
      let any = false;
      while (j < toks.length) {
        const w = toks[j]!;
        if (j > i && !adjacent(toks[j - 1]!, w)) break;
        const l = w.lower;
        if (l in SMALL) current += SMALL[l]!;
        else if (l in TENS) current += TENS[l]!;
        else if (l === 'hundred') current = (current || 1) * 100;
        else if (l === 'dozen') current = (current || 1) * 12;
        // "twelve lakh rupees", "two crore": India's scales after number words too (never opening a number).
        else if (l === 'thousand' || l === 'million' || l === 'billion' || l === 'trillion' || (j > i && INDIAN_SCALES.has(l))) {
          total += (current || 1) * SCALES[l]!;
          current = 0;
        } else if (l === 'point' && any && current < 1000) {
          // "one point two billion" is 1.2 billion: digits after "point", each a word.
          let digits = '';
          let k = j + 1;
          while (k < toks.length && adjacent(toks[k - 1]!, toks[k]!) && (SMALL[toks[k]!.lower] ?? 10) < 10) digits += String(SMALL[toks[k++]!.lower]);
          if (!digits) break;
          current += Number(`0.${digits}`);
          end = toks[k - 1]!.end;
          j = k;
          continue;
        } else if (l === 'and' && any) {
          // "two and a half", "three hundred and twelve": "and" only binds to what follows.
          const n1 = toks[j + 1];
          const n2 = toks[j + 2];
          if (n1 && n1.lower === 'a' && n2 && n2.lower === 'half' && adjacent(w, n1) && adjacent(n1, n2)) {
            current += 0.5;
            end = n2.end;
            j += 3;
            continue;
          }
          const prev = toks[j - 1]!.lower;
          const afterScale = prev === 'hundred' || prev === 'thousand' || prev === 'million' || prev === 'billion';
          if (afterScale && n1 && adjacent(w, n1) && (n1.lower in SMALL || n1.lower in TENS)) {
            j++;
            continue;
          }
          break;
        } else break;
        any = true;
        end = w.end;
        j++;
      }
      if (any) {
        out.push({ start: t.start, end, text: text.slice(t.start, end), value: total + current, year: false });
        i = j;
        continue;
      }
    }
    i++;
  }
  return out;
}
