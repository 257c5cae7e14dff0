import type { NameMention } from '../text/names.ts';
import { isCountry } from '../text/aliases.ts';
import { canonicalWord, isIrregularForm, phrasalAt } from '../text/synonyms.ts';
import { stem, tokenize, type Token } from '../text/tokenize.ts';
import { CURRENCY_CODES, ENDS_IN_SCALE, EURO_PREFIX, LETTER_BEFORE, LETTER_CURRENCIES, TO_THE_CENT } from '../text/currency-codes.ts';
import { asEnglishDigits, isNumberWord, LIFE_DECADE_BEFORE, SMALL, TENS } from '../text/numbers.ts';
import { isElapsedTime } from '../time/parsers/clock-time.ts';

/** A quantity with the word it counts: "12 people" → { value: 12, unit: 'peopl' }. */
export interface Quantity {
  value: number;
  text: string;
  /** Where the figure starts in the claim. */
  start?: number;
  /** Canonical stems of the next content words, where the counted noun is (or `percent`, `$`, `age`, `degree`); empty when none. */
  units: string[];
  /** The first unit word as written ("hours"), for messages; '' when none. */
  unitText: string;
  /**
   * The values the text allows: "about 860,000" → [731,000, 989,000], "more than 300" → (300, ∞),
   * "34.2%" → its rounding. Two reports conflict only when these ranges do not meet.
   */
  range: [number, number];
  /** The whole of a part ("seven of nine counts": nine), which says nothing about the part's count. */
  total: boolean;
  /** A part's whole ("seven of nine counts": 9): parts of two different wholes count different things. */
  whole?: number;
  /** What the figure is about beyond its unit: see `SentenceFeatures.dateContexts`. */
  context: string[];
  /** Joined to its unit before a noun ("a 150-seat parliament"): it describes the noun, it counts no seats. */
  attributive: boolean;
  /** What a rate is per, beside a period (`per`): "5.3 tons per hectare" → hectar, "$35 a share" → share. */
  perThing?: string;
  /** The unit of area a rate is per ("per hectare": `hectare`), so that one per acre compares with it (`areaFactor`). */
  perArea?: string;
  /**
   * Told of the members of a group the sentence counted before it, each or most of them: "165 districts
   * …, most of them enrolling fewer than 1,000 students" tells of the districts, not of the one district
   * another report says "enrolls more than 1,100 students".
   */
  ofMembers?: true;
  /**
   * A limit, target or threshold a figure is set against, not a measure of what happened: "exceeded the
   * limit of 50 micrograms", "below the target of 92.5%", "the 150-microgram alarm level". No slot with
   * a reading told plainly ("The monitor shows 268 micrograms").
   */
  standard?: true;
  /**
   * Told in a sentence that names its subject the highest, lowest or worst of several parts ("the
   * highest of any of Scotland's 32 councils", "the worst service on the network", "the worst-hit
   * region"): that part's figure, not the whole's ("Scottish households recycled 46.2%"). `other`: a
   * superlative of another kind ("The busiest day was Saturday", "most of the timetable").
   */
  extreme?: 'part' | 'other';
  /**
   * The name a figure is told of, right before it: "Denbighshire closed 41 schools and Flintshire 12",
   * "The Werribee line managed 84.0 per cent". One event measured in many places gives each its own
   * figure, and two places' figures are two slots.
   */
  place?: string;
  /**
   * Where a share is told of, within its own clause (`shareFrame`): a named place ("values in
   * Manchester fell 18.5 per cent"), `NATIONAL` ("Nationally, 62% of pupils", "Across the UK") or
   * `LOCAL` ("Across the county, 82.6 per cent"). A statistic's release gives one share for the
   * country and others for its parts, and two places' shares are two slots.
   */
  scope?: string;
  /** The period a share's change is told over (`shareFrame`): "year", "quarter", "month". */
  over?: string;
  /** A sum paid to each of a group ("€1.5m to each of the two women", "$500 apiece", "Each member paid €20"): not the group's total. */
  each?: true;
  /**
   * A sum per share ("£3.12 a share", "321p for each share", "an 830p-a-share proposal", "Earnings per
   * share were $2.71"): an offer or a price, never the deal's total nor the shares' market value told
   * without it ("closed up 33 per cent at 301p").
   */
  perShare?: true;
  /** A rate's period in days ("90 crowns a month": 30.4), so it compares with the same rate per year. */
  per?: number;
  /** A physical measure's dimension and the factor to its base unit ("200ft": length, 0.3048 m), so "60m" compares with it. */
  measure?: { dimension: Dimension; factor: number; offset?: number };
  /**
   * What befell a count of people, as the content words after its verb: "37 people suffered burns" →
   * suffer, burn; "12 people were injured" → injur. It counts what the other side may count by
   * that word ("39 burn injuries").
   */
  befell?: string[];
  /** What befell a count of things, by its verb's canonical stem: "38 flights were cancelled" → cancel (`thingFate`). */
  fate?: string;
  /**
   * Set when the figure is no count to dispute: a clock time, a rank, a time ago (see `notACount`) or a
   * conversion of the figure before it. It still tells the similarity what the sentence states.
   */
  notCount?: true;
  /**
   * Told as an earlier count the report has moved past: "Earlier the emergency services said eight
   * people had been hurt", "An earlier post had put the number at 45". A report that gives the old
   * figure as old disputes nothing with another report's new one.
   */
  superseded?: true;
  /** The dead "at the scene" or "on the spot": a part of a toll, which those who died later in hospital complete. */
  scene?: true;
  /**
   * What a sum told before its noun prices, as a canonical stem: "a $78,000 car" → car. Such a sum is
   * that thing's price, not any sum the other report tells ("paid back about $40,000").
   */
  priceOf?: string;
  /** A bracketed conversion of the figure before it ("150 million pounds ($197 million)"): the same figure restated. */
  conversion?: true;
  /** An increment ("a further 3.8 percent", "five more people"): its unit is a change's, but it adds to a level of the plain unit. */
  increment?: true;
  /** A span between two moments the sentence tells ("arrested at 17:44, seven minutes after the first call"), in minutes. */
  lapse?: number;
  /**
   * The level a baseline changed to, where its sentence tells it ("41 per cent would recommend it, down
   * from 49 per cent"; "from £210,000 to £260,000"): a baseline is that figure's, not any the sentence holds.
   */
  level?: Quantity;
  /**
   * The noun a long noun phrase after the figure ends in, where its first two words (`units`) do not
   * reach it: "5,120 grey seal pups" counts pups, as "5,210 pups" does. A canonical stem.
   */
  head?: string;
  /** Whose age an age is ("Rahman, 36," / "the 32-year-old Klitschko"): a name key; ages of two people are two slots. */
  owner?: string;
  /**
   * The role an age's owner is named by, where one stands beside the age or the name ("The pilot, 36," /
   * "The pilot, Captain Nathan Koim, 38,"): a canonical stem. One role's ages are one person's, named or not.
   */
  role?: string;
  /**
   * An unnamed person's age, by the capitalised word that describes them ("a 36-year-old Australian
   * climber" / "a 32-year-old British climber"): two such ages of differently described people are
   * two people's, not one age two reports dispute.
   */
  describedAs?: string;
  /** An unnamed person's age by the word for them ("a 12-year-old boy": `boy`): a boy's age and a man's are two people's. */
  agedPerson?: 'boy' | 'girl' | 'man' | 'woman';
  /**
   * A bound the text puts on the figure, as written: "at least 27", "more than 300" (`above`), "up to
   * 230", "fewer than 10" (`below`). Two bounds of one side with different figures are two tolls.
   */
  bound?: { side: 'above' | 'below'; words: string };
  /** A score's or a tally's two figures as written ("4-2": [4, 2]); `value` encodes the pair, the larger first. */
  pair?: [number, number];
  /** Told by its order of magnitude ("hundreds of", "several thousand"): any value of `range` is it. */
  vague?: true;
}

/**
 * The quantity the number at `tokens[i]` states, read from `claim` (the sentence without its
 * attribution frame): what it counts, the values it allows, whether it is a total, a rate, a measure,
 * someone's age, or no count at all. `previous` is the sentence's quantity before it, which ends at
 * `previousEnd`; "seven of nine counts" gives the part its total's unit. `context` is the content
 * words beside it (see `SentenceFeatures.dateContexts`).
 */
export function readQuantity(
  claim: string,
  tokens: readonly Token[],
  i: number,
  names: NameMention[],
  context: string[],
  previous: Quantity | undefined,
  previousEnd: number,
): Quantity {
  const t = tokens[i]!;
  // Long enough to see past a span to the word that makes it a time: "… claim less than a fortnight after".
  const after = claim.slice(t.end, t.end + 64);
  const read = unitsOf(claim, tokens, i);
  // "minus 20C", "-4F": a temperature below zero keeps its sign ("20C vs 4F" had been invented for one cold).
  // "40 degrees below zero", "10 below freezing" are "minus 40", "minus 10".
  const below = TEMPERATURE_UNITS.has(read[0] ?? '') && (MINUS.test(claim.slice(Math.max(0, t.start - 7), t.start)) || BELOW_ZERO.test(after));
  const value = below ? -t.value! : t.value!;
  // "110 billion euros ($143 billion)", "seven km (4 miles)": a conversion restates the figure before
  // it at the writer's rate, and two outlets' conversions differ when their facts do not.
  const conversion = previous !== undefined && CONVERSION.test(claim.slice(previousEnd, t.start));
  // "the 108th minute", "its 11th straight win": a rank counts nothing, but two ranks of one thing
  // compare ("108th vs 109th minute"), never with a count ("11th round" / "six rounds").
  const ordinal = /^(?:st|nd|rd|th)\b/i.exec(after)?.[0];
  const notCount = (!ordinal && notACount(claim, t.start, after)) || conversion;
  const owner = ageOwner(claim, t, after, names);
  const place = placeBefore(claim, t, names);
  // "Six people were wounded, two of them seriously": "of them" and an adverb alone read as people, who are
  // the six's ("five of whom were taken to hospital" tells its own fate, and compares with "six were taken").
  const ofPeople = read.length === 1 && read[0] === 'peopl' && PEOPLE.has(previous?.units[0] ?? '') && OF_THEM_HOW.test(after);
  const partOfPrevious = (!read.length || ofPeople) && !!previous?.units.length && !previous.notCount && OF_THEM.test(after);
  const numberOf = read.length ? undefined : countedBefore(claim.slice(Math.max(0, t.start - 160), t.start));
  // "two men, aged 41 and 23": the last of a list of ages is an age too, though a verb follows it ("aged 14, 15 and 17 were held").
  const listedAge =
    (!read.length || (read[0] === 'peopl' && /^\s+(?:were|was|are|have|had)\b/.test(after))) &&
    previous?.units[0] === 'age' &&
    /^\s*(?:,\s*)?(?:and\s+)?$/.test(claim.slice(previousEnd, t.start));
  const counted =
    owner?.apposition || listedAge
      ? ['age']
      : numberOf
        ? numberOf.units
        : !read.length && TOLL_BEFORE.test(claim.slice(Math.max(0, t.start - 140), t.start))
          ? [DEATHS]
          : // "412 people were treated, and 97 of them were admitted": the part counts what the figure before it counts.
            partOfPrevious
            ? previous!.units
            : // "Two people were killed and 12 others injured": the others are people too; so are "More than
              // 80 others were injured" with no count before them, people counted by what befell them.
              read[0] === 'other' && PEOPLE.has(previous?.units[0] ?? '')
              ? [previous!.units[0]!, ...read.slice(1)]
              : read[0] === 'other' && othersBefallen(after)
                ? ['peopl', ...read.slice(1)]
                : // "cut the wait from 47 days to 29": the level now counts what the level before it did.
                  !read.length &&
                    previous?.units[0]?.startsWith(BASELINE) &&
                    /^\s*(?:[\p{L}%]+\s+){0,3}to\s+[$£€¥₹]?\s?$/iu.test(claim.slice(previousEnd, t.start))
                  ? previous.units.map((u) => u.slice(BASELINE.length))
                  : (membersOf(claim.slice(Math.max(0, t.start - 40), t.start), read) ?? read);
  // "five more people", "another five", "a further 12": an increment on a count, another slot than the count.
  // …and so is a change ("rose by £400m") or the level it started from ("up from £3.7bn") beside the level now.
  const lead = claim.slice(Math.max(0, t.start - 30), t.start);
  const margin = MARGIN_BEFORE.test(claim.slice(Math.max(0, t.start - 90), t.start));
  const increment =
    INCREMENT_AFTER.test(after) ||
    INCREMENT_BEFORE.test(lead) ||
    GAP_AFTER.test(claim.slice(t.end, t.end + 64)) ||
    (MARGIN_AFTER.test(after) && !LEFT_BEHIND.test(lead) && !AHEAD_OF_EVENT.test(claim.slice(t.end, t.end + 64)));
  // An age is no change, whatever words stand before it ("aged from 21 to 47").
  const role =
    read[0] === 'age'
      ? ''
      : increment || CHANGE_BEFORE.test(lead) || margin
        ? CHANGE
        : BASELINE_BEFORE.test(claim.slice(Math.max(0, t.start - 60), t.start)) || (/\bfrom\s+[$£€¥₹]?\s?$/i.test(lead) && TO_AFTER.test(after))
          ? BASELINE
          : LOOKBACK_BEFORE.test(lead)
            ? LOOKBACK
            : // "Two of the injured are in a serious condition" counts some of the nine hurt, not all of them;
              // two such parts compare ("four of the injured" / "three of whom remain in a serious condition").
              PART_AFTER.test(after) ||
                OTHER_BEFORE.test(lead) ||
                ALL_BUT_BEFORE.test(lead) ||
                besideOneNamed(lead, counted) ||
                partOfPrevious ||
                ofTheBefallen(tokens, i)
              ? PART
              : '';
  // "321p a share" is "£3.21 a share": pence are hundredths of a pound, as the other outlet may write them.
  const pence = !ordinal && !role && counted[0] === PENCE;
  const units = ordinal
    ? counted.slice(0, 1).map((u) => `${RANK}${u}`)
    : role
      ? (counted.length ? counted : ['']).map((u) => `${role}${u}`)
      : pence
        ? ['£']
        : counted;
  // Words of the figure's own clause: "adults aged 75 and over, 29 per cent" has no floor.
  const clauseStart = claim.slice(0, t.start).search(/[,;:(][^,;:(]*$/) + 1;
  const before = tokens
    .slice(Math.max(0, i - 3), i)
    .filter((x) => x.start >= clauseStart)
    .map((x) => x.norm)
    .join(' ');
  // "seven of nine counts", "28 of his 68 punches", "10 of the Saints' 16 games": the second figure is the whole.
  const ownerBefore = /\bthe\s+[\p{L}.]+['’]s?\s+$/u.test(claim.slice(Math.max(0, t.start - 40), t.start));
  const of = ownerBefore ? i - 3 : POSSESSIVES.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  // Not after a "one" that is a pronoun (`PRONOUN_ONE`), which counts the whole: "Every one of the
  // city's seven monitoring stations" counts seven stations.
  const part = of >= 1 ? tokens[of - 1] : undefined;
  const pronoun = part?.value === 1 && PRONOUN_ONE.test(claim.slice(Math.max(0, part.start - 8), part.start));
  const total = !!part && tokens[of]!.norm === 'of' && part.value !== undefined && !pronoun;
  // The part counts what its total counts: "seven of nine counts" is seven counts.
  if (total && previous && !previous.units.length) {
    previous.units = units;
    previous.unitText = units.length ? unitWord(tokens, i) : '';
  }
  if (total && previous) previous.whole = value;
  const decade = units[0] === 'age' && decadeOfLife(claim, t);
  // "children aged 24 months" are two years old: an age in months compares in years; pence compare in pounds.
  const perUnit = units[0] === 'age' && /^[\s-]*months?\b/i.test(after) ? 12 : pence ? 100 : 1;
  const andOthers =
    (AND_OTHERS.test(before) && OTHER_AFTER.test(after)) || (ONE_AND.test(before) && PEOPLE.has(units[0] ?? '')) || nextOneAfter(claim.slice(t.end), value)
      ? 1
      : 0;
  return {
    value: value / perUnit,
    text:
      (below ? (/^\d/.test(t.text) ? '-' : 'minus ') : '') +
      (ordinal ? t.text + ordinal : t.text) +
      (decade && /\d$/.test(t.text) ? 's' : '') +
      (perUnit === 12 ? ' months' : ''),
    start: t.start,
    units,
    unitText:
      (partOfPrevious ? previous!.unitText : undefined) ??
      SCALES[units[0] ?? ''] ??
      poweredUnit(claim.slice(t.end, t.end + 24))?.written ??
      (units[0] === NAUTICAL_MILE ? 'nautical miles' : undefined) ??
      (units[0] === PERCENTAGE_POINT || units[0] === BASIS_POINT ? POINTS.exec(claim.slice(t.end, t.end + 24))![0].trim() : undefined) ??
      (units.length ? (gluedUnit(claim.slice(t.end, t.end + 12)) ?? unitWord(tokens, i)) : ''),
    range: decade
      ? [value, value + 9]
      : floorOfWholeUnits(
          rangeOf(value, t.text, before, HEDGE_AFTER.test(after)).map((x, k) => x / perUnit + (k === 1 ? andOthers : 0)) as [number, number],
          value,
          units[0],
          before,
        ),
    ...boundOf(before),
    total,
    context,
    attributive: /^-[a-z]+[\s-]+[a-z]/i.test(after) && units.length > 1,
    ...periodOf(after),
    ...lapseOf(value / perUnit, units[0], after),
    ...perThingOf(after),
    ...(place ? { place } : {}),
    ...(units[0]?.endsWith(PERCENT) ? shareFrame(claim, t, names) : {}),
    ...(OF_MEMBERS.test(claim.slice(Math.max(0, t.start - 50), t.start)) ? { ofMembers: true as const } : {}),
    ...(STANDARD_BEFORE.test(claim.slice(Math.max(0, t.start - 40), t.start)) || STANDARD_AFTER.test(after) ? { standard: true as const } : {}),
    ...(EXTREME_PART.test(claim) ? { extreme: 'part' as const } : SUPERLATIVE.test(claim) ? { extreme: 'other' as const } : {}),
    ...(MONEY.has(units[0] ?? '') && (PER_SHARE_AFTER.test(after) || PER_SHARE_BEFORE.test(claim.slice(Math.max(0, t.start - 40), t.start)))
      ? { perShare: true as const }
      : {}),
    ...(MONEY.has(units[0] ?? '') && (toEach(after) || EACH_BEFORE.test(claim.slice(Math.max(0, t.start - 40), t.start))) ? { each: true as const } : {}),
    ...(units[0] && MEASURES.has(units[0]) ? { measure: perHour(MEASURES.get(units[0])!, after) } : {}),
    ...(owner?.key && units[0] === 'age' ? { owner: owner.key } : {}),
    ...(owner?.role && units[0] === 'age' ? { role: owner.role } : {}),
    ...(!owner?.key && units[0] === 'age' && DESCRIBED.test(after) ? { describedAs: DESCRIBED.exec(after)![1]!.toLowerCase() } : {}),
    ...(!owner?.key && units[0] === 'age' ? agedPersonOf(after, claim.slice(Math.max(0, t.start - 24), t.start)) : {}),
    ...(notCount ? { notCount: true as const } : {}),
    ...(conversion ? { conversion: true as const } : {}),
    ...pricing(claim, tokens, i, units),
    ...(increment && !ordinal ? { increment: true as const } : {}),
    ...(units.length === 2 && !role && !ordinal && !MEASURES.has(units[0]!) && !MONEY.has(units[0]!) ? headOf(claim, tokens, i, units) : {}),
    ...(units[0] && PEOPLE.has(units[0]) ? { befell: numberOf?.befell ?? befell(claim, tokens, i, fateBefore(tokens, i)) } : {}),
    ...(units[0] && !PEOPLE.has(units[0]) ? thingFate(claim, tokens, i) : {}),
  };
}

/**
 * What befell a count of things, told by its verb: "38 flights were cancelled", "cancelled 42
 * flights", "14 homes had been destroyed" (`Quantity.fate`). Two reports' counts of one fate of one
 * thing are the story's headline figures as a toll is, however else they word the sentence.
 */
function thingFate(claim: string, tokens: readonly Token[], i: number): { fate?: string } {
  const before = tokens[i - 1];
  if (before && THING_FATES.has(canonicalWord(before)) && /(?:ed|ing)$/.test(before.norm)) return { fate: canonicalWord(before) };
  let aux = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const u = tokens[k]!;
    if (u.value !== undefined || /[,;:()]/.test(claim.slice(tokens[k - 1]!.end, u.start))) return {};
    if (AUXILIARIES.has(u.norm)) aux = true;
    else if (aux && !u.norm.endsWith('ly')) return THING_FATES.has(canonicalWord(u)) && u.norm.endsWith('ed') ? { fate: canonicalWord(u) } : {};
  }
  return {};
}
/** Fates of things reports count: cancelled or diverted flights, destroyed or damaged homes, recalled cars. Canonical stems. */
const THING_FATES: ReadonlySet<string> = new Set(['cancel', 'divert', 'destroy', 'damag', 'recal', 'seiz', 'ground', 'suspend']);

/**
 * A sentence's figures with their places kept only where it lists figures for two places or more
 * ("Denbighshire closed 41 schools and Flintshire 12"): a name before a lone figure is as often
 * who tells it ("Marga Trans Jawa said 1.2 million vehicles …") as where it was measured, and read as
 * a place it cost five of blind set 32's conflicts and ten ECB+ dev false pairs more.
 */
export function placesListed(quantities: Quantity[]): Quantity[] {
  const listed = new Set(quantities.flatMap((q) => (q.place ? [q.place] : []))).size > 1;
  return quantities.map((q) => {
    if (!q.place || listed) return q;
    const { place: _told, ...rest } = q;
    return rest;
  });
}

/**
 * A sentence's figures with each baseline given the level it changed to (`Quantity.level`): the figure
 * after it when "to" follows ("from £210,000 to £260,000"), else the figure of its unit before it ("38
 * per cent, up from 33 per cent").
 */
export function withLevels(claim: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    if (!q.units[0]?.startsWith(BASELINE) || q.start === undefined) return q;
    const unit = q.units[0].slice(BASELINE.length);
    const next = quantities[i + 1];
    const before = quantities.slice(0, i).findLast((p) => p.units[0] === unit);
    const level = next?.start !== undefined && TO_AFTER.test(claim.slice(q.start + q.text.length, next.start + next.text.length)) ? next : before;
    return level ? { ...q, level } : q;
  });
}

/** The key of a name no person's, at most four words before the figure and in its sentence (`Quantity.place`). */
function placeBefore(claim: string, t: Token, names: NameMention[]): string | undefined {
  const m = names.filter((n) => n.kind !== 'person' && n.end <= t.start).pop();
  if (!m) return undefined;
  const between = claim.slice(m.end, t.start);
  return /[.;:]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 4 ? undefined : m.key;
}

/** A share's scope told in words: the whole country, or a part of it the text does not name. */
export const NATIONAL = '*national';
export const LOCAL = '*local';
const PERCENT = 'percent';
/** Where a clause ends, either side of a figure: "62 per cent, while Leeds …", "76.2 per cent compares with 82.6 per cent for Skåne". */
const CLAUSE_BREAK =
  /[;:]|,\s+(?:while|whereas|but|although|compared|against|and|\p{L}+ing)\b|\b(?:while|whereas|compared (?:with|to)|compares with|against)\b/giu;
const NATIONAL_WORDS =
  /\b(?:nationally|nationwide|countrywide|across the (?:country|nation)|(?:the )?(?:country|nation) as a whole|the national (?:figure|rate|average|total|share|level))\b/gi;
const LOCAL_WORDS =
  /\b(?:(?:across|in|for|within|throughout) the (?:county|region|city|town|state|province|district|borough|capital)|the (?:city|county|region|town|state|province|district|borough)['’]s)\b/gi;
/** Before a scope's words, a comparison with another scope: "one and a half points below the national figure". */
const COMPARED_BEFORE = /\b(?:below|above|than|with|against|behind|ahead of|to|of)\s+$/i;
/**
 * A scope is at most this many words from its share: "at a meeting in Nottingham" at the end of "More
 * than 85% of members who voted backed the merger …" is where they voted, not whose share it is.
 */
const SCOPE_WORDS = 8;
/** Before a name, the words that make it where a figure was measured: "in Manchester", "at Hanley Brook Primary". */
const SCOPE_BEFORE = /\b(?:in|at|across|for|throughout|within)\s+(?:the\s+)?$/i;

/** Words that tell the period a share's change is over: "7.9% lower than a year earlier" / "3.1 per cent in the second quarter". */
const PERIOD_WORDS: [RegExp, string][] = [
  [
    /\b(?:(?:a|one) year (?:earlier|ago|before)|year[- ]on[- ]year|annual(?:ly|i[sz]ed)?|over the (?:past |last )?(?:year|12 months|twelve months)|in the year to|on the year|in (?:a|the past|the last) year|the (?:previous|year) (?:year|before))\b/gi,
    'year',
  ],
  [/\b(?:quarter(?:ly)?|(?:in|over) the three months)\b/gi, 'quarter'],
  [/\b(?:month(?:ly)?|month[- ]on[- ]month|in (?:January|February|March|April|May|June|July|August|September|October|November|December) alone)\b/gi, 'month'],
];

/**
 * What the share at `t` is told of (`Quantity.scope`) and over what period (`Quantity.over`): of the
 * places and words for each in its clause, the nearest to it. A country is `NATIONAL`: "Across the UK"
 * and "nationally" tell one scope.
 */
function shareFrame(claim: string, t: Token, names: NameMention[]): Pick<Quantity, 'scope' | 'over'> {
  let [from, to] = [0, claim.length];
  for (const m of claim.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= t.start) from = m.index + m[0].length;
    else if (m.index >= t.end) {
      to = m.index;
      break;
    }
  }
  // A scope after a comparison is the other side's ("below the national figure"); a period is not ("lower than a year earlier").
  const nearest = (spans: Iterable<{ start: number; end: number; value: string }>, compared: boolean): string | undefined => {
    let best: { words: number; value: string } | undefined;
    for (const { start, end, value } of spans) {
      const words = (start < t.start ? claim.slice(end, t.start) : claim.slice(t.end, start)).split(/\s+/).filter(Boolean).length;
      if (start < from || end > to || words > SCOPE_WORDS || (compared && COMPARED_BEFORE.test(claim.slice(Math.max(from, start - 20), start)))) continue;
      if (!best || words < best.words) best = { words, value };
    }
    return best?.value;
  };
  const matches = (re: RegExp, value: string) => [...claim.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, value }));
  const scope = nearest(
    [
      ...names
        .filter((n) => n.kind !== 'person' && SCOPE_BEFORE.test(claim.slice(Math.max(0, n.start - 16), n.start)))
        .map((n) => ({ start: n.start, end: n.end, value: isCountry(n.key) ? NATIONAL : n.key })),
      ...matches(NATIONAL_WORDS, NATIONAL),
      ...matches(LOCAL_WORDS, LOCAL),
    ],
    true,
  );
  const over = nearest(
    PERIOD_WORDS.flatMap(([re, period]) => matches(re, period)),
    false,
  );
  return { ...(scope ? { scope } : {}), ...(over ? { over } : {}) };
}

/** "the limit of", "a target of", "the alarm threshold of" right before a figure (not "at": "breached the limit at nine sensors"); "limit", "target" or "cap" right after it ("the 92.5% target"). */
const STANDARD_WORDS = String.raw`(?:limit|target|threshold|cap|ceiling|alarm level|safe level|guide price)`;
const STANDARD_BEFORE = new RegExp(String.raw`\b${STANDARD_WORDS}\s+(?:of|is|was)\s+(?:about\s+|around\s+|some\s+)?[$£€¥₹]?\s?$`, 'i');
const STANDARD_AFTER = new RegExp(String.raw`^[^\s.,;]*\s+(?:[a-z-]+\s+){0,2}${STANDARD_WORDS}\b`, 'i');

/**
 * A superlative told of one of several parts, within a word of it: "the most of any region", "the highest
 * turnout in the city", "the worst service on the network", "the worst-hit region". Not of a time ("the
 * highest since 2013"), nor of one of a group the sentence names ("the largest of the whales", which
 * another report calls "the biggest whale").
 */
const SUPERLATIVES = String.raw`(?:highest|lowest|worst|best|most|least|biggest|largest|smallest|costliest|busiest|(?:worst|hardest)-hit)`;
const SUPERLATIVE = new RegExp(String.raw`\b${SUPERLATIVES}\b`, 'i');
const EXTREME_PART = new RegExp(
  String.raw`\b${SUPERLATIVES}\b(?:\s+[\p{L}-]+)?\s+(?:of\s+(?:any|all)|in\s+the\s+(?:city|county|country|region|province|state|network|area|league)|on\s+the\s+(?:network|line)|among|region|area|county|council|ward|line|province|district)\b`,
  'iu',
);

const OF_MEMBERS = /\b(?:most|many|some|all|half|each|several|few|none|both)\s+of\s+(?:them|these|those|which|whom)\b[^.;,]*$/i;

/** The words of a sum per share (`Quantity.perShare`), after it or before it. */
const PER_SHARE_AFTER = /^[^.;,]{0,30}?\b(?:a[\s-]share|per\s+(?:[\p{L}'’-]+\s+){0,2}share|each\s+(?:[\p{L}'’-]+\s+){0,2}share)\b/iu;
const PER_SHARE_BEFORE = /\bper\s+share\s+(?:was|were|is|are|of|at|rose|fell|came\s+in\s+at)\s+[$£€¥₹]?\s?$/i;
/** A sum's words after it that give it to each of a group, within its clause; or before it ("Each member paid €20"). */
const EACH = /^[^.;,]{0,30}?\b(?:each(?!\s+(?:[\p{L}'’-]+\s+){0,2}shares?\b)|apiece|a head|per (\p{L}+))\b/iu;
const EACH_BEFORE = /\beach\b[^.;,]*$/i;
/**
 * "€1.5m to each of …", "$500 apiece", "£146 per patient": per one of a group of people, not per a
 * period or a litre, nor per share: an offer's "321p for each share" is its "£3.12 a share".
 */
function toEach(after: string): boolean {
  const m = EACH.exec(after);
  const per = m?.[1]?.toLowerCase();
  return !!m && (per === undefined || per === 'head' || PEOPLE.has(canonicalWord({ norm: per, stem: stem(per) })));
}

/** "a $78,000 car", "the £2m house": a sum after an article and before a noun is the noun's price. */
function pricing(claim: string, tokens: readonly Token[], i: number, units: string[]): Pick<Quantity, 'priceOf'> {
  if (!MONEY.has(units[0] ?? '')) return {};
  const of = VALUE_OF.exec(claim.slice(tokens[i]!.end, tokens[i]!.end + 40));
  if (of) return { priceOf: canonicalWord({ norm: of[1]!, stem: stem(of[1]!) }) };
  const next = tokens[i + 1];
  if (!next || next.stop || next.value !== undefined || !/^\p{Ll}/u.test(next.text)) return {};
  if (!/^[\s-]*$/.test(claim.slice(tokens[i]!.end, next.start)) || !PRICED_AFTER.test(claim.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start)))
    return {};
  const word = canonicalWord(next);
  return SUMS.has(word) ? {} : { priceOf: word };
}
/** "£1.1 million worth of class A drugs": the sum is the value of what follows (not "£4 million in bitcoin", a sum's form). */
const VALUE_OF = /^\s*(?:million|billion|thousand|bn|m|k)?\s+worth\s+of\s+((?!the\b|a\b|an\b)\p{Ll}+)/u;
/** Nouns that name a sum rather than a thing bought: "a $5 million settlement" is the sum another report says the city "will pay". */
const SUMS: ReadonlySet<string> = new Set(
  `fee settlement deal contract package payout payment fine penalty bail budget loan bailout grant
  investment bonus salary wage bill award compensation donation fund reward ransom bid offer sale
  price transfer damages tax levy cost debt refund pension rent mortgage subsidy stimulus windfall
  jackpot prize profit loss revenue deficit surplus spending cut raise rise increase overspend
  shortfall claim lawsuit judgment verdict sum amount total scheme programme program plan project
  upgrade renovation expansion acquisition merger takeover purchase order valuation round`
    .split(/\s+/)
    .map((w) => canonicalWord({ norm: w, stem: stem(w) })),
);
const PRICED_AFTER = /\b(?:a|an|the|its|his|her|their)\s+(?:[$£€¥₹]|[A-Z]{1,3}\$?)\s?$/;

const SPELLED = 'an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const SPELLED_VALUE: Record<string, number> = Object.fromEntries(SPELLED.split('|').map((w, i) => [w, Math.max(1, i)]));
/** "1 hour and 45 minutes", "two hours and 10 minutes", "1hr 45mins", "an hour and a half", "an hour and a quarter". */
const HOURS_AND = new RegExp(
  String.raw`\b(\d+|${SPELLED})\s*(?:hours?|hrs?|h)\s*(?:and\s+(a\s+half|a\s+quarter|three\s+quarters)|(?:and\s+)?(\d+|${SPELLED})\s*(?:minutes?|mins?)\b)`,
  'gi',
);
/** "three years and six months", "2 years 4 months": a sentence's term. */
const YEARS_AND_MONTHS = new RegExp(String.raw`\b(\d+|${SPELLED})[\s-]*years?,?\s*(?:and\s+)?(\d+|${SPELLED})[\s-]*months?\b`, 'gi');
/** A span's part as written: "45", "two", "an"; "2 hours 0 minutes": a written 0 is none, not one. */
const spanPart = (w: string) => (/^\d+$/.test(w) ? Number(w) : SPELLED_VALUE[w.toLowerCase()] || 1);
/** "half an hour", "a quarter of an hour", "three quarters of an hour". */
const PART_OF_HOUR = /\b(?:(half)\s+an|(a|one|three)\s+quarters?\s+of\s+an)\s+hour\b/gi;
const FRACTION_OF_HOUR: Record<string, number> = { 'a half': 30, 'a quarter': 15, 'three quarters': 45 };
/** How far a span told in words ("an hour and a half") may be from the minutes it rounds. */
const ROUGH_SPAN = 0.1;

/**
 * The sentence's figures with each span of time told in hours and minutes as one figure of minutes:
 * "1 hour and 45 minutes" is 105 minutes (as two figures it disputed "105 minutes" twice), and "an
 * hour and a quarter" and "half an hour" are figures at all. `contextAt` gives the words beside an offset.
 */
function withCompoundDurations(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const spans: { start: number; end: number; minutes: number }[] = [];
  for (const m of claim.matchAll(HOURS_AND)) {
    const fraction = m[2] ? FRACTION_OF_HOUR[m[2].toLowerCase().replace(/\s+/, ' ')]! : spanPart(m[3]!);
    spans.push({ start: m.index, end: m.index + m[0].length, minutes: spanPart(m[1]!) * 60 + fraction });
  }
  for (const m of claim.matchAll(PART_OF_HOUR)) {
    if (spans.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, minutes: m[1] ? 30 : m[2]!.toLowerCase() === 'three' ? 45 : 15 });
  }
  // "three years and six months" is the "three and a half years" of another report, not a three that disputes it.
  const terms = [...claim.matchAll(YEARS_AND_MONTHS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    months: spanPart(m[1]!) * 12 + spanPart(m[2]!),
  }));
  return replacing(quantities, [
    ...terms.map((t) =>
      phraseFigure(claim, t.start, t.end, contextAt, {
        value: t.months,
        units: ['month'],
        range: [t.months - 0.5, t.months + 0.5],
        context: quantities.filter((q) => holdsFigure([q], t.start, t.end)).flatMap((q) => q.context),
      }),
    ),
    ...spans.map((s) => {
      const parts = quantities.filter((q) => q.start !== undefined && q.start >= s.start && q.start < s.end);
      // "An hour and a half" is a rounded span, "1 hour and 45 minutes" an exact one.
      const exact = /\d\s*min/i.test(claim.slice(s.start, s.end));
      const range: [number, number] = exact ? [s.minutes - 0.5, s.minutes + 0.5] : [s.minutes * (1 - ROUGH_SPAN), s.minutes * (1 + ROUGH_SPAN)];
      // A bound before the span bounds it as it does a number: "more than a quarter of an hour" holds
      // "16 and a half minutes", which it had disputed.
      const before = claim
        .slice(Math.max(0, s.start - 24), s.start)
        .toLowerCase()
        .replace(/\s+/g, ' ');
      return phraseFigure(claim, s.start, s.end, contextAt, {
        value: s.minutes,
        units: ['minut'],
        range: leaning(range, s.minutes, (range[1] - range[0]) / 2, leadOf(before)),
        ...boundOf(before),
        ...(parts.length ? { context: parts.flatMap((q) => q.context) } : {}),
      });
    }),
  ]);
}

/**
 * A race's time in hours, minutes and seconds, one figure in seconds: "won in 2:00:19" and "in 2 hours,
 * 0 minutes and 19 seconds" agree, "2:00:09" does not. Its parts had been three figures that counted
 * nothing, and two finishing times ten seconds apart agreed.
 */
function withElapsedTimes(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const spans: { start: number; end: number; seconds: number; words?: true }[] = [];
  for (const pattern of [ELAPSED, ELAPSED_WORDS])
    for (const m of claim.matchAll(pattern)) {
      const end = m.index + m[0].length;
      // "at 10:15:30" is a time of day: written with colons, a span only where the tagger reads one.
      if (pattern === ELAPSED && !isElapsedTime(claim.slice(0, m.index), true)) continue;
      if (spans.some((s) => m.index < s.end && s.start < end)) continue;
      spans.push({ start: m.index, end, seconds: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) });
    }
  // "two minutes and 22 seconds" is 142 seconds, not a 22 that disputes "142 seconds".
  for (const m of claim.matchAll(MINUTES_AND_SECONDS)) {
    const end = m.index + m[0].length;
    if (!spans.some((s) => m.index < s.end && s.start < end)) spans.push({ start: m.index, end, seconds: spanPart(m[1]!) * 60 + spanPart(m[2]!), words: true });
  }
  return replacing(
    quantities,
    spans.map((s) => {
      // A game clock ("with 4 minutes 48 seconds remaining") stays no count, whole as in parts; the
      // colons of "2:04:31" are what made its parts no counts, not the race.
      const parts = quantities.filter((q) => holdsFigure([q], s.start, s.end));
      const notCount = s.words && parts.length > 0 && parts.every((q) => q.notCount);
      return phraseFigure(claim, s.start, s.end, contextAt, {
        value: s.seconds,
        units: ['second'],
        range: [s.seconds - 0.5, s.seconds + 0.5],
        ...(notCount ? { notCount: true as const } : {}),
      });
    }),
  );
}
/** "2:00:19", not a clock's "10:15:30 a.m.". */
const ELAPSED = /(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|\s*[ap]\.?m)/gi;
const MINUTES_AND_SECONDS = new RegExp(
  String.raw`\b(\d{1,2}|${SPELLED})\s*(?:minutes?|mins?),?\s*(?:and\s+)?(\d{1,2}|${SPELLED})\s*(?:seconds?|secs?|s)\b`,
  'gi',
);
const ELAPSED_WORDS = /\b(\d{1,2})\s*(?:hours?|hrs?|h),?\s*(\d{1,2})\s*(?:minutes?|mins?|m),?\s*(?:and\s+)?(\d{1,2})\s*(?:seconds?|secs?|s)\b/gi;

/** A figure a phrase states rather than one number: its words from `start` to `end`, and what it allows. */
function phraseFigure(
  claim: string,
  start: number,
  end: number,
  contextAt: (offset: number) => string[],
  figure: Pick<Quantity, 'value' | 'units' | 'range'> & Partial<Quantity>,
): Quantity {
  return { text: claim.slice(start, end), unitText: '', total: false, attributive: false, context: contextAt(start), start, ...figure };
}

/** Whether a figure already read starts between `start` and `end`. */
const holdsFigure = (quantities: Quantity[], start: number, end: number) => quantities.some((q) => q.start !== undefined && q.start >= start && q.start < end);

/** The sentence's figures with `phrased` in place of the figures they are read from, in order. */
function replacing(quantities: Quantity[], phrased: Quantity[]): Quantity[] {
  if (!phrased.length) return quantities;
  const kept = quantities.filter((q) => !phrased.some((p) => holdsFigure([q], p.start!, p.start! + p.text.length)));
  return [...kept, ...phrased].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/** A match's score: "4-2", "3 - 1", "2–0", as a result a verb or noun beside it makes one. */
const SCORE = /\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b/g;
const SCORE_BEFORE =
  /\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|drew|draw|draws|defeated|defeat|thrashed|edged|led|lead|leading|trailed|trailing|scoreline|victory|result|finished)\b[^.;:]{0,30}$/i;
const SCORE_AFTER =
  /^\s*(?:win|victory|defeat|loss|draw|lead|scoreline|home win|away win|on penalties|on pens|in (?:a|the) (?:penalty )?shoot-?out|after extra time|a\.?e\.?t)\b/i;
/** Settled by penalties: a shootout's score is another slot than the match's ("3-3 after extra time, 4-2 on penalties"). */
const SHOOTOUT = /^[^.;,]{0,25}?\b(?:penalt|pens\b|shoot-?out)/i;
const SHOOTOUT_BEFORE = /\b(?:penalt\w*|pens|shoot-?out)\b[^.;,]{0,15}$/i;
/** The unit of a vote's tally. */
export const TALLY_UNIT = 'tally';
/** A vote's tally: "voted 104 to 95", "by 105 votes to 94", "a 52-48 vote". */
const TALLY_SIDE = String.raw`(\d{1,4}|${Object.keys(SMALL).join('|')})`;
/** …and in words, "voted six to three", which "7-2" disputes. */
const TALLY = new RegExp(String.raw`\b${TALLY_SIDE}(?:\s+votes?)?\s*(?:to|[-–])\s*${TALLY_SIDE}(?:\s+votes?)?\b`, 'gi');
const tallySide = (side: string) => SMALL[side.toLowerCase()] ?? Number(side);
const TALLY_BEFORE = /\b(?:vot(?:e|ed|es|ing)|ballot|passed|approved|rejected|backed|majority|ruled|split)\b[^.;:]{0,30}$/i;
/** "a 5-2 decision", "a 4-3 ruling": a bench's vote. */
const TALLY_AFTER = /^\s*(?:votes?|vote|margin|majority|decision|ruling|verdict)\b/i;
/**
 * A tally as a house records it, each side named: "Ayes 341, Noes 189", "22 votes Pour to 17 Contre",
 * "44 Members voting for, 12 against".
 */
const NAMED_TALLY = [
  new RegExp(String.raw`\b(?:ayes|yeas|contents):?\s+${TALLY_SIDE}[,;]?\s+(?:and\s+)?(?:noes|nays|not contents):?\s+${TALLY_SIDE}\b`, 'gi'),
  new RegExp(String.raw`\b${TALLY_SIDE}\s+(?:votes?\s+)?pour\s+(?:to|and)\s+${TALLY_SIDE}\s+contre\b`, 'gi'),
  new RegExp(
    String.raw`\b${TALLY_SIDE}\s+(?:\p{L}+\s+)?(?:voting\s+)?(?:for|in favour),?\s+(?:and\s+|with\s+)?${TALLY_SIDE}\s+(?:\p{L}+\s+)?(?:voting\s+)?against\b`,
    'giu',
  ),
];

/**
 * The sentence's figures with each score or vote tally as one figure: "beat Everton 4-2" / "4-1",
 * "voted 104 to 95" / "by 105 votes to 94". As two figures neither side counted anything, and a
 * score's first figure read as a name's number ("Everton 4", like "Flight 1282"), so no result was
 * ever compared. Its value is the pair, the larger first ("lost 2-0 to Spain" is Spain's 2-0).
 */
function withTallies(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const found: { start: number; end: number; a: number; b: number; unit: string }[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const m of NAMED_TALLY.flatMap((re) => [...claim.matchAll(re)])) {
    found.push({ start: m.index, end: m.index + m[0].length, a: tallySide(m[1]!), b: tallySide(m[2]!), unit: TALLY_UNIT });
  }
  for (const m of claim.matchAll(TALLY)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlaps(start, end)) continue;
    const [a, b] = [tallySide(m[1]!), tallySide(m[2]!)];
    // "by 52 votes to 33" names itself, however far from "voted": "MLAs voted the change through at
    // Stormont by 52 votes to 33".
    const named = /^\S+\s+votes?\s+to\b/i.test(m[0]);
    if (a > b && (named || TALLY_BEFORE.test(claim.slice(0, start)) || TALLY_AFTER.test(claim.slice(end)))) found.push({ start, end, a, b, unit: TALLY_UNIT });
  }
  for (const m of claim.matchAll(SCORE)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlaps(start, end) || !(SCORE_BEFORE.test(claim.slice(0, start)) || SCORE_AFTER.test(claim.slice(end)))) continue;
    found.push({
      start,
      end,
      a: Number(m[1]),
      b: Number(m[2]),
      unit: SHOOTOUT.test(claim.slice(end)) || SHOOTOUT_BEFORE.test(claim.slice(0, start)) ? 'score penalti' : 'score',
    });
  }
  return replacing(
    quantities,
    found.map((f) => {
      const value = Math.max(f.a, f.b) * 10000 + Math.min(f.a, f.b);
      return phraseFigure(claim, f.start, f.end, contextAt, { value, units: [f.unit], range: [value, value], pair: [f.a, f.b] });
    }),
  );
}

/** Counts told by their order of magnitude, and the values each allows. */
const VAGUE = /\b(dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|millions)\s+of\s+(?=\p{Ll})/giu;
/**
 * An order told loosely reaches past its own end: "Hundreds of operations were axed" is how a
 * tabloid puts "about 1,800 operations", and "Thousands of farmers drove tractors" how a wire puts the
 * organisers' 30,000; two blind story sets' authors (4 and 30) linked "thousands" to 20,000 and
 * 30,000 without calling it a dispute. Up to two and a half times its top; a figure further up
 * still disputes it.
 */
const VAGUE_RANGE: Record<string, [number, number]> = {
  dozens: [24, 249],
  scores: [40, 249],
  hundreds: [200, 4999],
  thousands: [2000, 49999],
  'tens of thousands': [20000, 499999],
  'hundreds of thousands': [200000, 4999999],
  millions: [2000000, 49999999],
};

/** "several hundred", "a few thousand": a few of a round number, a range (not the round number itself). */
const FEW = /\b(several|a\s+few)\s+(dozen|hundred|thousand|million)\b(?!\s+(?:and\b|\d))/gi;
const FEW_SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 };

/**
 * The sentence's figures with a count told by its order of magnitude as a figure that allows that
 * order: "thousands of people were evacuated" disputes "about 200 people", and "hundreds of homes"
 * agrees with "about 400 homes". Not read, the other side's figure stood alone and nothing was compared.
 */
function withVagueCounts(claim: string, tokens: readonly Token[], quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const found: Quantity[] = [];
  // "several hundred metres" is no 100 metres: it had disputed "Lava shot 500 metres" in a user test.
  for (const m of claim.matchAll(FEW)) {
    const scale = FEW_SCALE[m[2]!.toLowerCase()]!;
    const range: [number, number] = /^several$/i.test(m[1]!) ? [3 * scale, 9 * scale] : [2 * scale, 5 * scale];
    const last = tokens.findIndex((t) => t.start >= m.index + m[0].length) - 1;
    if (last < 0) continue;
    found.push(
      phraseFigure(claim, m.index, m.index + m[0].length, contextAt, {
        value: Math.round((range[0] + range[1]) / 2),
        units: unitsOf(claim, tokens, last),
        range,
        vague: true,
      }),
    );
  }
  for (const m of claim.matchAll(VAGUE)) {
    const range = VAGUE_RANGE[m[1]!.toLowerCase()]!;
    const last = tokens.findIndex((t) => t.start >= m.index + m[1]!.length) - 1;
    if (last < 0 || holdsFigure(quantities, m.index, m.index + m[0].length)) continue;
    const value = Math.round((range[0] + range[1]) / 2);
    found.push(phraseFigure(claim, m.index, m.index + m[1]!.length, contextAt, { value, units: unitsOf(claim, tokens, last), range, vague: true }));
  }
  return replacing(quantities, found);
}

/**
 * The sentence's figures, with those a phrase states rather than one number read as one figure each:
 * spans told in hours and minutes, scores and tallies, ranges, counts told by their order of
 * magnitude, shares told as fractions (each below).
 */
export function withPhrasedFigures(claim: string, tokens: readonly Token[], quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const durations = withElapsedTimes(claim, withCompoundDurations(claim, quantities, contextAt), contextAt);
  const ranges = withRanges(claim, withTallies(claim, durations, contextAt));
  return withSpokenSums(claim, withFlightLevels(claim, withShares(claim, withVagueCounts(claim, tokens, ranges, contextAt), contextAt), contextAt), contextAt);
}

/** A number word, a compound of tens and units too ("forty-five"), as a pattern. */
const NUMBER_WORD = `(?:(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(SMALL).join('|')}))?|${Object.keys(SMALL).join('|')})`;
/**
 * A sum told as it is spoken, units then hundredths: "two euro twenty an hour", "three pounds fifty
 * each", "ten dollars 99". Its hundredths end the phrase ("two pounds twenty years ago" is no sum).
 */
const SPOKEN_SUM = new RegExp(
  String.raw`\b(\d{1,3}|${NUMBER_WORD})\s+(euros?|pounds?|dollars?)\s+(\d{2}|${NUMBER_WORD})(?=\s*(?:[,.;:]|$)|\s+(?:a|an|per|each|for|and|or|to|a head)\b)`,
  'gi',
);
const SPOKEN_CURRENCY: Record<string, string> = { euro: '€', pound: '£', dollar: '$' };
const SPOKEN_CURRENCY_WORD = /\b(?:euros?|pounds?|dollars?)\b/i;
/** A number told in digits or in words, "forty-five" too. */
const spokenNumber = (w: string) => (/^\d+$/.test(w) ? Number(w) : w.split('-').reduce((sum, part) => sum + countWord(part), 0));
function withSpokenSums(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  if (!SPOKEN_CURRENCY_WORD.test(claim)) return quantities;
  const found = [...claim.matchAll(SPOKEN_SUM)].flatMap((m) => {
    const hundredths = spokenNumber(m[3]!);
    if (!hundredths || hundredths > 99) return [];
    const sum = spokenNumber(m[1]!) + hundredths / 100;
    const currency = SPOKEN_CURRENCY[m[2]!.toLowerCase().replace(/s$/, '')]!;
    return [phraseFigure(claim, m.index, m.index + m[0].length, contextAt, { value: sum, units: [currency], range: [sum, sum] })];
  });
  return replacing(quantities, found);
}

/** "at FL380", "flight level 350": an aircraft's height in hundreds of feet, the "38,000 feet" of another report. */
const FLIGHT_LEVEL = /\b(?:FL\s?|[Ff]light [Ll]evel\s+)(\d{2,3})\b/g;
function withFlightLevels(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const found = [...claim.matchAll(FLIGHT_LEVEL)].map((m) => {
    const value = Number(m[1]) * 100;
    return phraseFigure(claim, m.index, m.index + m[0].length, contextAt, {
      value,
      units: ['feet'],
      unitText: 'feet',
      range: [value - 50, value + 50],
      measure: MEASURES.get('feet')!,
    });
  });
  return replacing(quantities, found);
}

/** The unit of "half as many": a ratio between two groups, compared only with another. */
const RATIO = 'ratio';
/** The hour of a clock time told in words, after "half past" or "a quarter to": no count follows it. */
const CLOCK_HOUR = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b(?![\s-]*(?:per|%|percent|hundred|thousand|million))`;
/**
 * A share told as a fraction: "a third of the staff", "half of the staff", "by a tenth", "one in five";
 * not a clock time in words ("half past two", "a quarter to nine").
 */
const SHARE_WORDS = new RegExp(
  String.raw`\b(?:(?:a|one)\s+(tenth|fifth|quarter|third)|(two|three)\s+(thirds|quarters|fifths)|(half))(?=\s+of\s+(?:the|its|their|his|her|all)\b|[\s,.;]+(?!of\b|an?\s|hour|million|billion|dozen|century|time|mile|marathon|past\b|to\s+${CLOCK_HOUR})\b)|\bone\s+in\s+(two|three|four|five|six|seven|eight|nine|ten)\b`,
  'gi',
);
const SHARE_OF: Record<string, number> = { tenth: 0.1, fifth: 0.2, quarter: 0.25, third: 1 / 3, half: 0.5, thirds: 1 / 3, quarters: 0.25, fifths: 0.2 };
const IN_N: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** How far a share told as a fraction may be from the percentage it rounds ("a third" is 33%, "a tenth" 11%). */
const SHARE_SLACK = 0.12;

/**
 * The sentence's figures with a share told as a fraction read as a percentage: "a third of the staff"
 * agrees with "33%" and disputes "half of the staff", "fell by a tenth" disputes "dropped 20%".
 */
function withShares(claim: string, quantities: Quantity[], contextAt: (offset: number) => string[]): Quantity[] {
  const found: Quantity[] = [];
  for (const m of claim.matchAll(SHARE_WORDS)) {
    // "the first half", "the second half": a part of a match or a year, no share.
    if (/\b(?:first|second|the)\s+$/i.test(claim.slice(Math.max(0, m.index - 8), m.index)) && m[4]) continue;
    // "three and a half years": the half of a figure, read with it.
    if (m[4] && /\band\s+a\s+$/i.test(claim.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "half as many caterpillars", "half as likely again": a ratio between two groups, no share of
    // either; it agrees with another such ratio only.
    const ratio = /^\s+as\s+\p{L}+/u.test(claim.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const share = m[5]
      ? 1 / IN_N[m[5].toLowerCase()]!
      : m[2]
        ? (m[2].toLowerCase() === 'two' ? 2 : 3) * SHARE_OF[m[3]!.toLowerCase()]!
        : SHARE_OF[(m[1] ?? m[4])!.toLowerCase()]!;
    const value = Math.round(share * 1000) / 10;
    if (holdsFigure(quantities, m.index, m.index + m[0].length)) continue;
    const range = shareRange(value, claim.slice(Math.max(0, m.index - 16), m.index));
    found.push(phraseFigure(claim, m.index, m.index + m[0].length, contextAt, { value, units: [ratio ? RATIO : 'percent'], range }));
  }
  // "two in every five pounds", "one in four adults", "seven out of 10 voters": a share, whose two
  // figures the number reader took for counts ("five vs ten" had disputed "four in every ten pounds").
  // "Five out of 14 branches" is a part of a whole, compared with "five of its 13" as such.
  for (const m of claim.matchAll(IN_EVERY)) {
    const [part, whole] = [countWord(m[1]!), countWord(m[2]!)];
    if (!(part > 0 && whole > part) || found.some((f) => f.start! < m.index + m[0].length && m.index < f.start! + f.text.length)) continue;
    const value = Math.round((part / whole) * 1000) / 10;
    const range = shareRange(value, claim.slice(Math.max(0, m.index - 16), m.index));
    found.push(phraseFigure(claim, m.index, m.index + m[0].length, contextAt, { value, units: ['percent'], range }));
  }
  return replacing(quantities, found);
}
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const IN_EVERY = new RegExp(
  String.raw`\b(${COUNT_WORDS.slice(1, 10).join('|')}|\d{1,2})\s+(?:in\s+(?:every\s+)?|out\s+of\s+every\s+|out\s+of\s+(?=(?:ten|10|a\s+hundred|100)\b))(${COUNT_WORDS.slice(2).join('|')}|twenty|hundred|\d{1,3})\b(?!\s*(?:%|per\s?cent|years?|days?|months?|weeks?|hours?|minutes?)\b)`,
  'gi',
);
const countWord = (w: string) => (/^\d+$/.test(w) ? Number(w) : w.toLowerCase() === 'hundred' ? 100 : (SMALL[w.toLowerCase()] ?? TENS[w.toLowerCase()] ?? 0));

/**
 * What a share told as a fraction allows: its rounding, and a fraction is coarse, so a bound on it
 * reaches half as far again ("more than a tenth" holds 13%, "almost a third" 26%).
 */
function shareRange(value: number, before: string): [number, number] {
  const [lo, hi] = [value * (1 - SHARE_SLACK), value * (1 + SHARE_SLACK)];
  const side = leadOf(before)?.side;
  return side === 'above' ? [lo, value * 1.5] : side === 'below' ? [value * 0.75, hi] : [lo, hi];
}

/** Between two figures of a range: "between five and seven", "200 to 300", "from 20 to 30", "120-130 km/h", "5–7 metres". */
const RANGE_JOIN = /^\s+(to|and)\s+$|^(-|\s?–\s?)$/i;

/**
 * The sentence's figures with each range as one figure that allows its span: "between five and seven
 * people" agrees with "six people", "200 to 300 people" with "about 250"; as two figures the upper
 * end disputed them ("seven vs six"). "and" joins a range only after "between"; the lower end comes
 * first, so a tally ("voted 52 to 48") is no range.
 */
function withRanges(claim: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < quantities.length; k++) {
    const [low, high] = [quantities[k]!, quantities[k + 1]];
    const join = high && low.start !== undefined && high.start !== undefined ? RANGE_JOIN.exec(claim.slice(low.start + low.text.length, high.start)) : null;
    const range =
      join &&
      (join[1]?.toLowerCase() !== 'and' || /\bbetween\s+$/i.test(claim.slice(0, low.start))) &&
      low.value < high!.value &&
      !low.notCount &&
      !high!.notCount &&
      // A dash joins a range only before a unit of measure, which its lower end leaves to the upper one
      // ("120-130 km/h"), within one order of magnitude: a score ("a 2-3 draw") measures nothing.
      (join[2] ? high!.units.length > 0 && !!high!.measure && low.value * 10 > high!.value : !low.units.length || low.units[0] === high!.units[0]);
    if (!range) {
      out.push(low);
      continue;
    }
    out.push({ ...high!, value: (low.value + high!.value) / 2, text: `${low.text} to ${high!.text}`, range: [low.range[0], high!.range[1]], start: low.start });
    k++;
  }
  return out;
}

/** An increment: "five more people", "1,100 crowns more a year", "another five". */
const INCREMENT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:more|further|additional|extra)\b/iu;
/**
 * A gap to another figure is a difference, not a level: "almost four years above the national figure"
 * beside "a median age of 42.6 years", "around 120 square metres bigger than the old record". Only to
 * a figure named as one: "4.6 per cent higher than a year ago" is the growth another report gives as
 * "4.6%", "Four days above 38 degrees" counts days.
 */
const GAP_AFTER =
  /^(?:\s*[\p{L}%]+){0,2}\s+(?:above|below|(?:higher|lower|older|younger|bigger|larger|smaller|greater|longer|shorter|taller|heavier|more|less|fewer)\s+than)\s+(?!(?:the\s+)?(?:ground|sea|water|street|floor|river|surface)\b)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:average|figure|rate|mean|median|level|norm|record|best|total)\b/iu;
const INCREMENT_BEFORE = /\b(?:another|a further|an additional|an extra)\s+[$£€¥₹]?$/i;
/**
 * Marks a change's unit: "rose by £400m", "an increase of $2bn", and an increment, "five more people"
 * (`by peopl`): it adds to a level, it does not restate it.
 */
export const CHANGE = 'by ';
const CHANGE_BEFORE =
  /\b(?:(?:is|was|are|were|been)\s+(?:up|down)|(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased|decreased|grew|grown|expanded|contracted|shrank|shrunk|gained|lost|slipped|slid|surged|soared|plunged|tumbled|declined|widened|narrowed|eased|dropped|climbed|jumped|cut|slashed|raised|lowered|reduced|boosted|up|down)\s+by|(?:an? )?(?:increase|decrease|rise|fall|drop|cut|jump)\s+of)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+)?[$£€¥₹]?\s?$/i;
/**
 * A winning margin is a difference, not a total: "beat the mayor by more than nine thousand votes",
 * "won by 12 seats", "beating the previous record for an Australian stamp by more than A$1 million".
 */
const MARGIN_BEFORE =
  /\b(?:won|win|wins|winning|beat|beats|beaten|beating|defeated|lost|lose|loses|leads?|led|ahead|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|outstripp(?:ed|ing)|broke|breaking|smash(?:ed|ing))\b[^.;:,]{0,60}?\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+|just\s+|only\s+|fewer than\s+|less than\s+)?(?:[A-Z]{1,2})?[$£€¥₹]?\s?$/i;
/**
 * …and so is a gap told after its figure: "came second, more than 3,700 votes behind", "finished two
 * points clear of Leeds", "12 seconds ahead of the field", the gap's unit between; not "£400,000
 * ahead of a sale", nor "left 20 people behind" (`LEFT_BEHIND`).
 */
const MARGIN_AFTER = /^(?:\s*[\p{L}%-]+){1,2}\s+(?:behind|ahead|clear)\b(?!\s+(?:bars|schedule)\b)/iu;
/** "filled 250,000 sandbags ahead of the crest": "ahead of" a moment is before it, no gap to a rival. */
const AHEAD_OF_EVENT =
  /^(?:\s*[\p{L}%-]+){1,2}\s+ahead\s+of\s+(?:the|a|an|its|their|this|next|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+)?(?:crest|peak|storm|arrival|deadline|vote|election|meeting|launch|opening|start|season|weekend|holidays?|festival|visit|talks|budget|announcement|landfall|floods?|rains?|tide|hearing|trial|ceremony|eruption|winter|summer|derby|final)\b/iu;
const LEFT_BEHIND = /\b(?:left|leave|leaves|leaving)\s+(?:[\p{L}-]+\s+)?$/iu;
/** The level a change started from: "up from £3.7bn", "rose to £4.1bn from £3.6bn", "compared with 1.2 million". */
/**
 * A part its noun names as one: "all five main numbers" of a draw's seven, "the two remaining
 * suspects". Another slot than the whole: "five main numbers" had disputed "all seven numbers".
 */
export const PART = 'part ';
/** "the main two", "two children were among the dead", "two were in a critical condition": some of a group another figure counts whole. */
const PART_AFTER =
  /^\s+(?:main|remaining)\b|^(?:\s+\p{L}+){0,2}\s+(?:were|are|was|is)\s+(?:also\s+)?among\b|^(?:\s+\p{L}+){0,2}\s+(?:were|are|was|is|remain(?:s|ed)?)\s+(?:still\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening)\s+condition\b/iu;
/**
 * "Pontotoc County and three neighbouring counties": the figure counts the rest beside one the
 * sentence names, a part of the four a report that counts them all gives.
 */
const AND_BEFORE = /(\p{L}+)\s+and\s+$/u;
function besideOneNamed(lead: string, counted: readonly string[]): boolean {
  const one = AND_BEFORE.exec(lead)?.[1];
  return !!one && counted.length > 0 && counted.includes(stemOf(one));
}
/**
 * "Four of the injured", "two of those hurt", "52 of the people arrested": a part of the people that
 * befell, never their whole ("87 people had been arrested").
 */
function ofTheBefallen(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== 'of' || (tokens[i + 2]?.norm !== 'the' && tokens[i + 2]?.norm !== 'those')) return false;
  // …or sent to hospital: "Three of the people taken to hospital have serious injuries".
  const befell = (k: number) =>
    !!tokens[k] &&
    (FATE_VERBS.has(canonicalWord(tokens[k]!)) ||
      tokens[k]!.norm === 'missing' ||
      (TO_HOSPITAL_VERBS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'to' && hospitalAt(tokens, k + 2) > 0));
  return befell(i + 3) || (!!tokens[i + 3] && PEOPLE.has(canonicalWord(tokens[i + 3]!)) && befell(i + 4));
}
/** Determiners of a whole a figure counts part of: "six of the victims", "two of those swimmers". */
const THE_WHOLE = new Set(['the', 'those', 'these']);
/** "two of them seriously,": a part told by how, without a verb of its own. */
const OF_THEM_HOW = /^\s+of\s+(?:them|those|these|whom)\s+\p{L}+ly\s*(?:[,;.)]|$)/iu;
/** "97 of them", "six of whom": a part of the figure told before it. */
const OF_THEM = /^\s+of\s+(?:them|those|these|whom)\b/i;
/** "while the other 20 crew were unhurt": the rest of a group, another part than the one counted before. */
const OTHER_BEFORE = /\bthe\s+other\s+$/i;
/** "All but three of the 14 crew drowned": the figure counts those the rest leaves out, not what befell. */
const ALL_BUT_BEFORE = /\ball\s+but\s+$/i;
const BASELINE = 'from ';
/** "from 47 days to 29", "from £4.80 to £5.40": the figure after "from" is the level a change started from. */
const TO_AFTER = new RegExp(
  String.raw`^(?:\s*[\p{L}%]+){0,3}\s+to\s+(?:about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?:[$£€¥₹]?\s?\d|${NUMBER_WORD}\b)`,
  'iu',
);
/** A span counted back from now: "contracts signed in the last eight years" is another slot than "homes built in four years". */
const LOOKBACK = 'past ';
const LOOKBACK_BEFORE = /\b(?:the|these|its|their)\s+(?:last|past|previous)\s+$/i;
/**
 * The level a figure is measured from ("up from £3.7bn", "compared with 12%"), or the average it is
 * set against ("far above the national average of 5.3 tons"); not an average that is itself the fact
 * ("an average wait of nearly 500 days", "a record average of £291,650").
 */
const BASELINE_BEFORE =
  /\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped|jumped|slipped)\s+(?:by\s+)?(?:[\w.,%]+\s+){1,3}from|to\s+[$£€¥₹]?\s?[\d.,]+\s*(?:m|bn|million|billion|trillion|%|per cent|percent)?(?:\s+(?:in|on|at|by)\s+\w+)?,?\s+from|compared (?:with|to)|against|instead\s+of|rather\s+than|(?:last|the\s+previous)\s+(?:year|season|month|quarter|week)['’]s|(?:above|below|than|over|under)\s+(?:the\s+)?(?:[a-z]+\s+)?average(?:\s+[a-z]+)?\s+of)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+|more than\s+)?[$£€¥₹]?\s?$/i;

/** Marks a rank's unit: "108th minute" ranks minutes (`nth minut`), it does not count them. */
export const RANK = 'nth ';
/** Whether `x` is the rank of `y`'s unit: "in the 23rd minute" beside "after 23 minutes". */
export const isRankOf = (x: Quantity, y: Quantity) => x.units[0] === `${RANK}${y.units[0]}`;

/** The content words of the clause after a count of people and its noun, up to `BEFELL_WORDS` (see `Quantity.befell`). */
function befell(claim: string, tokens: readonly Token[], i: number, verbBefore?: string): string[] {
  // "injured six": what befell them comes before the count.
  // …and "killed three people": the verb before the count and its noun.
  const after = tokens[i + 1];
  if (verbBefore && FATE_VERBS.has(verbBefore) && !after?.value && (!after || CLAUSE_WORDS.has(after.norm) || PEOPLE.has(canonicalWord(after))))
    // "Soria's hospital treated 11 people": treated in hospital.
    return [verbBefore === 'treat' && tokens.slice(Math.max(0, i - 5), i).some((t) => t.norm.startsWith('hospital')) ? HOSPITALISED : verbBefore];
  const words: string[] = [];
  const next = tokens[i + 1];
  let start = next && next.value === undefined && PEOPLE.has(canonicalWord(next)) ? i + 2 : i + 1;
  // "8,000 shoppers and staff were evacuated": a second noun joined without a count of its own is one
  // count of both ("Two men and three women" are two counts, each its own).
  const joined = tokens[start + 1];
  if (/^(?:and|or)$/.test(tokens[start]?.norm ?? '') && joined && joined.value === undefined && PEOPLE.has(canonicalWord(joined))) start += 2;
  // "seven people in the area have died", "Five people on board were killed": where they were comes
  // between the noun and what befell them; looked past up to an auxiliary or a fate.
  if (PLACED_BY.has(tokens[start]?.norm ?? '')) {
    for (let k = start + 1; k <= start + PLACE_WORDS && k < tokens.length; k++) {
      const u = tokens[k]!;
      if (u.value !== undefined || /[,;:()]/.test(claim.slice(tokens[k - 1]!.end, u.start))) break;
      if (AUXILIARIES.has(u.norm) || FATE_VERBS.has(canonicalWord(u))) {
        start = k;
        break;
      }
    }
  }
  let aside = -1;
  // "Four persons, two of them children, lost their lives": an aside between commas right after the noun;
  // and a second that says where they are from: "Two men, aged 24 and 31, of Safotu and Vaitele, have been arrested".
  for (let n = 0; n < 2 && tokens[start] && claim.slice(tokens[start - 1]!.end, tokens[start]!.start).trim() === ','; n++) {
    if (n > 0 && !ORIGIN_ASIDE.has(tokens[start]!.norm)) break;
    const close = tokens.findIndex((u, k) => k > start && k <= start + ASIDE_TOKENS && claim.slice(tokens[k - 1]!.end, u.start).trim() === ',');
    if (close < 0) break;
    aside = start = close;
  }
  for (let k = start; k < tokens.length && words.length < BEFELL_WORDS; k++) {
    const u = tokens[k]!;
    if (u.value !== undefined || CLAUSE_WORDS.has(u.norm) || (k !== aside && /[,;:()]/.test(claim.slice(tokens[k - 1]!.end, u.start)))) break;
    // "were taken to hospital", "were transported to Addington Hospital": befell them as "were
    // hospitalised" does, not as "were taken" anywhere.
    const hospital = TO_HOSPITAL_VERBS.has(u.norm) && tokens[k + 1]?.norm === 'to' ? hospitalAt(tokens, k + 2) : -1;
    if (hospital > 0) {
      words.push(HOSPITALISED);
      k = hospital;
      continue;
    }
    // "lost their lives" befell them as "died" does.
    const phrase = phrasalAt(tokens, k);
    if (phrase) {
      words.push(phrase.term);
      k = phrase.last;
      continue;
    }
    const word = u.stop ? undefined : canonicalWord(u);
    // "were treated for smoke inhalation at the hospital in Santarém" were hospitalised, not treated at the scene.
    if (word === 'treat' && treatedInHospital(tokens, k)) words.push(HOSPITALISED);
    else if (word && !HEDGES.has(word)) words.push(word);
  }
  return words;
}
const BEFELL_WORDS = 3;
/** Verbs that take people "to hospital" (`hospitalAt`). */
const TO_HOSPITAL_VERBS = new Set(['taken', 'rushed', 'flown', 'airlifted', 'ferried', 'brought', 'admitted', 'sent', 'transported']);
/** "treated in hospital", "treated at the town hospital", as text (`countedBefore`); `treatedInHospital` reads it in tokens. */
const TREATED_IN_HOSPITAL = /\btreated\s+(?:at|in)\s+(?:(?:the|a|an)\s+)?(?:\p{L}+\s+){0,2}hospital/iu;
/** "treated … at the hospital", "treated in hospital": a few words on from the verb at `k`. */
function treatedInHospital(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++)
    if ((tokens[j]!.norm === 'at' || tokens[j]!.norm === 'in') && hospitalAt(tokens, j + 1) > 0) return true;
  return false;
}
/** The index of "hospital" at `k` or past an article and up to two words of its name or kind ("Addington Hospital", "the town hospital"), or -1. */
function hospitalAt(tokens: readonly Token[], k: number): number {
  const start = /^(?:the|a|an)$/.test(tokens[k]?.norm ?? '') ? k + 1 : k;
  for (let j = start; j < Math.min(tokens.length, start + 3); j++) {
    if (tokens[j]!.norm.startsWith('hospital')) return j;
    if (tokens[j]!.stop || tokens[j]!.value !== undefined) return -1;
  }
  return -1;
}
const HOSPITALISED = 'hospitalis';
/** Prepositions that open where people were ("in the area", "on board") before what befell them. */
const PLACED_BY = new Set(['in', 'on', 'at', 'from', 'inside', 'aboard', 'near']);
/** How far past that preposition an auxiliary or a fate is looked for: "on board the second boat were". */
const PLACE_WORDS = 5;
const AUXILIARIES = new Set(['have', 'has', 'had', 'was', 'were', 'are', 'is', 'be', 'being', 'remain', 'remained', 'remains', 'been']);
/** The longest aside `befell` looks past: "including two children", "two of them children". */
const ASIDE_TOKENS = 6;
/** Words that open a second aside `befell` looks past: where the people are from. */
const ORIGIN_ASIDE = new Set(['of', 'from']);

/**
 * Words that hedge or time a figure or date without saying what it is about: "closed until at least
 * Tuesday" / "shut until Thursday" are one slot, "until" beside both; "Five people have now died"
 * counts what "Four people have died" does, "are feared to have died" what "were killed" does.
 * Canonical stems; left out of a figure's or a date's
 * neighbouring words and of what befell a count of people.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'least',
  'now',
  'nearli',
  'almost',
  'just',
  'onli',
  'still',
  'alreadi',
  'also',
  'roughli',
  'approxim',
  // How sure the report is, not what happened: "Four workers are feared to have died" counts the dead
  // of "Three workers were killed" (with "fear" beside it, the toll of four against three went unseen).
  'fear',
  'believ',
  'thought',
  'presum',
  'reportedli',
]);

/** Nouns that count people (canonical stems): a count of them is counted by what befell them too. */
export const PEOPLE: ReadonlySet<string> = new Set([
  'peopl',
  'person',
  'individu',
  'passeng',
  'victim',
  'resid',
  'worker',
  'civilian',
  'child',
  'adult',
  'pupil',
  'student',
  'patient',
  'miner',
  'troop',
  'tourist',
  'migrant',
  'crew',
  'member',
  'fan',
  'spectat',
  'protest',
  'villager',
  'inmat',
  'climber',
  'man',
  'men',
  'woman',
  'women',
  'hostag',
  'survivor',
  'casualti',
  'pilgrim',
  'refuge',
  'commut',
  'motorist',
  'driver',
  'suspect',
  'detaine',
  'teacher',
  'skier',
  'hiker',
  'doctor',
  'athlet',
  'guest',
  'visitor',
  'swimmer',
  'runner',
  'competitor',
  'player',
  'nurs',
  'fisherman',
  'fishermen',
  'sailor',
  'cyclist',
  'pedestrian',
  'shopper',
  'worshipp',
  'rider',
  'diver',
  'camper',
  'holidaymak',
  'bather',
  'beachgoer',
  'mourner',
  'policemen',
  'farmer',
  'trader',
  'vendor',
]);

/**
 * A currency's code before a sum (`CURRENCY_CODES`, "UGX 180 million", "Rs 2,500 crore"), as the
 * sign or the word another report writes it with: the codes' words by their stems here. One list
 * serves both readings of a code: the sum's unit, and no designation (`DESIGNATION`: "UGX 180" names
 * no thing as "Flight 370" does).
 */
/**
 * People counted as a body's members: "a team of 35 people", "a panel of seven experts" count what "the
 * 42-member team", "a 12-member jury" count (`member`, the body). Not a crew, counted as its sailors are.
 */
function membersOf(lead: string, read: string[]): string[] | undefined {
  const body = BODY_OF.exec(lead)?.[1]?.toLowerCase();
  return body && (!read.length || PEOPLE.has(read[0]!) || read[0] === 'member') ? ['member', stemOf(body)] : undefined;
}
const BODY_OF =
  /\b(team|panel|delegation|committee|board|jury|council|cabinet|commission|taskforce|task force)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more than\s+|at least\s+)?$/i;

/**
 * "N450 million", "P50M", "R15-million": a currency's letter before a sum the number reader took with its
 * scale; or before a price to the cent, "R18.67 to the dollar", which no road or code is ("the R62").
 */
function letterCurrency(text: string, t: Token): string | undefined {
  const letter = LETTER_BEFORE.exec(text.slice(Math.max(0, t.start - 2), t.start))?.[1];
  return letter && (ENDS_IN_SCALE.test(t.text) || TO_THE_CENT.test(t.text)) ? stemOf(LETTER_CURRENCIES.get(letter)!) : undefined;
}
const CURRENCY_UNITS = new Map<string, string>([...CURRENCY_CODES].map(([code, unit]) => [code, unit.length === 1 ? unit : stemOf(unit)] as const));
const CODES = [...CURRENCY_CODES.keys()].join('|');
const CURRENCY_CODE = new RegExp(`(?<!\\p{L})(${CODES})\\.?\\s*$`, 'u');

/**
 * A number that ends a name inside the sentence numbers a thing, it counts nothing: "171 Boeing 737
 * MAX 9 planes", "the Galaxy Note 7", "Flight 1282", "Category 5" (a user test had "number: 171 vs
 * 737"). Not a month's day ("on March 3"), nor a currency's code ("Rs 2,500 crore"), nor a capital that
 * opens the sentence ("About 171 planes").
 */
const DESIGNATION = new RegExp(
  `\\S\\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+$|(?:${CODES})\\.?\\s+$)\\p{Lu}[\\p{L}\\p{N}-]*\\s+$`,
  'u',
);

/** A figure in millions or in a currency is a sum after any name ("fined Coralink 12.5 million pounds"), no designation like "Flight 370". */
const SCALED = /^\s*(?:million|billion|trillion|thousand|bn|mn|m\b|pounds|dollars|euros|yen|rupees)/i;

/**
 * Figures that count nothing: a clock time ("18:07", "7.30am", "1336 GMT"), a rank ("the 11th round"),
 * how long before or after something it happened ("nine days earlier", "two years ago", "nine days
 * before the inauguration"), a place on a field ("the 27-yard line"), a place's size ("a town of 15,000
 * people") or either side of a slash ("24/7", "9/11", a fraction that lost its space:
 * "41/2 months"). The time tagger reads the times; as counts, "11th round" disputed "six rounds",
 * "eight days ago" "five days of riots", "nine days before the inauguration" "in about 30 days" and
 * the "2" of "41/2 months" "four months".
 */
function notACount(text: string, start: number, after: string): boolean {
  return (
    /\d[:./]$/.test(text.slice(Math.max(0, start - 2), start)) ||
    ZERO_ADJECTIVE.test(text.slice(start, start + 6)) ||
    (DESIGNATION.test(text.slice(Math.max(0, start - 30), start)) && !SCALED.test(after)) ||
    /^\/\d/.test(after) ||
    CLOCK.test(after) ||
    /^(?:st|nd|rd|th)\b/i.test(after) ||
    TIME_AGO.test(after) ||
    GAME_CLOCK.test(after) ||
    FIELD_POSITION.test(after) ||
    POPULATION_OF.test(text.slice(Math.max(0, start - 40), start)) ||
    NEEDED.test(text.slice(Math.max(0, start - 30), start)) ||
    DIFFERENCE.test(after) ||
    // "no one", "one of them"; not "some one hundred and fifty homes".
    (/^one\b(?!\s+(?:hundred|thousand|million|billion)\b)/i.test(text.slice(start, start + 20)) &&
      (PRONOUN_ONE.test(text.slice(Math.max(0, start - 8), start)) || ONE_OF.test(after) || ONE_THE_OTHER.test(text.slice(start, start + 160)))) ||
    (TIME_OFFSET.test(after) &&
      !DURATION.test(text.slice(Math.max(0, start - 20), start)) &&
      (!BEFORE_ING.test(after) || CLAUSE_START.test(text.slice(0, start))))
  );
}

/**
 * What is still needed, or how far one figure is from another, is no count of the thing itself:
 * "needed just nine points in the game to eclipse Phil Ford" beside "entered the game with 2,282
 * points, eight fewer than Ford's total" disputed 2,282 against nine. Not a span of time before
 * "after" or "ago": "a £350,000 insurance claim less than a fortnight after the fire" tells when.
 */
const NEEDED = /\bneed(?:s|ed)?\s+(?:just\s+|only\s+|another\s+|a\s+further\s+)?$/i;
const DIFFERENCE =
  /^[\s-]*(?:\p{L}+\s+){0,2}?(?:fewer|more|less|short|shy)\s+(?:than|of)\b(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:minutes?|hours?|days?|weeks?|fortnight|months?|years?)\s+(?:after|before|later|earlier|ago)\b)/iu;

/** "One route will go to the university, the other to Raheen": one of a pair, not a count of one. */
const ONE_THE_OTHER = /^one\b[^.;]*?,\s+(?:and\s+|while\s+)?the\s+other\b/i;
/** "No one was hurt", "every one of them", "the one who fled": a pronoun, not a count of one. */
const PRONOUN_ONE = /\b(?:no|any|every|each|some|this|that|the|which)\s+$/i;
/**
 * "one of Colorado's best-known start-ups", "one of the largest": one among many, not a count. It had
 * added 1 to a sentence's parts ("one of … start-ups", "seven counts"), whose sum then agreed with the
 * other report's "eight counts". "one of nine counts" is a part of a whole and stays a count.
 */
const ONE_OF = /^\s+of\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;
const CLOCK = /^(?::\d\d|\s?[ap]\.?m\b\.?|\s*(?:gmt|utc|hrs|local time)\b)/i;
const TIME_AGO = /^[\s-]*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|previously)\b/i;
/**
 * "nine days before the inauguration", "two weeks after the vote": a time relative to an event. Not
 * after "for" ("jailed for six years after the trial" counts years, `DURATION`), nor before an -ing
 * form after a verb (`BEFORE_ING`, `CLAUSE_START`).
 */
const TIME_OFFSET = /^[\s-]*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:before|after)\s+/i;
/** …unless an -ing form follows after a verb ("served four months before being freed" counts months). */
const BEFORE_ING = /^[\s-]*\p{L}+\s+(?:before|after)\s+\w+ing\b/iu;
/** Opening its clause, the figure has no verb before it: "One day after placing Ivory on injured reserve, …" is a time. */
const CLAUSE_START = /(?:^|[.;:,]\s*|\b(?:and|but)\s+)$/i;
/** A game clock in words: "with 4 minutes 48 seconds remaining", "12 minutes, 31 seconds left" ("2:15" is a clock time above). */
const GAME_CLOCK = /^[\s-]*(?:minutes?|mins?|seconds?|secs?)(?:,?\s+(?:and\s+)?\d+\s+seconds?)?\s+(?:remaining|left|to play|to go)\b/i;
/** A place's size, not what happened there: "Zarand, a town of about 15,000 people" beside "killing 612 people". */
const POPULATION_OF =
  /\b(?:town|city|village|island|community|country|nation|province|district|region|state)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?$/i;
/** A place on a field, not a distance: "at the 27-yard line", "the Indianapolis 27" is a name's. "27 yards" counts. */
const FIELD_POSITION = /^[\s-]*(?:yard|metre|meter)[\s-]+line\b/i;
/**
 * A span someone serves or spends, whatever follows it: "must serve at least 24 years before he can be
 * considered for parole" is the minimum term (a user test's 24 against another report's 26 years); and
 * one something happened in: "143 millimetres of rain in six hours before the slide".
 */
const DURATION =
  /\b(?:for|in|within|over|serve[sd]?|serving|spen[dt]|spends|spending)\s+(?:(?:at\s+least|a\s+minimum\s+of|a\s+maximum\s+of|up\s+to|more\s+than|about|nearly|almost|some|just|only)\s+)?$/i;
/** Between a figure and its conversion: a few words, then an opening bracket and maybe "about" and a currency sign. */
const CONVERSION = /^[^\d()]{0,25}\(\s*(?:about |around |some |roughly |approximately |nearly |almost )?(?:[A-Z]{0,2}[$£€¥])?\s*$/i;

/**
 * The person an age belongs to: "Yvonne Hiller, 43," or "(43)" after a name (`apposition`, which
 * makes the figure an age whatever follows it), or "the 32-year-old Klitschko".
 */
function ageOwner(
  text: string,
  t: { start: number; end: number; value?: number },
  after: string,
  names: NameMention[],
): { key: string; apposition: boolean; role?: string } | undefined {
  if (t.value === undefined || !Number.isInteger(t.value) || t.value < 1 || t.value > 120) return undefined;
  // A name the word lists cannot place ("Whitfield, 26, failed a drug test") is a person's when an age follows it so.
  const before = names.filter((m) => (m.kind === 'person' || m.kind === 'other') && m.end <= t.start).pop();
  const between = before && text.slice(before.end, t.start);
  // The age may end the sentence: "The van was driven by Tomasz Brodecki, 31."
  if (before && ((AGE_AFTER_NAME.test(between!) && /^\s*(?:[,)]|\.\s*$)/.test(after)) || NAME_WAS_IN_DECADE.test(between!)))
    return { key: before.key, apposition: true, ...roleOf(ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, before.start - 50), before.start))) };
  // "said Park Min-jun, the 48-year-old chairman of …": the name's apposition gives its age.
  if (before && NAME_THEN_AGED.test(between!) && /^[\s-]*years?[\s-]+old\b/i.test(after)) return { key: before.key, apposition: true };
  // The person a sentence opens on, then the age its own clause gives: "Sergeant Walter Hibbert, a flight
  // engineer, was 22 when …", "Sergeant Walter Hibbert was killed at the age of 21".
  const subject = names.find((m) => m.kind === 'person');
  if (
    subject &&
    subject.end <= t.start &&
    /^\W*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(0, subject.start)) &&
    SUBJECT_AGE.test(text.slice(subject.end, t.start)) &&
    (WHEN_AFTER.test(after) || AT_AGE.test(text.slice(subject.end, t.start)))
  )
    return { key: subject.key, apposition: true };
  const next = names.find((m) => m.kind === 'person' && m.start >= t.end);
  if (next && AGE_BEFORE_NAME.test(text.slice(t.end, next.start))) return { key: next.key, apposition: false };
  // "The former president, 83, was taken to hospital", "the suspect, 42, of Bristol": an unnamed
  // person's age, as "the 82-year-old former president" gives it (no name to own it either).
  if (COMMON_NOUN_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && /^\s*,/.test(after))
    return { key: '', apposition: true, ...roleOf(COMMON_NOUN_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start))) };
  return undefined;
}

/**
 * "22-year-old Mateo Lindqvist", "22-year-old Swedish midfielder Mateo Lindqvist", "A 34-year-old
 * surfer, Daniel Corrigan, was bitten": an age, then at most a demonym and two nouns before the name,
 * which may follow them in apposition.
 */
const NOUN_AFTER_AGE = String.raw`(?!(?:who|which|that|was|is|and|or|of|in|with|has|had|said|says)[\s,])\p{Ll}[\p{Ll}-]*`;
const AGE_BEFORE_NAME = new RegExp(String.raw`^[\s-]*[Yy]ears?[\s-]+[Oo]ld\s+(?:\p{Lu}\p{Ll}+\s+)?(?:${NOUN_AFTER_AGE}\s+)?(?:${NOUN_AFTER_AGE},?\s+)?$`, 'u');

/**
 * Between a name and its age: "Whitfield, 26,", "Whitfield (26)", "Whitfield, who is 27,", "Wróbel,
 * aged 34,". Not "then aged 34": an age at an earlier time, which today's "36" need not dispute.
 */
const AGE_AFTER_NAME = /^\s*(?:[,(]|,\s*who\s+(?:is|was)(?:\s+now)?|,\s*(?:now\s+)?aged)\s*$/;
/** Between a name and the age its apposition opens with: "Park Min-jun, the 48-year-old chairman", "Ms Ode, a 61-year-old teacher". */
const NAME_THEN_AGED = /^\s*,\s*(?:the|a|an)\s+$/;
/** Between a sentence's opening name and an age its main clause gives, past at most one aside: "…, a flight engineer, was", "… was killed at the age of", "… died at the age of". */
const SUBJECT_AGE = /^(?:,[^,;:]{1,60},)?\s+(?:(?:was|is)\s+(?:(?:only|just)\s+|\p{Ll}+\s+at\s+the\s+age\s+of\s+)?|\p{Ll}+\s+at\s+the\s+age\s+of\s+)$/u;
const AT_AGE = /\bat\s+the\s+age\s+of\s+$/;
const WHEN_AFTER = /^\s+(?:when|at\s+the\s+time)\b/;
/** …or a decade of life the name's own clause gives it: "Dale Wickersham, was in his 60s", "Reyes is in her late 70s". */
const NAME_WAS_IN_DECADE = /^,?\s+(?:who\s+)?(?:is|was)\s+in\s+(?:his|her)\s+(?:(?:early|mid|late)[\s-]+)?$/;

/** A noun phrase of lower-case words after "the" or "a", then a comma: where an unnamed person's age goes (its last word the role). */
const COMMON_NOUN_BEFORE = /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/iu;
/** …and before a name with its title: "The pilot, Captain Nathan Koim, 38". */
const ROLE_BEFORE_NAME = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
const roleOf = (m: RegExpExecArray | null): { role?: string } => (m?.[1] ? { role: stemOf(m[1]) } : {});

/** "-year-old Australian climber": the capitalised word before a lower-case noun after an age. */
const DESCRIBED = /^[\s-]*years?[\s-]+old\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;
/** "-year-old boy", "-year-old Korean man": the word for the person, by sex and childhood. */
const AGED_PERSON = /^[\s-]*years?[\s-]+old\s+(?:\p{Lu}\p{Ll}+\s+)?((?:school)?boy|(?:school)?girl|man|woman)\b/u;
/** …or before "aged": "a woman aged 24 and a man aged 33". */
const PERSON_AGED = /\b((?:school)?boy|(?:school)?girl|man|woman)\s+aged\s+$/iu;
/** …or before a decade of life: "two women in their thirties", "a man in his fifties". */
const PERSON_IN_DECADE = /\b((?:school)?boys?|(?:school)?girls?|m[ae]n|wom[ae]n)\s+in\s+(?:his|her|their)\s+$/iu;
const ONE_PERSON: Record<string, NonNullable<Quantity['agedPerson']>> = { boys: 'boy', girls: 'girl', men: 'man', women: 'woman' };
function agedPersonOf(after: string, before: string): Pick<Quantity, 'agedPerson'> {
  const word = (AGED_PERSON.exec(after)?.[1] ?? PERSON_AGED.exec(before)?.[1] ?? PERSON_IN_DECADE.exec(before)?.[1])?.toLowerCase().replace(/^school/, '');
  return word ? { agedPerson: ONE_PERSON[word] ?? (word as NonNullable<Quantity['agedPerson']>) } : {};
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'the']);

/** How far an approximate figure may sit from the true one ("about 860,000" for 900,000 is fine). */
const APPROXIMATE = 0.15;
/** Words before a figure that tell it as an earlier count (`Quantity.superseded`); not "first reported on Monday", which dates the story. */
export const SUPERSEDED =
  /^\s*(?:Earlier|Initially|At first)\b|\b(?:an?\s+earlier|the\s+(?:earlier|initial|first|original))\s+(?:post|report|statement|figure|count|estimate|toll|update|reports)\b|\b(?:had\s+)?(?:earlier|initially)\s+(?:said|reported|put|given|estimated|stated|announced)\b/i;
/** Words that round a figure either way ("about 200"); a hedged clock time rounds too (conflicts). */
export const HEDGE_WORDS = ['about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'close to', 'circa'];
/** …and those that make a clock time rough: "shortly after 2 a.m.", "just before 7pm". */
export const CLOCK_HEDGES = [...HEDGE_WORDS, 'shortly', 'just', 'soon'];
const endingIn = (words: readonly string[]) => new RegExp(`(?:^|\\s)(?:${words.join('|')})$`);
/** A hedge after a figure, as "about" before it: "another 11,000 or so residents", "£5m or thereabouts". */
const HEDGE_AFTER = /^(?:[\s-]*[\p{L}%]+)?\s+or\s+(?:so|thereabouts)\b/iu;
const APPROX_WORDS = endingIn([...HEDGE_WORDS, 'an estimated', 'estimated', 'up to', 'just under', 'just over', 'c']);

const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 365.25 / 12, year: 365.25, annum: 365.25 };
const PER_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year' };

/**
 * What a rate's unit is per, when that is no period (`periodOf`): "5.3 tons per hectare" → hectar.
 * Part of the unit, not of what the figure is about: two yields per hectare do not meet on "hectare".
 */
function perThingOf(after: string): Pick<Quantity, 'perThing' | 'perArea'> {
  const area = PER_AREA.exec(after);
  if (area) return { perThing: 'area', perArea: PER_AREA_UNITS[area.slice(1).findIndex(Boolean)]! };
  // …or a sum straight after its sign: "£61 per affected account", "$40 per person at the door" (one
  // word may describe the thing if it reads as a participle or an adjective, not the "at" after it).
  const m =
    /^[\s-]*\p{L}+\s+(?:per|an?)\s+(\p{L}+)/u.exec(after) ?? /^\s*per\s+(?!cent\b|shares?\b)(?:\p{Ll}+(?:ed|ing|ible|able|al)\s+)?(\p{L}+)/u.exec(after);
  const word = m?.[1]?.toLowerCase();
  if (
    !word ||
    /^(?:day|week|fortnight|month|year|annum|hour|minute|second|time|lot|bit|few|little|result|record|total|decade|century|night|morning|season)s?$/.test(word)
  )
    return {};
  return { perThing: canonicalWord({ norm: word, stem: stem(word) }) };
}

/** A price or yield per area, after its unit: "€48,200 per hectare", "€19,500 an acre", "£1,200 per sq ft". */
const PER_AREA =
  /^[\s-]*(?:\p{L}+\s+)?(?:per|an?)\s+(?:(hectares?|ha\b)|(acres?)|(?:square|sq\.?)\s+(?:(met(?:re|er)s?\b|m\b)|(feet|foot|ft)\b|(kilomet(?:re|er)s?\b|km\b)|(miles?\b))|(m²|m2\b)|(ft²|ft2\b))/iu;
/** The unit of each area `PER_AREA` reads, in its groups' order (keys of `areaFactor`'s table). */
const PER_AREA_UNITS = ['hectare', 'acre', 'square metre', 'square foot', 'square km', 'square mile', 'square metre', 'square foot'];

/**
 * The period of a rate written after its figure and unit, within the clause: "90 crowns a month",
 * "£3,000 per year", "1,100 crowns more annually", "11.3 million vehicles a year on Interstate 695". "A
 * year ago", "a year later" and "a year on(,)" are times, not rates.
 */
/**
 * "seven minutes after the first call", "1 hour and 45 minutes later": the span between the moment the
 * sentence tells and another, which a report may give by its own clock time ("The first call came at
 * 5:37 p.m.", `findDifferences`).
 */
function lapseOf(value: number, unit: string | undefined, after: string): { lapse: number } | Record<string, never> {
  const minutes = unit === 'minut' ? value : unit === 'hour' ? value * 60 : undefined;
  return minutes !== undefined && /^[\s-]*(?:(?:minutes?|mins?|hours?|hrs?)\b\s*)?(?:after|later|before|earlier)\b/i.test(after) ? { lapse: minutes } : {};
}

function periodOf(after: string): { per: number } | Record<string, never> {
  const clause = after.split(/[,;.(]/)[0]!;
  const m =
    /^[^\d]{0,30}?\b(?:a|an|per|each|every)\s+(day|week|fortnight|month|year|annum)\b(?!\s+(?:ago|later|earlier|before|after)\b|\s+on\s*(?:from\b|$))/i.exec(
      clause,
    );
  const word = m?.[1]?.toLowerCase() ?? PER_WORD[/^[^\d]{0,30}?\b(daily|weekly|monthly|annually|yearly)\b/i.exec(clause)?.[1]?.toLowerCase() ?? ''];
  return word ? { per: PERIOD_DAYS[word]! } : {};
}

/**
 * What a figure ending in zeros may be rounded by at least, as a share of itself: news rounds a count
 * to its hundreds, so "4,600 homes" is the "4,610 properties" of the operator's notice and "RM86,000
 * in cash" the "RM86,400" of a police statement, while "4,200 people" still disputes "4,250".
 */
const ROUNDED_SHARE = 0.005;
/**
 * "the Tolka House and 23 other pubs", "a teacher and four other adults": the count and the one named
 * before it, so the "24 Dublin pubs" of another report agree. Read as a range reaching one above.
 */
const AND_OTHERS = /\band$/i;
/** "The guide and one passenger were fatally injured", "a teacher and four pupils": one person named by a word, and a count of people. */
/**
 * "Two suspects were arrested at the scene, and the third …": one more than the count, told apart, and
 * one of the group the count is of, as "the" says. "Three men were arrested and a fourth was shot dead"
 * adds one the count is not of.
 */
const THE_NEXT_ONE = /\b(?:and|but|while)\s+the\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;
/** Whether the rest of the sentence, `rest`, tells of the one after the count `value`: the group is one more. */
const nextOneAfter = (rest: string, value: number) => ORDINAL_WORDS.get(THE_NEXT_ONE.exec(rest.slice(0, 120))?.[1]?.toLowerCase() ?? '') === value + 1;
/**
 * Ranks written as words, from "second": "first" is left out, as `findNumbers` leaves it, for it
 * says more often that something never happened before ("the first strike in five decades") than
 * which of several it was.
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, k) => [w, k + 2]),
);
const ONE_AND = /\b(?:the|a|an|his|her|their)\s+\p{L}+\s+and$/iu;
const OTHER_AFTER = /^\s+other\s+\p{L}/u;

/**
 * The values a figure allows, read from the words before it. Figures written with decimals allow
 * their rounding ("34.2%" and "34%" agree), whole numbers theirs, fractions none; round figures ("900,000", "hundreds") allow the
 * approximation that news writing gives them even without "about".
 */
function rangeOf(value: number, as: string, before: string, hedgedAfter = false): [number, number] {
  // A decimal comma ("4,5 lira") and thousands parted by points ("1.200.000") as English writes them (text/numbers.ts).
  const text = asEnglishDigits(as);
  // A decimal spaced by a tokenizer ("5. 9") is written to a tenth as "5.9" is.
  const written = /\d[\d,]*(?:\.\s?(\d+))?/.exec(text);
  const decimals = written?.[1]?.length ?? 0;
  // Rounded in the figure as written: "$4.2 million" allows $4.15–4.25 million, so "4.19 million dollars" agrees.
  const mantissa = written ? Number(written[0].replace(/[,\s]/g, '')) : 0;
  const ratio = mantissa > 0 ? Math.log10(value / mantissa) : 0;
  const scale = ratio >= 3 && Math.abs(ratio - Math.round(ratio)) < 1e-9 ? 10 ** Math.round(ratio) : 1;
  // A fraction is written by choice, not by rounding: "2½ years" is neither "two" nor "three years".
  // "a million" is "1 million" in words: rounded to its one figure, so "1.2 million" agrees with "over a million".
  // "a dozen" is a count told round, a quarter either way: "more than a dozen villages" holds 14, not nine.
  // …but a dozen told plainly is about twelve: "a dozen incoming flights" disputes "14 inbound flights".
  const plainDozen = /dozen/i.test(text) && !leadOf(before) && !APPROX_WORDS.test(before);
  // A count in words is rounded to the scale word that ends it: "two lakh thirty-one thousand" is the
  // "2,31,400" of another report, as "231,000" would be.
  // Not a fraction of one: "more than a quarter of a million" is 250,000 to the thousand.
  const wordScale = written ? undefined : WORD_SCALES[WORD_SCALE_END.exec(text)?.[1]?.toLowerCase() ?? ''];
  const roundedToWord = wordScale !== undefined && value % wordScale === 0 ? wordScale : undefined;
  const step = FRACTION.test(text)
    ? 0
    : !written && ONE_OF_A_SCALE.test(text)
      ? (/dozen/i.test(text) ? (plainDozen ? 0.125 : 0.25) : 0.5) * value
      : roundedToWord
        ? 0.5 * roundedToWord
        : 0.5 * 10 ** -decimals * scale;
  // A figure ending in zeros may be rounded to them: "$1,300" is the "$1,299" of a price tag, "1,300
  // passengers" the "1,296" of a manifest; a tenth of its last zeros' place either way.
  const zeros = Number.isInteger(mantissa) && mantissa >= 100 && !decimals ? (/0+$/.exec(String(mantissa))?.[0].length ?? 0) : 0;
  const roundedTo = zeros >= 2 ? Math.max(0.5 * 10 ** (zeros - 1) * scale, ROUNDED_SHARE * value) : 0;
  let lo = value - Math.max(step, roundedTo);
  let hi = value + Math.max(step, roundedTo);
  const round = Number.isInteger(value) && value >= 100 && value % 10 ** Math.floor(Math.log10(value)) === 0;
  if (APPROX_WORDS.test(before) || hedgedAfter || round) [lo, hi] = [Math.min(lo, value * (1 - APPROXIMATE)), Math.max(hi, value * (1 + APPROXIMATE))];
  // "More than 26,000 killed" is a figure the writer rounded down, not any number above it: beside
  // "more than 31,000" it is another toll (two editions' counts), and beside "26,400" the same.
  const lead = leadOf(before);
  const [low, high] = leaning([lo, hi], value, step, lead);
  // "More than a dozen" is any count short of two dozen, as "more than 2,000" is short of 3,000: the
  // landslide's "17 houses" is "more than a dozen homes".
  return [low, plainDozen || !/dozen/i.test(text) || lead?.side !== 'above' || !lead.bound ? high : Math.max(high, 2 * value - 0.5)];
}

/** The stems of the units a span of time is counted in (`unitsOf`). */
const SPAN_STEMS: ReadonlySet<string> = new Set(['second', 'minut', 'hour', 'dai', 'week', 'fortnight', 'month', 'year', 'decad']);

/**
 * "More than two weeks" is a span rounded down to whole weeks: the "19 days" of another report, which
 * it had disputed, as "more than 2,000 hours" holds 2,340 (`leaning`). Only a span: "at least three
 * dead" beside "four dead" is two tolls a reader compares.
 */
function floorOfWholeUnits([lo, hi]: [number, number], value: number, unit: string | undefined, before: string): [number, number] {
  const lead = leadOf(before);
  if (lead?.side !== 'above' || !lead.bound || !Number.isInteger(value) || value >= 10 || !SPAN_STEMS.has(unit ?? '')) return [lo, hi];
  return [lo, Math.max(hi, value + 0.999)];
}

/** What a figure allows once the words before it put it on one side: `rangeOf`'s last step, and a phrase's ("more than a quarter of an hour"). */
function leaning([lo, hi]: [number, number], value: number, step: number, lead: (typeof LEADS)[number] | undefined): [number, number] {
  if (lead?.side === 'above') hi = Math.max(hi, value * (1 + APPROXIMATE));
  // A floor of one significant figure is a figure rounded down to it: "more than 2,000 hours" is the
  // pilot's 2,340, as "more than 300,000" is £381,450; not the next step up ("more than 2,000" / "3,100").
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value) || 1));
  if (lead?.side === 'above' && lead.bound && value >= 10 && Number.isInteger(value / magnitude)) hi = Math.max(hi, value + magnitude * 0.999);
  // "Just over seven weeks" is not six weeks: rounded down from above, as "nearly" rounds up from below.
  if (lead?.side === 'above' && !lead.bound) lo = value - step;
  // "Almost 90%", "nearly 900", "up to 40": not above the figure, however round it is ("almost 90%" and 93.87% disagree).
  // A bound ("up to 40", "under 40") allows far less; "nearly" and "almost" only a little: "nearly 8
  // million customers" is no "6.2 million customers".
  if (lead?.side === 'below') [lo, hi] = [Math.min(lo, value * (1 - APPROXIMATE * (lead.bound ? 2 : 1))), value + step];
  return [lo, hi];
}

const WORD_SCALE_END = /\b(hundred|thousand|lakh|million|crore|billion)\s*$/i;
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, lakh: 100_000, million: 1e6, crore: 1e7, billion: 1e9 };
const ONE_OF_A_SCALE = /^(?:a|an|one)\s+(?:dozen|hundred|thousand|million|billion|trillion)\s*$/i;

/**
 * Words that put a figure's value on one side of it: those that bound it ("at least 27", "under 40")
 * and those that only round it from that side ("nearly 900", "just over 100").
 */
const LEADS: readonly { words: string; side: 'above' | 'below'; bound: boolean }[] = [
  ...['at least', 'more than', 'upwards of', 'in excess of', 'over', 'above', 'exceeding'].map((words) => ({ words, side: 'above' as const, bound: true })),
  ...['less than', 'fewer than', 'no more than', 'at most', 'up to', 'under', 'below'].map((words) => ({ words, side: 'below' as const, bound: true })),
  { words: 'just over', side: 'above', bound: false },
  ...['nearly', 'almost', 'just under'].map((words) => ({ words, side: 'below' as const, bound: false })),
];

/** The words ending `before` that put the figure after them on one side; the longest, so "no more than" is below. */
function leadOf(before: string): (typeof LEADS)[number] | undefined {
  const text = before.trimEnd().toLowerCase();
  let best: (typeof LEADS)[number] | undefined;
  for (const lead of LEADS) {
    const at = text.length - lead.words.length;
    if (text.endsWith(lead.words) && (at === 0 || /\s/.test(text[at - 1]!)) && lead.words.length > (best?.words.length ?? 0)) best = lead;
  }
  // "hand over £381,450", "signed over the house", "turned over £5m": a verb's particle, not a floor;
  // "£25m over ten years", "spread over five years": the span a sum or a count is spread across.
  if (best?.words === 'over' && (HANDED_OVER.test(text) || SPREAD_OVER.test(text))) return undefined;
  return best;
}

const SPREAD_OVER = /(?:\d[\d,.]*\s*(?:m|bn|k|million|billion|thousand)?|\b(?:spread|staggered|phased))\s+over$/;
const HANDED_OVER = /\b(?:hand|hands|handed|handing|sign|signs|signed|signing|turn|turns|turned|turning)\s+over$/;

function boundOf(before: string): Pick<Quantity, 'bound'> {
  const lead = leadOf(before);
  return lead?.bound ? { bound: { side: lead.side, words: lead.words } } : {};
}

const TEMPERATURE_UNITS = new Set(['celsiu', 'fahrenheit', 'degree']);
/** A minus before a figure: the word, or a sign after a space or the start ("-4F", "−10C"), not a range's dash ("3-4"). */
const MINUS = /(?:\bminus\s+|(?:^|[\s(])[-−–])$/i;
/** After a temperature's figure and unit: below zero or freezing. */
const BELOW_ZERO = /^\s*(?:degrees?\s+)?(?:celsius\s+|fahrenheit\s+|[°º]\s?[cf]?\s+)?below\s+(?:zero|freezing)\b/i;

const FRACTION = /\d\/\d|[¼½¾⅓⅔⅛⅜⅝⅞]|\bhalf\b/i;

/** The first content word after the number at `tokens[i]`, as written. */
function unitWord(tokens: readonly Token[], i: number): string {
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) if (!tokens[k]!.stop) return tokens[k]!.text;
  return '';
}

function stemOf(word: string): string {
  return canonicalWord(tokenize(word)[0]!);
}

/** What a physical measure measures; figures of one dimension compare after conversion. */
export type Dimension = 'length' | 'mass' | 'speed' | 'temperature' | 'area' | 'volume' | 'share change' | 'energy' | 'power';

/** A figure of a measure in its dimension's base unit (metres, kilograms, metres per second, degrees Celsius). */
export function inBaseUnit(value: number, measure: NonNullable<Quantity['measure']>): number {
  return value * measure.factor + (measure.offset ?? 0);
}

/**
 * Units of length, mass, speed and temperature by canonical stem (plurals stem alike, "feet" aside),
 * with the factor to metres, kilograms, metres per second and degrees Celsius. "Pounds" is left out:
 * in news it is money as often as weight.
 */
type Measure = NonNullable<Quantity['measure']>;
/** Areas by the length squared, in square metres: "4,320 square kilometres" is "1,668 square miles". */
const SQUARE_FACTORS: Record<string, number> = { 'square km': 1e6, 'square mile': 2589988.110336, 'square metre': 1, 'square foot': 0.09290304 };
/** "square kilometres", "sq miles", "sq. ft", "km²", "km2": the length's unit, for `SQUARE_FACTORS`. */
const SQUARE = /^\s*(?:(?:square|sq\.?)\s+(?:(kilomet(?:re|er)s?|km)|(miles?|mi)|(met(?:re|er)s?|m)|(feet|foot|ft))\b|(?:(km)|(mi)|(m)|(ft))(?:²|2\b))/i;
/** Volumes by the length cubed, in cubic metres: "about 1.2 cubic kilometres" is "roughly 0.3 cubic miles". */
const CUBIC_FACTORS: Record<string, number> = { 'cubic km': 1e9, 'cubic mile': 4168181825.440579, 'cubic metre': 1, 'cubic foot': 0.028316846592 };
/** Units of area a price or a yield is told per, in square metres: the land measures and the lengths squared. */
const LAND_AREAS = { hectare: 1e4, acre: 4046.8564224 };
const AREA_FACTORS: Record<string, number> = { ...LAND_AREAS, ...SQUARE_FACTORS };
/** The square metres of a unit of area `Quantity.perArea` names. */
export const areaFactor = (unit: string): number => AREA_FACTORS[unit]!;
/** "cubic kilometres", "cu ft", "km³", "m3": the length's unit, for `CUBIC_FACTORS`. */
const CUBIC = /^\s*(?:(?:cubic|cu\.?)\s+(?:(kilomet(?:re|er)s?|km)|(miles?|mi)|(met(?:re|er)s?|m)|(feet|foot|ft))\b|(?:(km)|(mi)|(m)|(ft))(?:³|3\b))/i;
/**
 * An area or a volume by its length's unit squared or cubed, at the start of `after`: the unit's key
 * in `SQUARE_FACTORS` or `CUBIC_FACTORS`, and the words as written ("sq miles", "cubic kilometres").
 */
function poweredUnit(after: string): { unit: string; written: string } | undefined {
  for (const [pattern, factors] of [
    [SQUARE, SQUARE_FACTORS],
    [CUBIC, CUBIC_FACTORS],
  ] as const) {
    const m = pattern.exec(after);
    if (m) return { unit: Object.keys(factors)[m.slice(1).findIndex(Boolean) % 4]!, written: m[0].trim() };
  }
  return undefined;
}
/** A temperature's unit as messages write it, however the text did ("degrees Fahrenheit", "8C"). */
const SCALES: Record<string, string> = { celsiu: '°C', fahrenheit: '°F' };
/** Currencies as `Quantity.units` gives them: each its own unit ("$103 million" is no "£88m"). */
export const MONEY: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹']);
const CURRENCIES: ReadonlySet<string> = new Set([...MONEY, ...CURRENCY_UNITS.values()]);
/** Whether a unit is a currency ("$", "€", "naira"), however the sum was written. */
export const isCurrency = (unit: string | undefined): boolean => CURRENCIES.has(unit ?? '');
/** A change in a share, as `unitsOf` names it: a percentage point is 100 basis points. */
const PERCENTAGE_POINT = 'percentage point';
const BASIS_POINT = 'basis point';
const POINTS = /^[\s-]*(?:(basis[\s-]+points?|bps?\b)|percentage[\s-]+points?\b|(?:pp|ppts?)\b)/i;
/** A sea mile, as `unitsOf` names it. */
const NAUTICAL_MILE = 'nautical mile';
/** Degrees Fahrenheit, in degrees Celsius. */
export const FAHRENHEIT: Measure = { dimension: 'temperature', factor: 5 / 9, offset: -160 / 9 };
const MEASURES = new Map<string, Measure>([
  ...(
    [
      [
        'length',
        {
          metre: 1,
          meter: 1,
          kilometre: 1000,
          kilometer: 1000,
          centimetre: 0.01,
          millimetre: 0.001,
          foot: 0.3048,
          feet: 0.3048,
          inch: 0.0254,
          yard: 0.9144,
          mile: 1609.344,
        },
      ],
      ['mass', { kilogram: 1, kilo: 1, gram: 0.001, tonne: 1000, lb: 0.45359237 }],
      ['speed', { mph: 0.44704, kph: 1 / 3.6, knot: 1852 / 3600 }],
      ['area', LAND_AREAS],
      // A battery's or a plant's figures: "an 82kWh battery", "a 1.2GW plant", "82 kilowatt-hours".
      ['energy', { kwh: 1, mwh: 1e3, gwh: 1e6, twh: 1e9 }],
      ['power', { kilowatt: 1, megawatt: 1e3, gigawatt: 1e6, kw: 1, mw: 1e3, gw: 1e6 }],
    ] as const
  ).flatMap(([dimension, units]) => Object.entries(units).map(([word, factor]): [string, Measure] => [stemOf(word), { dimension, factor }])),
  [NAUTICAL_MILE, { dimension: 'length', factor: 1852 }],
  [PERCENTAGE_POINT, { dimension: 'share change', factor: 1 }],
  [BASIS_POINT, { dimension: 'share change', factor: 0.01 }],
  // Read by `unitsOf` from "square kilometres", "sq miles", "km²".
  ...Object.entries(SQUARE_FACTORS).map(([unit, factor]): [string, Measure] => [unit, { dimension: 'area', factor }]),
  ...Object.entries(CUBIC_FACTORS).map(([unit, factor]): [string, Measure] => [unit, { dimension: 'volume', factor }]),
  // Read by `unitsOf` as these stems from "°C", "degrees Fahrenheit", "8C", "47F".
  ['celsiu', { dimension: 'temperature', factor: 1 }],
  ['fahrenheit', FAHRENHEIT],
]);

/**
 * A toll's figure with no noun after it counts the dead: "raised the death toll to seven", "the toll
 * stood at 12", "The death toll in the Halagur hooch tragedy rose to 23", which "Nine people died"
 * disputes. `DEATHS` is the stem "died" and "killed" share. A follow-up report may name the whole
 * disaster between them: "The death toll from Thursday's flash flood at the Dambala Road market in Bo
 * has risen to seven", hence the reach.
 */
const TOLL_BEFORE = /\btoll\b[^.,;:!?$£€]{0,120}$/i;
export const DEATHS = stemOf('died');

/**
 * A figure with no noun after it counts what the words before it name as risen, fallen or standing
 * at it: "The number of injured has climbed to 41", "the number of arrests was revised to 52", "the
 * number of guests treated in hospital now stands at 19" (guests, treated), "Deaths from the outbreak
 * have risen to nine" (as a toll), "the injury toll now stands at 41" (the hurt, not the dead).
 * Follow-up reports give their updated counts so, and "About 30 people were injured" disputes them.
 * Only people something befell, and the dead.
 */
function countedBefore(lead: string): { units: string[]; befell?: string[] } | undefined {
  for (const pattern of [NUMBER_OF_BEFORE, FATE_TOLL_BEFORE, LEVEL_BEFORE, LEVEL_RIGHT_BEFORE]) {
    const m = pattern.exec(lead);
    if (!m) continue;
    const what = stemOf(m[1]!);
    if (what === DEATHS) return { units: [DEATHS] };
    if (FATE_VERBS.has(what)) return { units: ['peopl'], befell: [what] };
    // "the number of people treated for injuries": what befell them is the first fate in the words after.
    const found = (m[2] ?? '')
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .map(stemOf)
      .find((w) => FATE_VERBS.has(w));
    // "the number of guests treated in hospital" were hospitalised, as `befell` reads them told plainly.
    const fate = found === 'treat' && TREATED_IN_HOSPITAL.test(m[2] ?? '') ? HOSPITALISED : found;
    if (PEOPLE.has(what)) return { units: [what], befell: fate ? [fate] : [] };
    // "the number of initiates who have died": "who" makes any noun people, counted by what befell them.
    if (/^\s+who\b/i.test(m[2] ?? '') && fate) return fate === DEATHS ? { units: [DEATHS] } : { units: ['peopl'], befell: [fate] };
    // "revised the number of stalls destroyed to 340": any thing counted so after "number of"; and a
    // plural that has risen to a bare figure is counted by it: "dengue cases climbed to 3,412".
    if ((pattern === NUMBER_OF_BEFORE || (pattern === LEVEL_RIGHT_BEFORE && /^\p{Ll}{3,}s$/u.test(m[1]!))) && /^\p{L}{3,}$/u.test(what))
      return { units: [what] };
  }
  return undefined;
}
const NUMBER_OF_BEFORE = /\bnumber of (?:the |those )?(\p{L}+)([^.;:!?$£€\d]{0,120})$/iu;
/** "Deaths from the outbreak have now risen to", "Arrests reached", "Injuries stood at". */
const LEVEL_VERB = String.raw`\s+(?:(?:has|have|had)\s+)?(?:(?:now|also)\s+)?(?:risen|rose|climbed|reached|stands?|stood|increased|grown|grew|jumped|fallen|fell|(?:(?:has|have|was|were)\s+)?(?:been\s+)?revised(?:\s+(?:up|down)(?:wards?)?)?)(?:,?\s+(?:to|at))?\s*$`;
const LEVEL_BEFORE = new RegExp(String.raw`\b(\p{L}+)(?:\s+(?:from|in|at|among|after)\b[^.,;:!?$£€\d]{0,80})?` + LEVEL_VERB, 'iu');
/** The word right before the verb, where `LEVEL_BEFORE`'s reach took an earlier one: "a state of calamity in the province as dengue cases climbed to". */
const LEVEL_RIGHT_BEFORE = new RegExp(String.raw`\b(\p{L}+)` + LEVEL_VERB, 'iu');
/** "The injury toll … stands at": a toll of what its first word names. */
const FATE_TOLL_BEFORE = /\b(\p{L}+)\s+toll\b[^.,;:!?$£€\d]{0,45}$/iu;

/** A length per hour after the figure: "120 miles per hour", "a 120-mile-an-hour wind", "185 kilometres an hour". */
const PER_HOUR = /^[\s-]*\p{L}+[\s-]+(?:per|an|a)[\s-]+hour\b/iu;

/** A length unit read as a speed when "per hour" follows it: a mile per hour is no mile. */
function perHour(measure: Measure, after: string): Measure {
  return measure.dimension === 'length' && PER_HOUR.test(after) ? { dimension: 'speed', factor: measure.factor / 3600 } : measure;
}

/** Glued unit letters, as the stem of the word spelled out, so "5km" and "5 kilometres" count the same thing. */
const GLUED_UNITS: Record<string, string> = Object.fromEntries(
  Object.entries({
    km: 'kilometres',
    m: 'metres',
    cm: 'centimetres',
    mm: 'millimetres',
    kg: 'kilograms',
    g: 'grams',
    // Written "lb", a pound is a weight; "pounds" alone is as often money.
    lb: 'lb',
    lbs: 'lb',
    ft: 'feet',
    mi: 'miles',
    mph: 'mph',
    kmh: 'kph',
    'km/h': 'kph',
    kph: 'kph',
    h: 'hours',
    hr: 'hours',
    hrs: 'hours',
    min: 'minutes',
    mins: 'minutes',
    sec: 'seconds',
    kwh: 'kwh',
    mwh: 'mwh',
    gwh: 'gwh',
    twh: 'twh',
    kw: 'kilowatt',
    mw: 'megawatt',
    gw: 'gigawatt',
    // A share price in Britain: "closed at 142p" is "a hundred and forty-two pence".
    p: 'pence',
  }).map(([glued, word]) => [glued, stemOf(word)]),
);
/**
 * The unit letters glued to a figure ("75mph", "5km"), as written, if they are a known unit; or
 * after one space, for the abbreviations that are nothing else ("310 km/h", "5 km", "20 kg"; not
 * "5 m" or "24 h", which may be anything).
 */
function gluedUnit(after: string): string | undefined {
  const glued = /^(?:km\/h|[a-z]+)/i.exec(after)?.[0] ?? /^ (km\/h|kmh|kph|mph|km|kg|cm|mm|ft)\b/i.exec(after)?.[1];
  return glued && glued.toLowerCase() in GLUED_UNITS ? glued : undefined;
}

const WATT_HOURS = /^[\s-]*(kilo|mega|giga|tera)watt[\s-]+hours?\b/i;

/** A person, then "was" or "is", before a figure: "the youngest victim was", "the driver is only". */
/**
 * "in her 70s", "in his late 80s": a decade of someone's life, an age anywhere in it. Read as a
 * figure alone it had counted "70 people", and as 70 exactly it would dispute "aged 74".
 */
function decadeOfLife(text: string, t: Token): boolean {
  return (/^'?s\b/.test(text.slice(t.end, t.end + 3)) || /ties$/i.test(t.text)) && LIFE_DECADE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
}

/** Before the age a life ended at: "has died at 84" ("died at the age of 84" is read as any "age of"). */
const DIED_AT = /\b(?:died|dies|passed away)\s+at\s+$/i;
/** …and "Carrow, who died at home on Monday, was 85.": the person's relative clause, then the age. */
const WHO_DIED_WAS = /\bwho\s+(?:died|passed away)\b[^.;]*,\s+(?:was|is)\s+$/i;
const AGE_PREDICATE =
  /\b(?:victims?|boy|girl|man|woman|child|teenager|driver|passenger|suspect|student|patient|singer|actor|actress|player|mother|father|son|daughter|he|she)(?:\s+who)?\s+(?:was|is)\s+(?:only\s+|just\s+)?$/i;

/** Verbs that right after a bare count make it the subject: "14 were hurt" counts people. */
const IMPLIED_PEOPLE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'remain', 'remained']);

/** The words before a figure without a bound or a hedge at their end ("a magnitude of at least "). */
function withoutLead(before: string): string {
  const lead = leadOf(before)?.words ?? APPROX_WORDS.exec(before.trimEnd().toLowerCase())?.[0].trim();
  return lead ? before.trimEnd().slice(0, -lead.length) : before;
}

/**
 * "charged 35c a litre", "a lower rate of 15c": a small "c" glued to a figure is cents where the
 * sentence prices something and names no heat; "8C", "35°C" and "temperatures of 35c" stay degrees.
 */
const PRICED_CLAIM = /\b(?:cents?|charge[ds]?|costs?|price[ds]?|fares?|levy|tax|fees?|pay|paid|deposit|euros?|dollars?)\b|[$€]/i;
const TEMPERATURE_CLAIM = /\b(?:temperatures?|degrees|heat|hot|warm|cold|thermometer|highs?|lows?)\b|°/i;
const CENT = stemOf('cents');
const PENCE = stemOf('pence');

/**
 * What the number at `tokens[i]` counts: "%"/"percent", "$", an age, degrees, else the next two
 * words when they are content words, since an adjective often comes first ("nine straight losses").
 */
function unitsOf(text: string, tokens: readonly Token[], i: number): string[] {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.norm;
  // "aged 78", "age 78", "at the age of 78", "a woman in her 70s"; not past a comma: "infants under one
  // year of age, 11 of whom were admitted" counts infants.
  const joined = i > 0 && !/[,;:.()]/.test(text.slice(tokens[i - 1]!.end, t.start));
  if ((joined && (before === 'aged' || before === 'age' || (before === 'of' && tokens[i - 2]?.norm === 'age'))) || decadeOfLife(text, t)) return ['age'];
  // "aged from 21 to 47", "aged between 19 and 33": both ends of the range are ages.
  const rangeOpen = (k: number) => (tokens[k]?.norm === 'from' || tokens[k]?.norm === 'between') && tokens[k - 1]?.norm === 'aged';
  if (rangeOpen(i - 1) || ((before === 'to' || before === 'and') && tokens[i - 2]?.value !== undefined && rangeOpen(i - 3))) return ['age'];
  // "The youngest victim was 16.": a person's figure alone after "was" is an age.
  if (AGE_PREDICATE.test(text.slice(Math.max(0, t.start - 40), t.start)) && /^\s*(?:[.,;]|$)/.test(text.slice(t.end)) && t.value! < 120) return ['age'];
  // "has died at 84", "passed away at 91 after a short illness"; "Carrow, who died on Monday, was 85.": a life's last age.
  if (
    t.value! < 120 &&
    ((DIED_AT.test(text.slice(Math.max(0, t.start - 24), t.start)) &&
      /^\s*(?:[.,;]|$|(?:after|on|in|following|at|from|surrounded)\b)/i.test(text.slice(t.end))) ||
      (WHO_DIED_WAS.test(text.slice(0, t.start)) && /^\s*(?:[.;]|$)/.test(text.slice(t.end))))
  )
    return ['age'];
  // "magnitude 7.6 hit", "with a magnitude of 7.5,", "a 7.5-magnitude quake": the scale names what it
  // measures, whatever follows ("7.6 hit" had counted hits, "7.5," nothing, and the two went uncompared);
  // also past a bound or a hedge ("a magnitude of at least 5.9 hit").
  if (/\bmagnitude(?:\s+of)?\s+$/i.test(withoutLead(text.slice(Math.max(0, t.start - 40), t.start))) || /^-magnitude\b/i.test(text.slice(t.end, t.end + 11)))
    return ['magnitud'];
  const after = text.slice(t.end, t.end + 12).toLowerCase();
  // A change in a share is no share: "rose 0.12 percentage points" is "rose 12 basis points", and neither is "fell 0.8%".
  const points = POINTS.exec(text.slice(t.end, t.end + 24));
  if (points) return [points[1] ? BASIS_POINT : PERCENTAGE_POINT];
  if (/^\s*(?:%|percent|per cent|pc\b)/.test(after)) return ['percent'];
  // Each currency its own unit: "$103 million" and "£88m" are not two figures for one sum.
  // "R$ 45 million" is Brazil's real, no dollar: "about $8 million" is the same damage.
  const sign =
    (/(?<!\p{L})R\$\s?$/u.test(text.slice(Math.max(0, t.start - 4), t.start)) ? stemOf('reais') : undefined) ??
    /([$£€¥₹])\s*$/.exec(text.slice(Math.max(0, t.start - 2), t.start))?.[1] ??
    (EURO_PREFIX.test(text.slice(Math.max(0, t.start - 5), t.start)) ? '€' : undefined) ??
    CURRENCY_UNITS.get(CURRENCY_CODE.exec(text.slice(Math.max(0, t.start - 5), t.start))?.[1] ?? '') ??
    letterCurrency(text, t);
  if (sign) return [sign];
  // A temperature names its scale ("47 degrees Fahrenheit", "8C", "104°F"); bare "degrees" may be either.
  const scale = /^\s*(?:°\s*|degrees?\s+)?(?:(f|fahrenheit)|(c|celsius|centigrade))\b/.exec(text.slice(t.end, t.end + 24).toLowerCase());
  if (scale && /^c\b/.test(text.slice(t.end, t.end + 2)) && PRICED_CLAIM.test(text) && !TEMPERATURE_CLAIM.test(text)) return [CENT];
  if (scale) return [scale[1] ? 'fahrenheit' : 'celsiu'];
  if (/^\s*(?:°|degrees)/.test(after)) return ['degree'];
  const powered = poweredUnit(text.slice(t.end, t.end + 24));
  if (powered) return [powered.unit];
  // "6 nautical miles" is a distance at sea, not six of some "nautical" thing, nor six land miles.
  if (/^[\s-]*nautical\s+miles?\b/i.test(text.slice(t.end, t.end + 20))) return [NAUTICAL_MILE];
  // ".519 in games played" is a rate, whatever follows it.
  if (t.text.startsWith('.')) return ['rate'];
  // "75mph", "5km": the unit glued to the figure, never the words after it ("75mph when carriages
  // flipped" counts no carriages).
  const glued = gluedUnit(after);
  if (glued) return [GLUED_UNITS[glued.toLowerCase()]!];
  // "82 kilowatt-hours" is energy, where "kilowatt" alone would read as power.
  const wattHours = WATT_HOURS.exec(text.slice(t.end, t.end + 24));
  if (wattHours) return [`${wattHours[1]!.charAt(0).toLowerCase()}wh`];
  // "postponed twice", "struck three times": how often the verb before it happened, so "twice" and
  // "three postponements" count the same thing.
  if (/^(?:twice|thrice)$/i.test(t.text) || tokens[i + 1]?.norm === 'times') {
    const verb = tokens
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((u) => !u.stop && u.value === undefined);
    return verb ? [canonicalWord(verb)] : [];
  }
  // "at level 3", "level four, 'high'", "a Category 4 hurricane": a figure after the scale it rates
  // is a grade on that scale, whatever follows it.
  // Not a scale a number before it counts: "at one stage 12 ambulances were queuing" counts ambulances.
  if (SCALE_NOUNS.has(before ?? '') && tokens[i - 2]?.value === undefined) return [canonicalWord(tokens[i - 1]!)];
  // "A mum-of-three", "the father of two": a parent's children, who they are, not a count of the event.
  // So are someone's own beside them: "a mother and her two children" are among the dead, not their
  // count (not "survived by their four children", who are the count of children).
  if (
    PARENT_OF.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
    (/\b(?:and|with)\s+(?:her|his|their)\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) && OFFSPRING.test(text.slice(t.end, t.end + 16)))
  )
    return [CHILDREN_OF];
  // "Four of the injured", "two of the dead": people, counted by what befell them.
  if (ofTheBefallen(tokens, i)) return ['peopl'];
  // "Six of the victims", "two of those swimmers": a part of people counts people as its whole does
  // (not "400 of the job cuts", a part of the 1,500 jobs another sentence counts).
  const whole = tokens[i + 3];
  if (tokens[i + 1]?.norm === 'of' && THE_WHOLE.has(tokens[i + 2]?.norm ?? '') && whole?.value === undefined && PEOPLE.has(whole ? canonicalWord(whole) : ''))
    return [canonicalWord(whole!)];
  // "all 140 of its guests and staff", "all 38 of its routes": the whole, counting what its noun names;
  // past an owner's name, "all eight of the city's monitors" counts monitors.
  if (
    before === 'all' &&
    tokens[i + 1]?.norm === 'of' &&
    (THE_WHOLE.has(tokens[i + 2]?.norm ?? '') || POSSESSIVES.has(tokens[i + 2]?.norm ?? '')) &&
    whole &&
    whole.value === undefined &&
    !whole.stop
  ) {
    const owned = /['’]s?$/.test(text.slice(whole.start, whole.end)) ? tokens[i + 4] : undefined;
    return [canonicalWord(owned && owned.value === undefined && !owned.stop ? owned : whole)];
  }
  const units: string[] = [];
  // "Fourteen were injured", "two have died": a count with no noun counts people.
  // Not across a comma: "who died at the age of 78, was one of the last …" counts no one.
  if (IMPLIED_PEOPLE.has(tokens[i + 1]?.norm ?? '') && !/[,;:()]/.test(text.slice(t.end, tokens[i + 1]!.start))) units.push('peopl');
  let end = Math.min(tokens.length, i + 3);
  for (let k = i + 1; k < end; k++) {
    const u = tokens[k]!;
    // Nor across punctuation: "106 carries, scoring two touchdowns" counts no scores.
    if ((u.value !== undefined && !zeroModifier(text, u)) || CLAUSE_WORDS.has(u.norm) || /[,;:()]/.test(text.slice(tokens[k - 1]!.end, u.start))) break;
    if (u.stop) continue;
    // "184 zero-emission buses", "12 drive-through container scanners": a hyphened modifier before the
    // noun says what kind, as a name before it says whose; what is counted follows it.
    if (k > i + 1 || spaced(text, tokens[k - 1]!, u)) {
      const [joined, next] = [tokens[k + 1], tokens[k + 2]];
      if (joined && next && hyphened(text, u, joined) && spaced(text, joined, next) && !next.stop && next.value === undefined) {
        k++;
        end = Math.min(tokens.length, end + 2);
        continue;
      }
    }
    // "five consecutive weekends", "a sixth straight month": the run counts what follows the word for it.
    if (RUN_WORDS.has(u.norm)) continue;
    // "30 heavily armed men", "12 newly built homes": the adverb says how, the participle what kind.
    if (u.norm.endsWith('ly') && /(?:ed|en)$/.test(tokens[k + 1]?.norm ?? '') && spaced(text, u, tokens[k + 1]!)) {
      end = Math.min(tokens.length, end + 1);
      continue;
    }
    // "12 neighbouring farms", "three nearby villages": a word of where says which ones, not what kind
    // ("11 poultry farms" counts the same farms).
    if (WHERE_WORDS.has(u.norm) && tokens[k + 1] && !tokens[k + 1]!.stop && tokens[k + 1]!.value === undefined && spaced(text, u, tokens[k + 1]!)) {
      end = Math.min(tokens.length, end + 1);
      continue;
    }
    // "eleven long years behind bars", "three full days": a span's emphasis, not what is counted.
    if (SPAN_EMPHASIS.has(u.norm) && SPAN_UNIT.test(tokens[k + 1]?.norm ?? '') && spaced(text, u, tokens[k + 1]!)) continue;
    // "a 34-year-old man": "year" + "old" reads as an age.
    if ((u.norm === 'year' || u.norm === 'month') && tokens[k + 1]?.norm === 'old') return ['age'];
    // A verb after the noun is what the counted thing did, not part of its name: "a 6.6 quake killed"
    // counts quakes, and "500 died" is no magnitude. (First, it may be an adjective: "five injured people".)
    if (units.length && isPastVerb(u.norm)) break;
    // "19 Limerick bakers", "3 BBC journalists": a name before the noun says whose, not what is counted.
    if (k === i + 1 && nameBeforeNoun(text, u, tokens[k + 1])) continue;
    units.push(canonicalWord(u));
  }
  // "Eighteen survey and control teams", "six search and rescue teams": two words joined before the noun
  // they describe, which is what is counted ("22 teams").
  const [x, and, y, noun] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (
    units.length === 1 &&
    and?.norm === 'and' &&
    y &&
    noun &&
    !y.stop &&
    !noun.stop &&
    y.value === undefined &&
    noun.value === undefined &&
    noun.norm.endsWith('s') &&
    !isPastVerb(noun.norm) &&
    !/[,;:()]/.test(text.slice(x!.end, noun.start))
  )
    units.push(canonicalWord(noun));
  // "killed two people and injured six": a bare count right after what befell people counts people.
  if (!units.length && FATE_VERBS.has(fateBefore(tokens, i) ?? '')) return ['peopl'];
  // "a majority of 21", "his record of 9.69", "a crowd of 40,000": the noun before "of" names what a bare figure is.
  if (!units.length) {
    let j = i - 1;
    while (j > 0 && /^(?:about|around|nearly|almost|some|roughly|just|over|under|than|more|less|least|at)$/.test(tokens[j]!.norm)) j--;
    const noun = tokens[j]?.norm === 'of' ? tokens[j - 1] : undefined;
    if (noun && !noun.stop && noun.value === undefined && !isNumberWord(noun.norm)) return [canonicalWord(noun)];
  }
  // "1,485 pounds of the drug", "300 pounds of cocaine": pounds of a thing that is no money weigh it.
  if (units[0] === POUND_WORD && POUNDS_OF_THING.test(text.slice(t.end)) && !SCALED_POUNDS.test(`${t.text}${text.slice(t.end, t.end + 10)}`)) return ['lb'];
  const currency = units[0] && CURRENCY_WORDS.get(units[0]);
  if (currency) return [currency, ...units.slice(1)];
  // "30 metres in depth" is "30 metres deep", and a dimension that names it.
  const dimension = units.length === 1 ? IN_DIMENSION.exec(text.slice(t.end, t.end + 40))?.[1]?.toLowerCase() : undefined;
  return dimension ? [units[0]!, stemOf(IN_DIMENSIONS[dimension]!)] : units;
}
const IN_DIMENSION = /^[\s-]*\p{L}+\s+in\s+(depth|height|length|width|diameter)\b/iu;
const IN_DIMENSIONS: Record<string, string> = { depth: 'deep', height: 'high', length: 'long', width: 'wide', diameter: 'wide' };
/** The size of a thing a measure gives by the word after its unit ("40 metres deep", "35m tall" is high), as one of `IN_DIMENSIONS`' words. */
const SIZES = new Map(['deep', 'high', 'tall', 'long', 'wide'].map((w) => [stemOf(w), stemOf(w === 'tall' ? 'high' : w)]));
/** Which size of a thing a measure tells (`SIZES`), or undefined: `sameSlot` takes one size of each side as one slot. */
export const sizeOf = (q: Quantity): string | undefined => (q.measure && q.units[1] !== undefined ? SIZES.get(q.units[1]) : undefined);

const PARENT_OF = /\b(?:mum|mom|mother|dad|father|grandmother|grandfather|grandma|grandpa|grandad|granny|parent)s?[-\s]of[-\s]$/i;
const WHERE_WORDS: ReadonlySet<string> = new Set(['neighbouring', 'neighboring', 'nearby', 'surrounding', 'adjacent', 'adjoining']);
const OFFSPRING = /^\s+(?:young\s+)?(?:children|sons|daughters|kids|grandchildren|babies|twins)\b/i;
/** The unit of a parent's children ("mum-of-three"): a kind of its own, so no other count's "three" meets it (`sameKind`). */
export const CHILDREN_OF = 'children of';
const POUND_WORD = stemOf('pounds');
/** "pounds of (the) cocaine", not "pounds of funding", "pounds of taxpayers' money" nor "pounds of damage". */
const POUNDS_OF_THING =
  /^\s+pounds?\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?!(?:public|taxpayers?'?|government|funding|funds|money|cash|investment|damage|debts?|savings|revenue|income|spending|support|aid|assets|sales|profits?|losses|compensation|value|worth|fees|fines?)\b)\p{L}/iu;
/** "150 million pounds of …" is a sum: no weight is told in millions of pounds. */
const SCALED_POUNDS = /(?:million|billion|trillion|\dm|\dbn)\s+pounds?\b/i;

const SPAN_EMPHASIS: ReadonlySet<string> = new Set(['long', 'full', 'whole']);
const SPAN_UNIT = /^(?:minute|hour|day|week|month|year|decade|season)s?$/;

/** Words for a run of things: "five consecutive weekends", "a third straight month". */
export const RUN_WORDS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive']);

/**
 * A capitalised word right before a lower-case noun for people ("Limerick bakers", "BBC journalists";
 * not "Democrats voted"). Only people: "Somali pirates" beside "five pirate boats" would then count
 * pirates twice, where the two-word units keep them apart.
 */
function nameBeforeNoun(text: string, word: Token, next: Token | undefined): boolean {
  return (
    /^\p{Lu}/u.test(word.text) &&
    !!next &&
    /^\p{Ll}/u.test(next.text) &&
    (PEOPLE.has(canonicalWord(next)) || /\p{L}{3}(?:er|or|ist)s$/u.test(next.norm)) &&
    !/[,;:()]/.test(text.slice(word.end, next.start))
  );
}

/** Nouns a number after them names one of ("level 3", "gate 15", "junction 23", "platform 5"): what the number is a grade or a designation of. */
const SCALE_NOUNS = new Set(['level', 'category', 'grade', 'stage', 'phase', 'tier', 'gate', 'platform', 'junction', 'terminal', 'berth', 'pier']);

/** "others were injured", "others hurt", "others have been hospitalised": the word after them, which `FATE_VERBS` may hold. */
const OTHERS_THEN = /^\s*others\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:\p{Ll}+ly\s+)?(\p{L}+)/iu;
const othersBefallen = (after: string): boolean => {
  const word = OTHERS_THEN.exec(after)?.[1];
  return !!word && FATE_VERBS.has(stemOf(word));
};

/**
 * What befalls people in the news, as canonical stems ("killed", "died", "injured", "wounded", "arrested", …): the dead, the injured and the arrested are counted apart;
 * so are the shot, who may be dead or hurt ("shooting three people, killing one" / "kills 1, injures 2").
 */
export const FATE_VERBS: ReadonlySet<string> = new Set(['kill', 'injur', 'arrest', 'rescu', 'evacu', 'hospitalis', 'treat', 'ill', 'shoot']);

/** What of `FATE_VERBS` befell a count of people ("37 people were killed": `kill`); empty for anything else. */
export const fatesOf = (q: Quantity): string[] => q.befell?.filter((w) => FATE_VERBS.has(w)) ?? [];

/**
 * "Seventeen passengers were killed" / "60 passengers were injured": people to whom different things
 * befell, two counts; so two dead and five injured are no list of seven.
 */
export function otherFates(q: Quantity, r: Quantity): boolean {
  const [fq, fr] = [fatesOf(q).map(asInjury), fatesOf(r).map(asInjury)];
  return fq.length > 0 && fr.length > 0 && !fq.some((w) => fr.includes(w));
}
/**
 * The injured and those taken to hospital are one count as news tells them ("five other students were
 * injured" / "four people have been taken to hospital"); those treated at the scene are not.
 */
const asInjury = (fate: string) => (fate === HOSPITALISED ? 'injur' : fate);
/** Words between a verb and the figure it counts: "injured another six", "killed at least 42", "hurt more than 60". */
const BEFORE_FIGURE = new Set([
  'another',
  'a',
  'an',
  'at',
  'least',
  'more',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'over',
  'up',
  'to',
  'roughly',
  'estimated',
]);

/** The verb right before the figure at `tokens[i]` ("injured six", "injured another six"), as its canonical stem. */
function fateBefore(tokens: readonly Token[], i: number): string | undefined {
  let j = i - 1;
  while (j >= i - 3 && BEFORE_FIGURE.has(tokens[j]?.norm ?? '')) j--;
  const verb = tokens[j];
  // "killing two people and injuring four": a participle counts what befell them as the past tense does;
  // so does a headline's present, "Toxic liquor kills 21", "Turbulence injures 12".
  if (!verb) return undefined;
  if (/(?:ed|ing)$/.test(verb.norm)) return canonicalWord(verb);
  const present = verb.norm.endsWith('s') ? canonicalWord(verb) : undefined;
  return present && FATE_VERBS.has(present) ? present : undefined;
}

/**
 * "zero-emission buses", "a zero-day flaw": an adjective, no count of none. The tokenizer keeps its
 * figure, which two reports' "zero-day" share as they would any word.
 */
function zeroModifier(text: string, t: Token): boolean {
  return t.value === 0 && ZERO_ADJECTIVE.test(text.slice(t.start, t.start + 6));
}
const ZERO_ADJECTIVE = /^zero-\p{L}/iu;

/**
 * The last noun of the phrase after a figure, when the phrase runs past the two words `units` holds
 * ("5,120 grey seal pups", "12 new drive-through container scanners"): a word joined by hyphens is one
 * word of the phrase; it ends at punctuation, a figure, a function word or a verb.
 */
function headOf(text: string, tokens: readonly Token[], i: number, units: string[]): Pick<Quantity, 'head'> {
  let words = 0;
  let last: Token | undefined;
  let k = i + 1;
  const first = tokens[k];
  if (!first || !spaced(text, tokens[i]!, first)) return {};
  while (k < tokens.length && words < 5) {
    const u = tokens[k]!;
    if (u.value !== undefined || u.stop || CLAUSE_WORDS.has(u.norm) || isPastVerb(u.norm) || FATE_VERBS.has(canonicalWord(u))) break;
    words++;
    // A hyphened word ("drive-through") is one word of the phrase.
    while (tokens[k + 1] && hyphened(text, tokens[k]!, tokens[k + 1]!)) k++;
    last = tokens[k];
    const next = tokens[k + 1];
    if (!next || !spaced(text, tokens[k]!, next)) break;
    k++;
  }
  const head = words >= 3 && last ? canonicalWord(last) : undefined;
  return head && !units.includes(head) && !units.some((u) => PEOPLE.has(u)) ? { head } : {};
}

/** Two words of one phrase, a space between them. */
const spaced = (text: string, x: Token, y: Token) => /^\s+$/.test(text.slice(x.end, y.start));
/** A word joined to the next by a hyphen ("drive-through", "zero-emission"); not to a figure ("AK-47"). */
const hyphened = (text: string, x: Token, y: Token) => y.value === undefined && text.slice(x.end, y.start) === '-';

/** A past tense as a word list can tell one: a regular "-ed" or a listed irregular form ("died", "struck"). */
function isPastVerb(word: string): boolean {
  return /^\p{Ll}{3,}ed$/u.test(word) || isIrregularForm(word);
}

/**
 * Words that end a figure's noun phrase: "minus 20 as firefighters battled the blaze" counts no
 * firefighters. Determiners and "of" stay inside it ("five of the victims"), but not "this" or "last"
 * before a time: "The death toll rose to 36 this morning" counts no mornings. Nor a place's preposition:
 * "seven beaches around Dublin Bay" counts beaches, not a kind of them called "around".
 */
const CLAUSE_WORDS = new Set(
  'as and or but to in on at for from by with than when while after before since until because if that which who where into during this last next yesterday today tonight tomorrow overnight plus including excluding around near along throughout beyond outside inside'.split(
    ' ',
  ),
);

/** Currencies written as words, as the sign they share with figures written "$5m". */
const CURRENCY_WORDS = new Map(
  Object.entries({ dollars: '$', euros: '€', pounds: '£', yen: '¥', rupees: '₹' }).map(([word, sign]) => [stemOf(word), sign] as const),
);
