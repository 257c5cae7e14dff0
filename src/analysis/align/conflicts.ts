import { FROM, PERIODS, SINCE, UNTIL, type SentenceFeatures, type TimeMention } from './features.ts';
import {
  areaFactor,
  CHANGE,
  CHILDREN_OF,
  CLOCK_HEDGES,
  DEATHS,
  FATE_VERBS,
  FAHRENHEIT,
  inBaseUnit,
  isCurrency,
  isRankOf,
  LOCAL,
  MONEY,
  NATIONAL,
  otherFates,
  fatesOf,
  PART,
  PEOPLE,
  RANK,
  sizeOf,
  TALLY_UNIT,
  type Quantity,
} from './quantities.ts';
import { isFrameTerm } from './frame-terms.ts';
import { sameRole } from './roles.ts';
import { isCountry } from '../text/aliases.ts';
import { MONTH_NAMES as CALENDAR_MONTHS, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { samePerson, sameSpelling } from '../text/spelling.ts';
import { CLOCK_SLACK_MINUTES, clockMinutesApart, isClockValue, minuteOfDay, timesAgree, timesNear } from '../time/agree.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What two sentences that state the same fact disagree on: quantities counting the same thing
 * ("12 people" vs "15 people"), years, weekdays, months, or a single swapped person or place.
 * Only values that one side has and the other lacks count, so "from 3.7% to 3.2%" against
 * "3.2%, down from 3.7%" agrees. Quantities with different units are never compared:
 * "35 years" and "since 1979" say the same thing in different ways.
 */
export function findDifferences(a: SentenceFeatures, b: SentenceFeatures): string[] {
  // A claim one report tells as false and the other report's fact are no dispute between outlets:
  // "posted on X that \"90,000 drivers\" were fined" / "More than 9,400 drivers were caught".
  if (a.debunks !== b.debunks) return [];
  const disputes = figureDisputes(a, b);
  const out = disputes.map((d) => d.message);
  const reported = new Set(disputes.flatMap((d) => d.sameUnitA));
  const [qsA, qsB] = comparableQuantities(a, b);
  // Durations in different units: "48 hours" vs "a four-day walkout" disagree, "72-hour" vs "three-day" agree.
  const durA = qsA.filter((q) => hours(q) !== undefined && !reported.has(q));
  // A span of B that one of A already disputes is not disputed again: "after about 14 hours of deliberation
  // over three days" against "19 hours" is "14 vs 19", not "three days vs 19 hours" too.
  const durB = qsB.filter((q) => hours(q) !== undefined && !disputes.some((d) => d.b === q));
  // Only where the words beside them meet or one sentence is short, as for figures of one unit (see
  // `oneIsShort`): "hospitalised for four weeks with pneumonia, only to suffer a heart attack" and
  // "on life support for nine days after her heart attack" measure two spans.
  if (
    durA.length === 1 &&
    durB.length === 1 &&
    !unitsMatch(durA[0]!, durB[0]!) &&
    (meet(durA[0]!.context, durB[0]!.context, [durA[0]!.units[0]!, durB[0]!.units[0]!]) || oneIsShort(a, b))
  ) {
    const [qa, qb] = [durA[0]!, durB[0]!];
    const [ha, hb] = [hours(qa)!, hours(qb)!];
    // Round figures in different units are approximate ("nearly two days" for 40 hours): 25% slack,
    // unless what each allows lies further apart than a tenth: "six weeks" allows 38–46 days, and "51
    // days" is no rounding of it, nor "12 hours" of "ten hours and 12 minutes". Far apart ("within
    // two days" / "in 35 years") they measure different spans, not one span twice.
    const unit = (q: Quantity) => hours(q)! / q.value;
    const [la, ua] = qa.range.map((v) => v * unit(qa));
    const [lb, ub] = qb.range.map((v) => v * unit(qb));
    const gap = Math.max(0, la! - ub!, lb! - ua!);
    const ratio = Math.max(ha, hb) / Math.min(ha, hb);
    if ((ratio > 1.25 || gap > 0.1 * Math.min(ha, hb)) && ratio <= 4) out.push(`number: ${withUnit(qa)} vs ${withUnit(qb)}`);
  }
  const onlyYearsA = a.years.filter((y) => !b.years.includes(y));
  const onlyYearsB = b.years.filter((y) => !a.years.includes(y));
  const years = slotDates(a, b, onlyYearsA.map(String), onlyYearsB.map(String));
  if (years) out.push(`date: ${years[0]} vs ${years[1]}`);
  // A day of the month told alone is the same day: "due to start on March 17" / "meant to begin on the 17th".
  const onlyDaysA = a.days.filter((d) => !toldDay(b, d));
  const onlyDaysB = b.days.filter((d) => !toldDay(a, d));
  const days = slotDates(a, b, onlyDaysA, onlyDaysB);
  if (days) out.push(`date: ${cap(days[0])} vs ${cap(days[1])}`);
  // One calendar day both write out, each with a weekday, and the weekdays differ: one outlet has the
  // day of the week wrong ("sworn in on Thursday, March 27" / "on Friday, March 27"). The day itself
  // agreeing makes it one slot, whatever the words beside it.
  for (const ta of a.times.filter(writtenDate)) {
    const tb = b.times.find((t) => writtenDate(t) && t.value.slice(0, 10) === ta.value.slice(0, 10));
    const [wa, wb] = [weekdayIn(ta.text), tb && weekdayIn(tb.text)];
    if (wa && wb && wa !== wb) {
      out.push(`date: ${ta.text} vs ${tb!.text}`);
      break;
    }
  }
  // Days the tagger reads that the word lists miss ("Jan. 18" / "January 25"): one calendar date written
  // out on each side. Relative days ("Thursday", "yesterday", "at 3.17am") are left alone: each resolves
  // against its own report's date, and two outlets' dates differ more often than their facts do.
  // …less a date the other side tells among its days: "between 17 and 19 June" / "between June 17 and 19".
  const fullA = a.times.filter((t) => writtenDate(t) && !toldDay(b, dayOf(t.value)));
  const fullB = b.times.filter((t) => writtenDate(t) && !toldDay(a, dayOf(t.value)));
  if (
    !(onlyDaysA.length && onlyDaysB.length) &&
    fullA.length === 1 &&
    fullB.length === 1 &&
    !timesAgree(writtenPart(fullA[0]!, fullB[0]!), writtenPart(fullB[0]!, fullA[0]!)) &&
    // One date each is one slot only where the words beside them meet: "problems began on 8 October"
    // and "announced (4 November) that repairs were done" date two events.
    meet(fullA[0]!.context, fullB[0]!.context, [])
  ) {
    out.push(`date: ${fullA[0]!.text} vs ${fullB[0]!.text}`);
  }
  // One clock time each, in one slot, further apart than news rounds ("hit the bridge at 1:28 a.m." /
  // "at 1:45 a.m."), and than zones would make them. The words beside them must meet, however short
  // the sentences: "radioed for help at 1:05" is another moment; unless each is the only clock time its
  // sentence states (`clocksTold`) and the two share words of their claim besides: "The avalanche
  // struck at about 11:40 a.m. on the Combe du Loup slope, …" / "The slide came down shortly before
  // 2pm on the Combe du Loup, …" share no word beside the times, and the timeline's card for the
  // avalanche said the times differed while its fact was shared.
  const clocks = clockSlot(a, b);
  // A time planned is answered, not disputed, by the time it happened: "the march is due to start at
  // 9am" / "fired tear gas shortly after 10am"; two plans' times still dispute.
  if (clocks && !clocks[0].planned === !clocks[1].planned) {
    const [ca, cb] = clocks;
    const gap = clockMinutesApart(ca.value, cb.value);
    // A time told without its half of the day may be either: "at about a quarter to four" is the
    // "shortly before 4pm" of another report, not 3.45 in the morning.
    const apart = gap !== undefined && (halfOfDayUntold(ca) || halfOfDayUntold(cb)) ? Math.min(gap, Math.abs(gap - 720)) : gap;
    // A hedged time rounds to the half hour: "around 10 p.m." is "9:40 p.m.".
    // …and one told "just before" or "shortly after" by words the tagger leaves out, by half as much again.
    // Two times told to the minute, neither on a round five, are no outlet's rounding: "born at 11.47pm"
    // / "arrived at 11.57pm" disagree, as news rounds to five minutes or more, not to ten.
    // …but "about 6.50pm" was rounded already, to the ten minutes, and "7:20 in the evening" is another time.
    const hedged = (c: typeof ca) => HEDGED_CLOCK.test(c.text);
    const slack =
      (hedged(ca) && onQuarter(ca.value)) || (hedged(cb) && onQuarter(cb.value))
        ? 2 * CLOCK_SLACK_MINUTES
        : ca.rough || cb.rough || hedged(ca) || hedged(cb)
          ? 1.5 * CLOCK_SLACK_MINUTES
          : toTheMinute(ca.value) && toTheMinute(cb.value)
            ? PRECISE_CLOCK_SLACK_MINUTES
            : CLOCK_SLACK_MINUTES;
    // Told in two zones (or one named and one not: a time without one is local, and a named one may be
    // local or a conversion), a gap of whole hours may be the zones': "15:00 BST" is "2pm GMT". A gap no
    // zone makes is a difference: "6:14 a.m. EDT" / "6.41am" (half-hour zones are too rare to weigh).
    const offHour = apart === undefined ? 0 : Math.min(apart % 60, 60 - (apart % 60));
    // …and a local time ahead of UTC by a zone's half hour is one moment: "12:35 UTC" is "18:05" in India.
    const halfHourZone = aheadOfUtc(ca, cb, slack) || aheadOfUtc(cb, ca, slack);
    // Two moments a span one side tells apart: "arrested at 17:44, seven minutes after the first call" /
    // "The first emergency call came at 5:37 p.m."
    const lapsed = [a, b].some((f) => f.quantities.some((q) => q.lapse !== undefined && Math.abs(q.lapse - (apart ?? -1)) <= slack));
    if (
      apart !== undefined &&
      apart > slack &&
      !lapsed &&
      !withinBound(ca, cb) &&
      !withinBound(cb, ca) &&
      !leansTo(ca, cb) &&
      !leansTo(cb, ca) &&
      (zoneOf(ca.text) === zoneOf(cb.text) || (offHour > slack && !halfHourZone)) &&
      (meet(ca.context, cb.context, []) || (clocksTold(a) === 1 && clocksTold(b) === 1 && sharedClaimTerms(a, b) >= 2))
    )
      out.push(`time: ${ca.text} vs ${cb.text}`);
  }
  // Months alone only when no full day was compared: "September 24" vs "September 25" is one difference.
  // A month written with a year the other side never mentions dates something else: "a July 1997
  // conviction" / "in 1997 he was convicted, and in April 2003 he admitted".
  const monthsCompared = (a.days.length && b.days.length) || yearAlone(a, b) || yearAlone(b, a) ? [] : [[monthsOf(a, b), monthsOf(b, a)] as const];
  const weekdaysMeet = toldDays(a).some((d) => b.weekdays.includes(d)) || toldDays(b).some((d) => a.weekdays.includes(d));
  const compared = [[a.weekdays, b.weekdays, weekdaysMeet] as const, ...monthsCompared.map(([xa, xb]) => [xa, xb, xa.some((m) => xb.includes(m))] as const)];
  for (const [xa, xb, meetAlready] of compared) {
    const differ = meetAlready ? undefined : slotDates(a, b, xa, xb, true);
    if (differ) out.push(`date: ${cap(differ[0])} vs ${cap(differ[1])}`);
  }
  // A single swapped person or place, with everything else named alike and the words beside the two
  // meeting: "met in Berlin" vs "met in Paris". Without that last check "foils piracy attempt in Gulf
  // of Eden" vs "the sea lane through which India's trade passes" was a conflict between two places.
  const onlyNamesA = [...a.names].filter(([k]) => !b.names.has(k) && !surnameIn(k, b.names));
  const onlyNamesB = [...b.names].filter(([k]) => !a.names.has(k) && !surnameIn(k, a.names));
  if (onlyNamesA.length === 1 && onlyNamesB.length === 1) {
    const [[ka, kindA], [kb, kindB]] = [onlyNamesA[0]!, onlyNamesB[0]!];
    const shared = [...a.names.keys()].filter((k) => b.names.has(k)).length;
    const [ra, rb] = [a.nameRelations.get(ka), b.nameRelations.get(kb)];
    // "near Interstate 805" / "in San Diego": two places in two relations to what happened, not a swap.
    const oneSlot = (ra === undefined || rb === undefined || ra === rb) && meet(a.nameContexts.get(ka) ?? [], b.nameContexts.get(kb) ?? [], []);
    if (kindA === kindB && (kindA === 'person' || kindA === 'place') && shared > 0 && oneSlot && !oneEntity(ka, kb)) out.push(`name: ${ka} vs ${kb}`);
  }
  // One code for another with a digit slipped: "booked on flight SK2214" / "booked on flight SK2241 … but
  // was boarded on to SK2260", "batch L4213" / "batch L4231". The one code a sentence names that the
  // other lacks, against the one code there it is a slip of; another flight ("SK2260") is no slip.
  const [codesA, codesB] = [a.codes.filter((c) => !b.codes.includes(c)), b.codes.filter((c) => !a.codes.includes(c))];
  const [slipB, slipA] = [slip(codesA, codesB), slip(codesB, codesA)];
  if (slipB.length === 1) out.push(`code: ${codesA[0]} vs ${slipB[0]}`);
  else if (slipA.length === 1) out.push(`code: ${slipA[0]} vs ${codesB[0]}`);
  // One report denies what the other states: "found Reeves not guilty" / "found Reeves guilty",
  // "did not resign" / "resigned". Not when both deny it, or the other never says it.
  const complements = a.quantities.some((qa) => b.quantities.some((qb) => complementShare(qa, qb, a, b)));
  const denial = complements ? undefined : (deniedIn(a, b) ?? deniedIn(b, a)?.reverse());
  if (denial) out.push(`negation: ${denial[0]} vs ${denial[1]}`);
  // One person, two offices: "Prime Minister Taro Kono" / "Foreign Minister Taro Kono", "Judge" /
  // "Prosecutor Sarah Jones"; not one office written two ways ("Minister" / "Foreign Minister", "CEO").
  for (const [ka, ra] of a.roles) {
    const other = b.roles.find(([kb]) => kb === ka || samePerson(ka, kb));
    if (other && !sameRole(ra, other[1])) {
      out.push(`role: ${ra} vs ${other[1]}`);
      break;
    }
  }
  return out;
}

// `findDifferences`' helpers, made once outside it.
/** Whether the sentence tells day `dd` of a month alone ("on the 17th"). */
const dayAlone = (f: SentenceFeatures, dd: string | undefined) =>
  f.times.some((t) => /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i.test(t.text) && t.value.slice(8, 10) === dd);
/** A calendar value's day as `SentenceFeatures.days` writes it: "2025-06-19" → "june 19". */
const dayOf = (value: string) => `${CALENDAR_MONTHS[Number(value.slice(5, 7)) - 1] ?? ''} ${Number(value.slice(8, 10))}`;
/** Whether the sentence tells a day ("march 17"), written out or as the day alone. */
const toldDay = (f: SentenceFeatures, day: string) => f.days.includes(day) || dayAlone(f, day.split(' ')[1]?.padStart(2, '0'));
/** The months a sentence tells, less those dated by a year the other sentence never mentions. */
const monthsOf = (f: SentenceFeatures, other: SentenceFeatures) =>
  f.months.filter((m) => f.monthYears.get(m) === undefined || other.years.includes(f.monthYears.get(m)!));

/**
 * A month written with a year the other side states alone is dated there by that year, which agrees;
 * a month the other side names apart from it is something else's: "Bam in December 2003" / "Bam in
 * 2003, and 600 were killed in Zarand in February".
 */
const yearAlone = (f: SentenceFeatures, other: SentenceFeatures) =>
  f.months.some((m) => {
    const year = f.monthYears.get(m);
    return year !== undefined && other.years.includes(year) && ![...other.monthYears.values()].includes(year);
  });

/** "stayed shut on Tuesday, a day after the demolition" also tells Monday, the day another report gives the demolition. */
const toldDays = (f: SentenceFeatures) => f.weekdays.flatMap((d) => [d, ...f.dayShifts.flatMap((n) => [weekdayAfter(d, n), weekdayAfter(d, -n)])]);
/** The codes of `others` that the one code of `lone` is a slip of. */
const slip = (lone: string[], others: string[]) => (lone.length === 1 ? others.filter((c) => slipped(lone[0]!, c)) : []);

/** The first word `x` denies that `y` states, denying nothing, as `[x's denial, the word]`. */
function deniedIn(x: SentenceFeatures, y: SentenceFeatures): [string, string] | undefined {
  // Said of the rest of a group, a denial leaves the part the other side counts: "the other 20 crew
  // were unhurt" / "injuring two crew members".
  if (x.quantities.some((q) => q.units[0]?.startsWith(PART))) return undefined;
  for (const [word, { written, main, beside }] of x.negations) {
    // About one thing: "cannot stop it, and many patients …" denies nothing of "patients stopped taking the drug".
    const oneThing = !beside.length || beside.some((w) => y.terms.has(w));
    // A verb denied, a noun or an instruction stated: "failed to stop" / "ran a stop sign", "signalled
    // for the driver to stop" (but "no evidence of a cyberattack" denies "a cyberattack").
    const otherUse = y.unstated.has(word) && !x.unstated.has(word);
    // A sentence that also states what it denies says both: "are almost always preventable, and at
    // Kōwhai Gardens they were not prevented" quotes the other report's "almost always preventable" too.
    const alsoStated = (x.terms.get(word) ?? 0) > 1;
    if (main && oneThing && y.terms.has(word) && !otherUse && !alsoStated && !y.negated && !y.negations.has(word))
      return [written, y.writtenAs.get(word) ?? written.split(/\s+/).pop()!];
  }
  return undefined;
}

/**
 * A share of a group that did something and the share that did not, one sentence denying what the
 * other states: "Seventy-one per cent of adults read at least one book" / "Nearly three in ten adults
 * didn't read a single book" tell one survey's figure.
 */
function complementShare(qa: Quantity, qb: Quantity, a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (a.negated === b.negated || qa.units[0] !== 'percent' || qb.units[0] !== 'percent') return false;
  return close(qa, { ...qb, value: 100 - qb.value, range: [100 - qb.range[1], 100 - qb.range[0]] });
}

/**
 * Two codes that are one with a digit slipped: the same letters in the same places, and the same
 * digits in another order ("SK2214" / "SK2241", "1K62" / "1K26") or one digit another ("L4213" / "L4218").
 */
function slipped(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const isDigit = (ch: string) => ch >= '0' && ch <= '9';
  if (![...x].every((ch, i) => isDigit(ch) === isDigit(y[i]!) && (isDigit(ch) || ch === y[i]))) return false;
  const digits = (c: string) => [...c].filter(isDigit).sort().join('');
  return digits(x) === digits(y) || [...x].filter((ch, i) => ch !== y[i]).length === 1;
}

/**
 * One sentence gives a running total and the other one event's count of the same thing ("six rifles
 * seized in the operation" / "14 rifles in its five operations so far"): two facts, which
 * `findDifferences` does not call a disagreement.
 */
/** One sentence's figures are running totals and the other's one event's counts ("a total of" goes with either). */
const tallyApart = (a: SentenceFeatures, b: SentenceFeatures) => (a.cumulative === 'running' && !b.cumulative) || (b.cumulative === 'running' && !a.cumulative);

export function totalBesideCount(a: SentenceFeatures, b: SentenceFeatures): boolean {
  // Only on figures that differ: "five brought to the surface in all, two days after" and "five …, two days after" are one count.
  const differ = (q: Quantity, r: Quantity) => q.range[1] < r.range[0] || r.range[1] < q.range[0];
  return tallyApart(a, b) && a.quantities.some((q) => q.units.length && b.quantities.some((r) => r.units[0] === q.units[0] && differ(q, r)));
}

/**
 * Two sentences that state two facts whatever their words share: a running total beside one event's
 * count (`totalBesideCount`), or the same kind of person described by two nationalities and neither
 * by the other's ("a 32-year-old British climber dies" / "a 36-year-old Australian climber is dead"
 * after a fall: two climbers), or a claim told as false or a forecast beside the figure that answers it.
 */
export function twoFacts(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (totalBesideCount(a, b)) return true;
  // One sentence set in an earlier time or about another of its kind, and the two disagree: two events
  // ("In 2012, a fire at the Tazreen factory killed 112 workers" / "A fire at the factory killed 23"), not a conflict.
  if (a.backstory !== b.backstory && findDifferences(a, b).length) return true;
  // A claim told as false, or a forecast, and the figure another report gives for its slot: the claim or
  // the forecast, and what answers it.
  if (claimAndAnswer(a, b) || forecastAndOutcome(a, b)) return true;
  const has = (f: SentenceFeatures, noun: string, key: string) => f.described.some(([n, k]) => n === noun && k === key);
  return a.described.some(([noun, key]) => !has(b, noun, key) && b.described.some(([n, k]) => n === noun && k !== key && !has(a, n, k)));
}

/**
 * A claim one report tells as false and a figure the other gives for what it counts: the claim and
 * its answer ("posts … claim that more than 200 swans have been deliberately poisoned" / "Fourteen
 * swans have died"). Any two figures of one kind that do not meet, however far apart: a rumour
 * inflates by tens, where two outlets' counts of one thing differ by a part (`farApart`).
 */
function claimAndAnswer(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return a.debunks !== b.debunks && figuresApart(a, b);
}

/**
 * A forecast and the outcome another report measures, with figures or times that do not meet: "About
 * 6.8 million sockeye are expected to return" / "About 4.9 million sockeye returned", "The wave is
 * forecast to pass … at about 1.20pm" / "as it passed the Yanguan gauge at 1.32pm". Two facts, not a
 * dispute between outlets.
 */
function forecastAndOutcome(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const [forecast, outcome] = a.expects ? [a, b] : [b, a];
  if (!forecast.expects || outcome.expects || figureShared(a, b)) return false;
  // What was expected to happen is what the outcome tells: "expected to return" / "returned", not
  // "is expected to cost the NHS around £120" / "has set a list price of £146", one plan's figure.
  const verb = forecast.expects.verb;
  if (verb && !outcome.terms.has(verb)) return false;
  return figuresApart(a, b) || findDifferences(a, b).some((d) => d.startsWith('time:'));
}

/** Some figure of one side that one of the other counts alike and meets ("570,000 tonnes" forecast by both). */
const figureShared = (a: SentenceFeatures, b: SentenceFeatures) =>
  a.quantities.some((q) => !q.notCount && b.quantities.some((r) => unitsMatch(q, r) && close(q, r)));

/** Any figure of one side that some figure of the other counts alike and none meets, however far apart. */
function figuresApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const apart = (x: SentenceFeatures, y: SentenceFeatures) =>
    x.quantities.some((q) => !q.notCount && y.quantities.some((r) => unitsMatch(q, r)) && !y.quantities.some((r) => close(q, r)));
  return apart(a, b) || apart(b, a);
}

/**
 * The sum of a sentence's counts of one kind of thing when it states two or more (ages, ranks, totals
 * and figures that count nothing left out). People are one kind whatever they are called ("killed one
 * person and injured two others"); "11 people had been injured in three crashes" sums to no 14.
 */
function sumOfParts(f: SentenceFeatures): number | undefined {
  const parts = f.quantities.filter((q) => !q.total && !q.notCount && q.units[0] !== 'age' && !q.units[0]?.startsWith(RANK));
  const kinds = new Map<string, number[]>();
  for (const q of parts) {
    // "a 4.5 percent raise and a further 3.8 percent" add up to the deal's 8.3 percent.
    const unit = q.increment ? (q.units[0] ?? '').slice(CHANGE.length) : (q.units[0] ?? '');
    const kind = PEOPLE.has(unit) ? 'people' : unit;
    kinds.set(kind, [...(kinds.get(kind) ?? []), q.value]);
  }
  const counted = [...kinds.values()].filter((values) => values.length >= 2);
  return counted.length === 1 ? counted[0]!.reduce((sum, v) => sum + v, 0) : undefined;
}

/**
 * Two names that may be one entity or one inside the other: they share a word ("Matanuska Maid
 * Block Building" / "Mat Maid", "Barack Obama" / "Obama administration"), or one is a country and
 * the other a place that may lie in it ("Canada" / "Vancouver"). Two countries, or two places
 * neither of which is a country ("Berlin" / "Paris"), are a swap; so are names that share only
 * the word they both start with ("INS Mysore" / "INS Tabar", "New York" / "New Jersey").
 */
function oneEntity(ka: string, kb: string): boolean {
  const [wa, wb] = [ka.split(' '), kb.split(' ')];
  const shared = wa.filter((w, i) => w.length > 2 && wb.includes(w) && !(i === 0 && wb[0] === w));
  // "Mallow" / "Mallow Community Hall": the whole of one name opens the other, a place within a place.
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return shared.length > 0 || isCountry(ka) !== isCountry(kb) || short.every((w, i) => long[i] === w);
}

/** Whether a figure, as rounded as it is written, may be a sum: "a little over 8 per cent" holds 4.5 + 3.8. */
const holds = (q: Quantity, sum: number | undefined) => sum !== undefined && q.range[0] <= sum && sum <= q.range[1];

/** Figures of two sentences that may be in dispute: not a total, not stated by the other side as well. */
function comparableQuantities(a: SentenceFeatures, b: SentenceFeatures): [Quantity[], Quantity[]] {
  // Quantities are compared only when they count the same thing; each is reported once.
  // A figure the other side also states, whatever it counts there, is not in dispute; nor is a total
  // ("seven of nine counts"), which counts something else than its part.
  // Nor is a sum and its parts: "shot to death one person and injured two others" / "shot three people".
  const [sumA, sumB] = [sumOfParts(a), sumOfParts(b)];
  // The sum rule is for one side's total of the other's parts: when both sides give parts ("Two died
  // and eight were injured" / "killed two and injured six"), a part equal to the other's sum is chance.
  // And a figure stated on the other side as a different kind of thing hides nothing: "the two leaders
  // met for two hours" / "for 90 minutes".
  // A list's people and their sum are one count told two ways: "48 people on board" / "42 pupils, four
  // teachers and two drivers" (`listedPeople`).
  // A running total and one event's count ("six rifles seized in the operation" / "14 rifles in its
  // five operations so far") count different things, however alike their words.
  if (tallyApart(a, b)) return [[], []];
  return [a.quantities.filter((q) => inDispute(q, a, b, sumA, sumB)), b.quantities.filter((q) => inDispute(q, b, a, sumB, sumA))];
}

/** Whether `q` of sentence `own` may be in dispute with `other` (`comparableQuantities`), given each side's sum of parts. */
function inDispute(q: Quantity, own: SentenceFeatures, other: SentenceFeatures, ownSum: number | undefined, otherSum: number | undefined): boolean {
  return (
    (!q.total || wholeInDispute(q, own, other)) &&
    !q.notCount &&
    // An earlier figure (`Quantity.superseded`) is out of dispute only with the figures of now: two old records dispute.
    (!q.superseded || other.quantities.some((o) => o.superseded)) &&
    !listed(q, own, other) &&
    // …a vague count only of the same thing: "thousands of fans" leaves "some 19,000 runners" in dispute.
    !other.quantities.some((o) => (close(o, q) && sameKind(o, q) && (!o.vague || unitsMatch(o, q))) || (otherSum === undefined && holds(o, ownSum))) &&
    (ownSum !== undefined || !holds(q, otherSum))
  );
}

/**
 * A whole ("one of nine engines") is in dispute only with the other's whole of the same thing, and
 * only when their parts agree ("one of the eight first-stage engines"): "28 of his 68 punches" in a
 * round and "178 of 369 punches" over the fight are two wholes.
 */
function wholeInDispute(q: Quantity, own: SentenceFeatures, other: SentenceFeatures): boolean {
  const partOf = (f: SentenceFeatures, whole: Quantity) => f.quantities.find((x) => x.whole === whole.value && unitsMatch(x, whole));
  const part = partOf(own, q);
  return (
    !!part &&
    other.quantities.some((o) => {
      const theirs = o.total && unitsMatch(o, q) ? partOf(other, o) : undefined;
      return !!theirs && close(part, theirs);
    })
  );
}

/** A list's people and their sum told on the other side, or the other side's sum of this list. */
function listed(q: Quantity, own: SentenceFeatures, other: SentenceFeatures): boolean {
  return (
    other.listedPeople?.total === q.value || (!!own.listedPeople?.members.includes(q) && other.quantities.some((o) => o.value === own.listedPeople!.total))
  );
}

/**
 * Figures more than ten times apart are two slots, not one disputed: "more than three years" of
 * delays and a "485 years" sentence, a player's "23 points" and his career's "2,117". Outlets'
 * counts of one thing differ by a part, not by an order of magnitude.
 */
function farApart(q: Quantity, r: Quantity): boolean {
  const [x, y] = [Math.abs(inBase(q)), Math.abs(inBase(r))];
  if (!(x > 0 && y > 0)) return false;
  // Measured from the nearer ends of what each allows: "thousands" (2,000 up) and "about 200" are one slot apart by ten.
  const [low, high] = x < y ? [q, r] : [r, q];
  return (high.range[0] * baseScale(high)) / (low.range[1] * baseScale(low)) > 10;
}
/** What a figure's value is multiplied by in its dimension's base unit (`inBase`). */
const baseScale = (z: Quantity) => Math.abs(inBase(z) / z.value);
/** A figure in its dimension's base unit, and per day when it is a rate ("90 crowns a month"). */
const inBase = (q: Quantity) =>
  (q.measure && q.measure.dimension !== 'temperature' ? inBaseUnit(q.value, q.measure) : (hours(q) ?? q.value)) /
  (q.per ?? 1) /
  (q.perArea ? areaFactor(q.perArea) : 1);

/**
 * Whether two times the tagger read agree, or would with the other half of the day where either's
 * words leave it open (`halfOfDayUntold`): "a quarter to three" is the "2:45 in the afternoon" of another report.
 */
export function timesMeet(
  x: { value: string; text: string; context: readonly string[] },
  y: { value: string; text: string; context: readonly string[] },
): boolean {
  if (timesNear(x.value, y.value)) return true;
  if (inTwoZones(x, y)) return true;
  const gap = halfOfDayUntold(x) || halfOfDayUntold(y) ? clockMinutesApart(x.value, y.value) : undefined;
  return gap !== undefined && Math.abs(gap - 720) <= CLOCK_SLACK_MINUTES;
}

/**
 * One moment told in two zones: "landed at 0631 UTC" / "touched down at 7.31am", "14:29" / "1229 UTC".
 * Whole hours apart, one side naming a zone the other does not, to a minute no outlet rounds to (not
 * on the hour or the half hour, which two moments share as often).
 */
function inTwoZones(x: { value: string; text: string }, y: { value: string; text: string }): boolean {
  const [mx, my] = [minuteOfDay(x.value), minuteOfDay(y.value)];
  return mx !== undefined && my !== undefined && mx !== my && mx % 60 === my % 60 && mx % 30 !== 0 && zoneOf(x.text) !== zoneOf(y.text);
}

/**
 * Whether time `y` falls on the side time `x` bounds ("before 6am" / "from 05:40"; "well after 5pm" /
 * "at 17:35"): a bound allows every moment on its side, so the two do not disagree.
 */
function withinBound(x: TimeMention, y: TimeMention): boolean {
  // Two bounds on one side are two deadlines a reader compares: "by 6pm on Friday" / "by midday".
  if (!x.bound || y.bound === x.bound) return false;
  const readings = (t: TimeMention) => {
    const minutes = minuteOfDay(t.value);
    if (minutes === undefined) return [];
    return halfOfDayUntold(t) ? [minutes, (minutes + 720) % 1440] : [minutes];
  };
  // "after midnight" is the small hours of the next day ("At 00:40", not "At 23:40"); "before midnight" ends the day.
  const after = (bx: number, my: number) => (bx >= 1440 ? my < 720 : my >= bx);
  return readings(x).some((bx) => readings(y).some((my) => (x.bound === 'before' ? my <= bx : after(bx, my))));
}

/**
 * Whether time `y` is a little way past time `x` on the side `x` leans ("shortly after midnight" /
 * "at about 12.30am"; "just before 8am" / "7.20am"), within `SHORTLY_MINUTES`.
 */
function leansTo(x: TimeMention, y: TimeMention): boolean {
  const [mx, my] = [minuteOfDay(x.value), minuteOfDay(y.value)];
  if (!x.lean || mx === undefined || my === undefined) return false;
  const ahead = (((x.lean === 'after' ? my - mx : mx - my) % 1440) + 1440) % 1440;
  return ahead <= SHORTLY_MINUTES;
}
/** How far "shortly after" and "just before" reach. */
const SHORTLY_MINUTES = 30;

/**
 * Whether a clock time's words leave its half of the day open: "a quarter to four", "at 3:45"; not
 * "3.45pm", "15:45", "09:30", nor "3:45" read with the "in the morning" beside it. A part of the day
 * the tagger's value does not follow ("tomorrow evening at a quarter to seven", read as 06:45) leaves it open too.
 */
function halfOfDayUntold(t: { value: string; text: string; context: readonly string[] }): boolean {
  if (HALF_OF_DAY.test(t.text) || TWENTY_FOUR_HOUR.test(t.text)) return false;
  const hour = Number(/T(\d\d):/.exec(t.value)?.[1] ?? NaN);
  const said = (words: readonly string[]) => words.some((w) => t.context.includes(w));
  return !((said(MORNING) && hour < 12) || (said(LATER) && hour >= 12) || (t.context.includes('night') && (hour >= 18 || hour < 6)));
}
const MORNING = ['morn', 'dawn'];
const LATER = ['afternoon', 'even', 'tonight'];
const HALF_OF_DAY = /[ap]\.?\s?m\b|\b(?:morning|afternoon|evening|night|tonight|noon|midday|midnight|dawn|GMT|UTC)\b/i;
const TWENTY_FOUR_HOUR = /\b(?:0\d|1[3-9]|2[0-3])[:.h]?\d\d\b|\b\d{4}\s*(?:hours|hrs|GMT|UTC|[A-Z]{3})\b/;

const HEDGED_CLOCK = new RegExp(`\\b(?:${CLOCK_HEDGES.join('|')})\\b`, 'i');

const shared = (x: readonly string[], y: readonly string[]) => x.filter((w) => y.includes(w)).length;

/** A start and an end are two moments: "Counting began at 10am" / "the count was completed shortly before noon". */
const phasesApart = (x: TimeMention, y: TimeMention) => (!!x.phase && !!y.phase && x.phase !== y.phase) || movesApart(x, y) || movesApart(y, x);

/**
 * A coming and a going are two moments: "boarded the ship on its arrival in Valletta at 07:00" / "left
 * Valletta at 7pm". Canonical stems of the words beside each time ("departed" is `leav`).
 */
const ARRIVING = new Set(['arriv', 'dock', 'land']);
const LEAVING = new Set(['leav']);
const movesApart = (x: TimeMention, y: TimeMention) =>
  x.context.some((w) => ARRIVING.has(w)) &&
  !x.context.some((w) => LEAVING.has(w)) &&
  y.context.some((w) => LEAVING.has(w)) &&
  !y.context.some((w) => ARRIVING.has(w));

/** How many clock times a sentence tells: a weekday or a date beside one ("at 9pm on Saturday", "Saturday's parade, which began at 9pm") is no second. */
const clocksTold = (f: SentenceFeatures) => f.times.filter((t) => isClockValue(t.value)).length;

/**
 * The one clock time of each sentence that may state one moment. One each is that pair. With more, a
 * time the other side also tells is not in dispute, and of the rest the pair whose words beside them
 * meet most (the word right before both counting three times), when no other pair meets as well: "suspended
 * at 8:40 am and fully restored at 12:55 pm" / "restored at 12:30 pm" dispute the restoring, not the suspension.
 */
function clockSlot(a: SentenceFeatures, b: SentenceFeatures): [TimeMention, TimeMention] | undefined {
  const clockA = a.times.filter((t) => isClockValue(t.value));
  const clockB = b.times.filter((t) => isClockValue(t.value));
  if (clockA.length === 1 && clockB.length === 1)
    return !clockA[0]!.replaced === !clockB[0]!.replaced && !phasesApart(clockA[0]!, clockB[0]!) ? [clockA[0]!, clockB[0]!] : undefined;
  // The time a change replaces ("will leave at 5.10pm, instead of 10.40pm") agrees with the other's as
  // any time does, and disputes only another such time.
  const toldOnlyIn = (x: typeof clockA, y: typeof clockA) => x.filter((t) => !y.some((u) => timesMeet(t, u)) && (!t.replaced || y.some((u) => u.replaced)));
  const [onlyA, onlyB] = [toldOnlyIn(clockA, clockB), toldOnlyIn(clockB, clockA)];
  let best: [(typeof clockA)[number], (typeof clockA)[number]] | undefined;
  let most = 0;
  let tied = false;
  for (const ca of onlyA) {
    for (const cb of onlyB) {
      if (phasesApart(ca, cb)) continue;
      // The word right before each (its context's first) is what the time is of: "restored at".
      const n = meet(ca.context, cb.context, []) ? shared(ca.context, cb.context) + (ca.context[0] === cb.context[0] ? 2 : 0) : 0;
      if (n > most) [best, most, tied] = [[ca, cb], n, false];
      else if (n && n === most) tied = true;
    }
  }
  return tied ? undefined : best;
}

/** Whether two figures could state one thing: a span of time only as a span, a measure only in its dimension. */
function sameKind(q: Quantity, r: Quantity): boolean {
  // "after 23 minutes" is "in the 23rd minute": a span and the rank of its unit tell one moment.
  if (isRankOf(q, r) || isRankOf(r, q)) return true;
  // …nor is a parent's children ("mum-of-three") or an age ("aged from 20 to 45") any count of the event.
  const aside = (x: Quantity) => (x.units[0] === CHILDREN_OF || x.units[0] === 'age' ? x.units[0] : '');
  if ((hours(q) === undefined) !== (hours(r) === undefined) || aside(q) !== aside(r)) return false;
  // Sums in two currencies that share their digits are two prices: "$999 in the US and €1,049 in the
  // eurozone" leaves "In the US the base model is $1,049" in dispute.
  if (isCurrency(q.units[0]) && isCurrency(r.units[0]) && q.units[0] !== r.units[0]) return false;
  // A measure is never a count of things: "2.4 tonnes of abalone" / "Two men have appeared" leaves the
  // weight in dispute, "four metres deep" the "three helicopters". A bare figure may be either, and so
  // may a change, whose measure its words may not carry ("a further 100 cm").
  if (!q.measure !== !r.measure) return countedNothing(q.measure ? r : q);
  return !q.measure || !r.measure || q.measure.dimension === r.measure.dimension;
}

/** A figure that names nothing it counts, or a change ("by 100 centimetres"). */
const countedNothing = (q: Quantity) => q.units.length === 0 || q.units[0]!.startsWith(CHANGE);

/** "a day", "a year", …: a rate's period as news writes it; "in all" for a figure that is no rate. */
function periodName(days: number | undefined): string {
  if (days === undefined) return 'in all';
  const [name] = Object.entries({ day: 1, week: 7, fortnight: 14, month: 365.25 / 12, year: 365.25 }).find(([, d]) => Math.abs(d - days) < 1e-6) ?? ['period'];
  return `a ${name}`;
}

/** One figure both sentences give for the same slot, with different values. */
export interface FigureDispute {
  a: Quantity;
  b: Quantity;
  /** Every figure of `a` in that slot (each is reported once). */
  sameUnitA: Quantity[];
  message: string;
}

/** The figures two sentences give for one slot with values that do not meet ("six vs seven cars"). */
export function figureDisputes(a: SentenceFeatures, b: SentenceFeatures): FigureDispute[] {
  if (a.debunks !== b.debunks) return [];
  const out: FigureDispute[] = [];
  const reported = new Set<Quantity>();
  const [qsA, qsB] = comparableQuantities(a, b);
  for (const qa of qsA) {
    if (reported.has(qa)) continue;
    const sameUnitB = qsB.filter((qb) => sameSlot(qa, qb, a, b) && !complementShare(qa, qb, a, b));
    if (!sameUnitB.length || sameUnitB.some((qb) => close(qa, qb))) continue;
    const sameUnitA = qsA.filter((q) => sameUnitB.some((qb) => sameSlot(q, qb, a, b)));
    const onlyB = sameUnitB.filter((qb) => !sameUnitA.some((q) => close(q, qb)) && !farApart(qa, qb));
    if (!onlyB.length) continue;
    for (const q of sameUnitA) reported.add(q);
    // Of several figures the slot may hold, the one told in the most words alike: "shares climbed 8% in
    // extended trading" faces "shares up 6.2% in extended trading", not "a 31% surge in sales".
    const qb = onlyB.reduce((best, q) => (shared(qa.context, q.context) > shared(qa.context, best.context) ? q : best));
    // Figures in two units of one measure name their units: "200 ft vs 150 metres", not "200 vs 150".
    const converted = !!qa.measure && qa.measure.factor !== qb.measure?.factor;
    // Rates over different periods name them: "9.6bn a day vs 9.6bn a week", not "9.6bn vs 9.6bn".
    const periods = qa.per !== qb.per;
    // Bounds keep their words: "at least 27 vs at least 31" are not two exact tolls, and "more than 4,500
    // vs about 7,000" shows the reader one side gave a floor (a bound on one side only had read "4,500 vs 7,000").
    // A sum in pence beside one in pounds names both: "£3.12 vs 321p", not "3.12 vs 321".
    const pence = [qa, qb].some(inPence);
    const written = (q: Quantity) =>
      (q.bound ? `${q.bound.words} ` : '') +
      (converted ? withUnit(q) : pence ? (inPence(q) ? `${q.text}${q.unitText === 'p' ? 'p' : ' pence'}` : `£${q.text}`) : q.text) +
      // A share keeps its sign: "6% vs 9%", however each report wrote it ("roughly 9 per cent").
      (q.units[0]?.endsWith('percent') && /\d$/.test(q.text) ? '%' : '') +
      (periods ? ` ${periodName(q.per)}` : '') +
      (qa.perArea !== qb.perArea && q.perArea ? ` per ${q.perArea}` : '');
    out.push({ a: qa, b: qb, sameUnitA, message: `number: ${written(qa)} vs ${written(qb)}` });
  }
  return out;
}

/** A sum read in pence and compared in pounds (`readQuantity`). */
const inPence = (q: Quantity) => q.units[0] === '£' && /^(?:p|pence)$/i.test(q.unitText);

/** How many ages a sentence tells of the kind of person `q`'s is ("man", "girl"). */
const agedAlike = (f: SentenceFeatures, q: Quantity) => f.quantities.filter((o) => o.units[0] === 'age' && o.agedPerson === q.agedPerson).length;

/**
 * Two figures state one slot when they count the same thing and either each is the only figure of
 * that thing in its sentence or the words next to them meet: "won 40 games and took Detroit to six
 * games" against "won 18 of its next 23 games" counts games three ways, and six and 23 are not one
 * figure stated twice.
 */
function sameSlot(qa: Quantity, qb: Quantity, a: SentenceFeatures, b: SentenceFeatures): boolean {
  // A whole is one slot only with a whole (`wholeInDispute`): "one of nine pumps" is no count of pumps beside "eight pumps failed".
  // People one side tells a fate of and the other a state are two counts: "Six people were injured" /
  // "nine people had been standing on the balcony".
  if (!unitsMatch(qa, qb) || otherFates(qa, qb) || fateBesideState(qa, qb) || fateBesideState(qb, qa) || !qa.total !== !qb.total) return false;
  // Rates per two different things are two measures: "tons per hectare" / "tons per worker".
  if (qa.perThing && qb.perThing && qa.perThing !== qb.perThing) return false;
  // A sum to each of a group is not the group's total: "€1.5m to each of the two women" / "3 million
  // euros"; a rate per one of them is a sum to each ("£146 per patient" / "£120 … for each patient").
  if ((qa.each && !distributed(qb)) || (qb.each && !distributed(qa))) return false;
  // …and a sum per share is an offer or a price, not the deal's total nor the market's close told without it.
  if (!qa.perShare !== !qb.perShare) return false;
  // The dead at the scene are a part of the toll: "Five were pronounced dead at the scene" / "Six students have died".
  if (!qa.scene !== !qb.scene) return false;
  // A figure told of a group's members is not one of them alone: "most of them enrolling fewer than 1,000 students".
  if (!qa.ofMembers !== !qb.ofMembers) return false;
  // …and a limit or target is not a reading: "exceeded the limit of 50 micrograms" / "shows 268 micrograms".
  if (!qa.standard !== !qb.standard) return false;
  // …and the highest or worst of several parts is not the whole: "the highest of any of Scotland's 32 councils, 58%" / "Scottish households recycled 46.2%".
  // A superlative on both sides tells of one part: "The busiest day was Saturday" / "The busiest day of all".
  if ((qa.extreme === 'part' && !qb.extreme) || (qb.extreme === 'part' && !qa.extreme)) return false;
  // Two places' figures are two slots: "Denbighshire closed 41 schools" / "In Conwy, 38 schools were closed".
  if (qa.place && qb.place && qa.place !== qb.place) return false;
  // …and so are two scopes' shares: "Nationally, 62% of pupils" / "55 per cent of pupils in Stoke-on-Trent".
  if (scopesApart(qa.scope, qb.scope)) return false;
  // …and a share's changes over two periods: "7.9% lower than a year earlier" / "dropped 3.1 per cent in the second quarter".
  if (qa.over && qb.over && qa.over !== qb.over) return false;
  // Two levels' baselines are two slots: "38 per cent, up from 33" / "41 per cent …, down from 49".
  if (qa.level && qb.level && !close(qa.level, qb.level)) return false;
  // The counted thing named on both sides is the slot, however long the sentences; so are people
  // counted by one thing that befell them ("Two passengers died and thirty-two were injured, …" /
  // "Three people died when …": the dead, not the injured).
  if (countedByWhatBefell(qa, qb) || sameFate(qa, qb)) return true;
  // A story's toll is one slot however each report describes its dead: "with 14 deaths" / "16 dengue deaths".
  if (qa.units.at(-1) === DEATHS && qb.units.at(-1) === DEATHS && tolls(a) === 1 && tolls(b) === 1) return true;
  // A vote's tally, each the only one its sentence tells, is one vote: "voted 5-2 on Tuesday night" /
  // "narrowly approved the change, 4-3, at a packed meeting". Not a match's score: a sports report
  // tells the next round's opponents' result beside its own ("Creighton's 65-53 victory" /
  // "Indiana State, which defeated Evansville 51-50").
  if (qa.units[0] === TALLY_UNIT && tallies(a) === 1 && tallies(b) === 1) return true;
  // One thing named alike in two words, each sentence's only count of it: "seized by four armed men" / "Five armed men seize".
  if (
    qa.units.length === 2 &&
    qa.units.join(' ') === qb.units.join(' ') &&
    countOf(a, (q) => unitsMatch(q, qb)) === 1 &&
    countOf(b, (q) => unitsMatch(qa, q)) === 1
  )
    return true;
  // One size of a thing, each sentence's only measure of it: "approximately 30 metres in depth" / "40 metres deep".
  const size = sizeOf(qa);
  if (size && size === sizeOf(qb)) {
    const sized = (f: SentenceFeatures) => f.quantities.filter((q) => sizeOf(q) === size && !q.notCount).length;
    if (sized(a) === 1 && sized(b) === 1) return true;
  }
  // Two spans of one thing, each told before its noun: "a five-year contract" / "a six-year deal".
  if (qa.attributive && qb.attributive && qa.units.length > 1 && qa.units.join(' ') === qb.units.join(' ')) return true;
  // A measure told before its noun is that thing's size, and one slot with the other sentence's only
  // measure of its kind when that sentence names the thing too: "a 500-kilogram British aerial bomb" /
  // "A 250-kilogram bomb dropped by Allied aircraft".
  if (qa.measure && qb.measure && qa.measure.dimension === qb.measure.dimension && (qa.attributive || qb.attributive)) {
    const measures = (f: SentenceFeatures) => f.quantities.filter((q) => q.measure?.dimension === qa.measure!.dimension && !q.notCount).length;
    if (measures(a) === 1 && measures(b) === 1 && (sized(qa, b) || sized(qb, a))) return true;
  }
  // "Rahman, 36," and "the 32-year-old Klitschko" are two people's ages; so are an unnamed
  // pensioner's and a named one's.
  // …unless one role names both, named or not: "The pilot, Captain Nathan Koim, 38," / "The pilot, 36,".
  const oneRole = !!qa.role && qa.role === qb.role && !(qa.owner && qb.owner);
  if (qa.units[0] === 'age' && qa.owner !== qb.owner && !oneRole && !(qa.owner && qb.owner && oneOwner(qa.owner, qb.owner)) && !loneAges(qa, a, qb, b))
    return false;
  if (qa.units[0] === 'age' && qa.describedAs && qb.describedAs && qa.describedAs !== qb.describedAs) return false;
  // …and so are a boy's and a man's: "A 12-year-old boy … was admitted" / "The 45-year-old Korean man … is being treated".
  if (qa.units[0] === 'age' && qa.agedPerson && qb.agedPerson && qa.agedPerson !== qb.agedPerson) return false;
  // …and a man's age is one slot when each sentence tells one man's: "A 24-year-old woman and a
  // 31-year-old man were arrested" / "A woman aged 24 and a man aged 33 were arrested".
  if (qa.units[0] === 'age' && qa.agedPerson && qa.agedPerson === qb.agedPerson && !qa.owner && !qb.owner && agedAlike(a, qa) === 1 && agedAlike(b, qb) === 1)
    return true;
  // One named person's age is one slot, however long the sentences: "A 34-year-old surfer, Daniel
  // Corrigan, was bitten …" / "Surfer Dan Corrigan, 35, fought off …".
  if (qa.units[0] === 'age' && qa.owner && qb.owner) return true;
  // Parts of two different wholes ("28 of his 68 punches" in a round, "178 of 369 punches" in the
  // fight) count different things; of one whole ("seven of nine counts" / "six of nine") they dispute.
  if (qa.whole !== undefined && qb.whole !== undefined && qa.whole !== qb.whole) return false;
  // A part of a whole the other sentence states as well is that whole's part there too: "secured 59 of
  // the 151 seats" / "took 61 seats in the 151-member Sabor".
  if ((qa.whole === undefined || qb.whole === undefined) && (partOf(qa, b) || partOf(qb, a))) return true;
  // Units that meet only across, both two words long ("five pirate boats" / "26 Somali pirates"), may
  // name two things; a lone noun against a modifier and noun ("eight counts" / "nine fraud counts") does not.
  const across = qa.units[0] !== qb.units[0] && qa.units.length > 1 && qb.units.length > 1 && !(PEOPLE.has(qa.units[0]!) && PEOPLE.has(qb.units[0]!));
  if (across) return meet(qa.context, qb.context, [...qa.units, ...qb.units]);
  // The price of a thing the other sentence does not name is another sum, however short the sentences:
  // "a $78,000 car" / "paid back about $40,000".
  if (unnamed(qa, b) || unnamed(qb, a)) return meet(qa.context, qb.context, slotWords(qa, qb));
  // People, each sentence's only count of anything, are one count however long the sentences: "Fourteen
  // people … were lifted to safety from the refuge hut" / "after 15 people … had to be taken off the
  // causeway". Where a sentence counts more, people of several kinds and fates stand in it (`oneThingCounted`).
  if (peopleCounted(qa, qb) && peopleCounted(qb, qa) && onlyCount(a) && onlyCount(b)) return true;
  // A sum of money is rarer than a count: one on each side of two linked sentences is one sum, however
  // long they are ("for a club-record fee of 68 million pounds" / "for a staggering £75m").
  const money = MONEY.has(qa.units[0] ?? '');
  const alone = (oneIsShort(a, b) || money || oneThingCounted(qa, qb, a, b)) && countOf(a, (q) => alike(q, qb)) === 1 && countOf(b, (q) => alike(qa, q)) === 1;
  return alone || meet(qa.context, qb.context, slotWords(qa, qb));
}

// `sameSlot`'s helpers, made once outside it.
/** Two shares' scopes that cannot be one (`Quantity.scope`); a part left unnamed ("across the county") may be any named place. */
const scopesApart = (x: string | undefined, y: string | undefined) =>
  !!x && !!y && x !== y && (x === NATIONAL || y === NATIONAL || (x !== LOCAL && y !== LOCAL));
/** Figures of one unit that may be one slot: a sum per share is never one with a sum told without it. */
const alike = (q: Quantity, r: Quantity) => unitsMatch(q, r) && !q.perShare === !r.perShare;
/** A sum to each of a group, or a rate per one of them. */
const distributed = (q: Quantity) => !!q.each || !!q.perThing;
/** How many tolls of the dead a sentence tells. */
const tolls = (f: SentenceFeatures) => f.quantities.filter((q) => q.units.at(-1) === DEATHS && !q.total && !q.notCount).length;
/** How many vote tallies a sentence tells. */
const tallies = (f: SentenceFeatures) => f.quantities.filter((q) => q.units[0] === TALLY_UNIT).length;
/** A measure told before its noun ("a 500-kilogram bomb"), that noun named in the other sentence. */
const sized = (q: Quantity, other: SentenceFeatures) => q.attributive && q.units[1] !== undefined && other.terms.has(q.units[1]);
/** A part of a whole that the other sentence states too. */
const partOf = (q: Quantity, other: SentenceFeatures) => q.whole !== undefined && other.quantities.some((o) => o.value === q.whole);
/** The price of a thing the other sentence does not name. */
const unnamed = (q: Quantity, other: SentenceFeatures) => q.priceOf !== undefined && !other.terms.has(q.priceOf);
/** One count of people something befell, the other of people where they were: "had been standing on the balcony". */
const fateBesideState = (q: Quantity, r: Quantity) => fatesOf(q).length > 0 && STATES.has(r.befell?.[0] ?? '');
/** What people were doing where something happened, as `Quantity.befell` stems it. */
const STATES = new Set(['stand', 'sit', 'wait', 'queu', 'gather', 'watch']);
/** Whether a sentence states one count and no other. */
const onlyCount = (f: SentenceFeatures) => f.quantities.filter((q) => !q.notCount && !q.total).length === 1;
/** Whether a figure counts people, by whatever noun. */
const countsPeople = (q: Quantity) => PEOPLE.has(q.units[0] ?? '') || GENERIC_PEOPLE.has(q.units[0] ?? '');
/**
 * …by a noun alone, or after a word of what kind against a loose word for anyone: "about 20
 * individuals" / "At least 30 heavily armed men". Not against another noun: "Two elderly patients
 * died" and "about two dozen patients" lost their oxygen are two groups.
 */
const peopleCounted = (q: Quantity, other: Quantity) =>
  q.units.length === 1 ? countsPeople(q) : q.units.length === 2 && PEOPLE.has(q.units[1]!) && GENERIC_PEOPLE.has(other.units[0] ?? '');
/** How many of a sentence's plain counts match. */
const countOf = (f: SentenceFeatures, match: (q: Quantity) => boolean) =>
  f.quantities.filter((q) => !q.total && !q.attributive && !q.notCount && match(q)).length;
/** The words of two figures' units, which tell nothing of what each is about: their units and what a rate is per. */
const slotWords = (qa: Quantity, qb: Quantity) => [...qa.units, ...qb.units, ...[qa.perThing, qb.perThing].filter((w): w is string => !!w)];

/**
 * One age named, the other a man's, a woman's, a boy's or a girl's, each its sentence's only age:
 * "Bernhard Imboden, 73, died when his car was swept off the road" / "a 71-year-old man died when his
 * car was swept off a road".
 */
function loneAges(qa: Quantity, a: SentenceFeatures, qb: Quantity, b: SentenceFeatures): boolean {
  const ages = (f: SentenceFeatures) => f.quantities.filter((q) => q.units[0] === 'age').length;
  if (!!qa.owner === !!qb.owner || ages(a) !== 1 || ages(b) !== 1) return false;
  // A boy, a girl, a man or a woman, not a group ("those aged 25 or over") nor any trade, which a report
  // may give a second person of its story ("a 68-year-old retired civil servant died")…
  // …or one the named one's role names ("The pilot, Graham Oduya, 52," / "Its 55-year-old pilot").
  const [named, unnamed, unnamedIn] = qa.owner ? [qa, qb, b] : [qb, qa, a];
  if (!unnamed.agedPerson && !(named.role && unnamedIn.terms.has(named.role))) return false;
  // …told of one act: two words of it in common besides the age's own and names ("died … car … swept";
  // not "Mark Doyle was 12 when the war ended" / "A 34-year-old man was arrested over the death of Mark Doyle").
  return sharedClaimTerms(a, b, (t) => AGE_WORDS.has(t) || a.nameStems.has(t) || b.nameStems.has(t)) >= 2;
}
/** The terms an age is written with: "a 71-year-old", "aged 71", "at the age of 71". */
const AGE_WORDS = new Set(['year', 'old', 'age', 'ag']);

/**
 * Two owners of an age that are one person: one name spelled two ways (`samePerson`), or a surname
 * alone against a full name ending in it ("Whitfield, 52," / "Madam Sandra Whitfield, 56,"), as a
 * report names its main person again after the first mention.
 */
function oneOwner(a: string, b: string): boolean {
  // A bare first name is that person's too, as a family's member is named beside a sibling: "his brother Mason, 23," / "Mason Voss, 22,".
  const surnameOf = (alone: string, full: string) =>
    !alone.includes(' ') && full.includes(' ') && (sameSpelling(alone, full.split(' ').at(-1)!) || alone === full.split(' ')[0]);
  return samePerson(a, b) || surnameOf(a, b) || surnameOf(b, a);
}

/**
 * Two sentences that count little else (two figures at most) and count one thing by one noun: "two
 * dogs attacked her while she was jogging …" / "… when three dogs came through a gap in a fence". Like a
 * sum of money, a count of such a thing is one slot however long the sentences. Not people, spans and
 * periods of time, shares, ages or scores, which one story counts of many things ("rushing for 404
 * yards and two touchdowns" / "nine touchdowns in 10 games"): on the 66 ECB+ triples, a lone count of
 * any unit in long sentences had invented six conflicts of that kind; this invents none there, and on
 * the blind sets finds three more ("two dogs" / "three dogs", "a female grizzly with two cubs" / "a sow and
 * three cubs"). One side may say what kind of the thing it counts ("fourteen containers" / "12 shipping
 * containers"): one more found, none invented, and two fewer false positives on ECB+ dev (`numberClash`).
 */
function oneThingCounted(qa: Quantity, qb: Quantity, a: SentenceFeatures, b: SentenceFeatures): boolean {
  const unit = qa.head ?? qa.units.at(-1) ?? '';
  const countsLittle = (f: SentenceFeatures) => f.quantities.filter((q) => !q.notCount && !q.total).length <= 2;
  return (
    (qa.units.length === 1 || qb.units.length === 1 || qa.units.join(' ') === qb.units.join(' ')) &&
    qa.units.length <= 2 &&
    qb.units.length <= 2 &&
    sameNoun(unit, qb.head ?? qb.units.at(-1) ?? '') &&
    !unit.includes(' ') &&
    hours(qa) === undefined &&
    !qa.measure &&
    !qa.pair &&
    !qb.pair &&
    !PEOPLE.has(unit) &&
    !GENERIC_PEOPLE.has(unit) &&
    unit !== 'percent' &&
    unit !== 'age' &&
    !PERIODS.has(unit) &&
    !PERIODS.has(`${unit}s`) &&
    countsLittle(a) &&
    countsLittle(b)
  );
}

/**
 * The first pair of dates, one from each side, in one slot: a word beside both (`meet`). A weekday or
 * a month (`governed`) asks more: the same word right before both, or right after both. A word beside
 * each on opposite sides put "presented on Thursday during the trial" and "went on trial Wednesday" in
 * one slot; reports tell a story's days apart (an aftershock on Monday, the quake on Sunday) more
 * often than they disagree on one ("died on Friday" / "died Thursday" still do).
 */
function slotDates(a: SentenceFeatures, b: SentenceFeatures, xa: readonly string[], xb: readonly string[], governed = false): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestShared = 0;
  for (const da of xa) {
    for (const db of xb) {
      if (governed) {
        // A day a span runs to is compared only with another such day: "began on Monday morning" and
        // "will last until Wednesday morning" are the two ends of one strike, not two days for its start.
        const inSlot = (a.dateNeighbours.get(da) ?? []).some(([before, after]) =>
          (b.dateNeighbours.get(db) ?? []).some(
            ([b2, a2]) =>
              (before === UNTIL) === (b2 === UNTIL) &&
              (before === SINCE) === (b2 === SINCE) &&
              ((before && before === b2 && !SAYING.has(before)) || (after && after === a2 && !SAYING.has(after))),
          ),
        );
        if (inSlot) return [da, db];
        continue;
      }
      // Of several dates whose words meet, the two told in the most words alike: "The dam, built in
      // 1962, was last inspected in 2021" faces "last inspected in 2019" with 2021, not 1962.
      const [ca, cb] = [a.dateContexts.get(da) ?? [], b.dateContexts.get(db) ?? []];
      // Two starts ("from April 1" / "From May 1") in sentences whose claims share words are one, however
      // far the words that say what starts.
      const starts = fromOnly(a, da) && fromOnly(b, db) && sharedClaimTerms(a, b) >= 2;
      const [ga, gb] = [governors(a, da), governors(b, db)];
      // Two words for one act govern alike, as one word does: "detected the fault on March 3" / "discovered the problem on March 6".
      const governedAlike = ga.some((w) => gb.some((v) => w !== v && sameGovernor(w, v)));
      if (!meet(ca, cb, []) && !starts && !governedAlike) continue;
      // A year a state began ("has chaired the charity since 2021") dates no event of another year ("was
      // paid in the year to March 2025"); another start it does ("since 2019").
      if (sinceOnly(a, da) !== sinceOnly(b, db)) continue;
      // Each after a word of its own that the other date's words never tell: "The bridge, built in
      // 1962, …" / "An inspection found corrosion in 2024" date two things, though both close lorries.
      // The other date's own neighbours, not any word of its sentence: "The plant, which opened in 1992,
      // produced about 85,000 vehicles last year" / "which built 85,000 cars in 2024" date the opening
      // and a year's output, though "cars" stands in the first sentence too (a user test's invented conflict).
      const [na, nb] = [neighbours(a, da), neighbours(b, db)];
      if (
        ga.length &&
        gb.length &&
        !ga.some((w) => gb.some((v) => sameGovernor(w, v)) || nb.includes(w)) &&
        !gb.some((w) => na.includes(w)) &&
        !sameNounAfter(a, da, b, db)
      )
        continue;
      const alike = (shared(ca, cb) + (starts || governedAlike ? 1 : 0)) / (ca.length + cb.length);
      if (alike > bestShared) [best, bestShared] = [[da, db], alike];
    }
  }
  return best;
}

/**
 * Words for a thing coming into being, which outlets date alike: "built in 1962" / "opened in 1964"
 * is one disputed date of a bridge's age. Canonical stems ("erected" is `instal`).
 */
const ORIGIN = new Set(['build', 'open', 'construct', 'complet', 'inaugur', 'instal']);
/**
 * Words for coming to know of a thing ("identified the incident on February 14" / "discovered the
 * problem on February 17") and for catching a person ("arrested on 21 August" / "caught on August 12"),
 * which outlets date alike. Canonical stems ("found", "uncovered" are `discov`; "detained" is `arrest`).
 */
const LEARNED = new Set(['discov', 'identifi', 'spot', 'notic', 'detect']);
const CAUGHT = new Set(['arrest', 'catch']);
const GOVERNOR_GROUPS = [ORIGIN, LEARNED, CAUGHT];
const sameGovernor = (w: string, v: string) => w === v || GOVERNOR_GROUPS.some((g) => g.has(w) && g.has(v));

/** Whether every mention of a date is the start of a state: "has chaired the charity since 2021". */
const sinceOnly = (f: SentenceFeatures, date: string) => (f.dateNeighbours.get(date) ?? []).every(([before]) => before === SINCE);
/** …and whether it is a start the sentence gives ("from May 1") wherever it tells it. */
const fromOnly = (f: SentenceFeatures, date: string) => (f.dateNeighbours.get(date) ?? []).every(([before]) => before === FROM);

/** The words right before a date in a sentence (one per mention), saying what it dates. */
const governors = (f: SentenceFeatures, date: string): string[] => (f.dateNeighbours.get(date) ?? []).flatMap(([before]) => (before ? [before] : []));
/**
 * Two dates before one noun date one thing, whatever each sentence says before them: "built for the
 * 2021 to 2024 model years" / "pickups from the 2020 to 2024 model years".
 */
const sameNounAfter = (a: SentenceFeatures, da: string, b: SentenceFeatures, db: string) =>
  (a.dateNeighbours.get(da) ?? []).some(
    ([, after]) => after && !SAYING.has(after) && after !== AGED && (b.dateNeighbours.get(db) ?? []).some(([, other]) => other === after),
  );
/** "joined in 2001 aged 19" / "left in 2015 aged 33": an age after a year dates no noun. Canonical stem. */
const AGED = 'ag';
/** The words right before and right after a date in a sentence. */
const neighbours = (f: SentenceFeatures, date: string): string[] => (f.dateNeighbours.get(date) ?? []).flat().filter(Boolean);

/**
 * Being each the only figure of its unit says they state one slot only when one of the sentences is
 * short: two long sentences carry several facts each, and their one count of "seasons" each was a
 * coach's spell before he resigned against another man's as his assistant, or "shot three" against
 * "killed two".
 * Chosen on ECB+ train triples: 59 conflicts reported with no limit, 49 at 12 terms, all 15 that the
 * stories' conflicts found kept (at 9 terms two of those were lost).
 */
const ALONE_TERMS = 12;
const oneIsShort = (a: SentenceFeatures, b: SentenceFeatures) => Math.min(a.terms.size, b.terms.size) <= ALONE_TERMS;

/** How many terms two sentences share that are neither figures nor frames (words of when, "said"), nor `aside`. */
function sharedClaimTerms(a: SentenceFeatures, b: SentenceFeatures, aside: (term: string) => boolean = () => false): number {
  let n = 0;
  for (const t of a.terms.keys()) if (b.terms.has(t) && !t.startsWith('#') && !isFrameTerm(t) && !aside(t)) n++;
  return n;
}

/** Some word beside one figure, date or word is beside the other, the unit words aside. */
export function meet(x: string[], y: string[], aside: string[]): boolean {
  return x.some((w) => y.includes(w) && !aside.includes(w) && !SAYING.has(w));
}

/** Saying (said, told, announced) puts no two figures or dates in one slot: "which it said was caused" / "announced that repairs". */
const SAYING = new Set(['sai']);

/**
 * Same counted thing: the first unit words agree, or one side has an extra adjective first
 * ("six defeats" / "nine straight losses"). Second words alone never match: "72-hour ceasefire"
 * and "three-day truce" count hours and days.
 */
export function unitsMatch(q: Quantity, r: Quantity): boolean {
  if (q.measure && r.measure) return q.measure.dimension === r.measure.dimension;
  const [q0, q1] = q.units;
  const [r0, r1] = r.units;
  if (!q0 || !r0) return false;
  return (
    q0 === r0 ||
    // …but a figure told before its noun sizes that noun: "a 34-member choir" counts no choirs.
    (q0 === r1 && !r.attributive) ||
    (q1 === r0 && !q.attributive) ||
    // …past a word that says what kind: "about 20 individuals" / "At least 30 armed men".
    (GENERIC_PEOPLE.has(q0) && (PEOPLE.has(r0) || PEOPLE.has(r1 ?? ''))) ||
    (GENERIC_PEOPLE.has(r0) && (PEOPLE.has(q0) || PEOPLE.has(q1 ?? ''))) ||
    (livesThere(q) && livesThere(r)) ||
    (q0 !== r0 && sameNoun(q0, r0)) ||
    // One noun written closed and open: "14 roundhouses" / "16 round houses".
    (!!q1 && q0 + q1 === r0) ||
    (!!r1 && r0 + r1 === q0) ||
    headsMatch(q, r) ||
    headsMatch(r, q) ||
    workersOf(q, r) ||
    workersOf(r, q) ||
    countedByWhatBefell(q, r) ||
    // People named two ways to whom one thing befell: "Three men were arrested" / "Five suspects were
    // detained"; two groups ("passengers", "crew") stay apart, only a loose word for people is either.
    ((LOOSE_PEOPLE.has(q0) || LOOSE_PEOPLE.has(r0)) && PEOPLE.has(q0) && PEOPLE.has(r0) && !!q.befell?.some((w) => FATE_VERBS.has(w) && r.befell?.includes(w)))
  );
}

/**
 * People named by what they work at and by their trade: "18 bakery workers" / "19 bakers", "mine
 * workers" / "miners". The trade is the workplace's stem give or take two letters.
 */
function workersOf(q: Quantity, r: Quantity): boolean {
  const [place, who] = q.units;
  const trade = r.units[0];
  if (!place || !who || !trade || !PEOPLE.has(who) || PEOPLE.has(place)) return false;
  const [short, long] = place.length <= trade.length ? [place, trade] : [trade, place];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * People counted as those who live in a place, which outlets word freely: "1,500 residents" /
 * "Three thousand locals" / "villagers". "Local" before another noun ("two local officials") is no such word.
 */
const livesThere = (q: Quantity) => RESIDENTS.has(q.units[0] ?? '') && (q.units[0] !== 'local' || q.units.length === 1);
const RESIDENTS = new Set(['resid', 'local', 'villager', 'inhabit']);
/** A long phrase's noun (`Quantity.head`) is the other's: its own long phrase's, or its only word ("5,120 grey seal pups" / "5,210 pups"). */
const headsMatch = (q: Quantity, r: Quantity) => !!q.head && (q.head === r.head || (r.units.length === 1 && r.units[0] === q.head));
/** One noun, or two for the places people live, which outlets count alike: "45,000 households lost water" / "60,000 homes". */
const sameNoun = (x: string, y: string) => x === y || (DWELLINGS.has(x) && DWELLINGS.has(y));
/** Canonical stems. */
const DWELLINGS = new Set(['home', 'household', 'hous', 'properti', 'dwell']);

/** "37 people suffered burns" / "39 burn injuries": people counted by what befell them, and that thing counted. */
function countedByWhatBefell(q: Quantity, r: Quantity): boolean {
  // The noun may come second: "1,300 outpatient appointments" / "1,800 patients have had appointments cancelled".
  // Not a word of what befell the counted people themselves ("Four passengers died": `passeng kill`).
  return countedBy(q, r) || countedBy(r, q);
}
/** `x` counts people by what befell them, `y` that thing. A group's size told before it ("a 34-member community choir") counts none of that thing ("three other choirs"). */
function countedBy(x: Quantity, y: Quantity): boolean {
  return (
    (x.attributive && !PEOPLE.has(y.units[0] ?? '') ? false : !!(y.units[0] && x.befell?.includes(y.units[0]))) ||
    !!(y.units[1] && x.befell?.includes(y.units[1]) && !y.befell?.includes(y.units[1]))
  );
}

/** Two counts of people with a word of what befell them in common ("died", "injured", "missing"). */
function sameFate(q: Quantity, r: Quantity): boolean {
  return !!q.befell?.some((w) => r.befell?.includes(w));
}

/**
 * "Two passengers died" / "Three people died": a generic count of people counts any group of people
 * the other side names. Two specific groups ("passengers", "crew") stay apart. Canonical stems.
 */
const GENERIC_PEOPLE = new Set(['peopl', 'person', 'individu']);
/** Words for people by sex, by suspicion or by harm done to them, which any group's members may be called ("Six of the victims" of four swimmers). */
const LOOSE_PEOPLE = new Set(['man', 'men', 'woman', 'women', 'suspect', 'victim', 'casualti']);

/** The weekday `n` days after `day` (before, for a negative `n`). */
function weekdayAfter(day: string, n: number): string {
  const k = (WEEKDAY_NAMES as readonly string[]).indexOf(day);
  return k < 0 ? day : WEEKDAY_NAMES[(((k + n) % 7) + 7) % 7]!;
}

/** A figure with its unit as written, if the unit is apart from it: "200 ft", "five years", "two years and six months". */
const withUnit = (q: Quantity) => (q.unitText ? `${q.text} ${q.unitText}` : q.text);

/** How far two spans in two units may convert apart and be one: a month is 730 hours, 26 weeks 4,368. */
const SPAN_SLACK = 0.02;
/** Hours per duration unit stem, for comparing "48 hours" with "two days". */
const HOURS: Record<string, number> = {
  second: 1 / 3600,
  sec: 1 / 3600,
  minut: 1 / 60,
  min: 1 / 60,
  hour: 1,
  hr: 1,
  dai: 24,
  week: 168,
  month: 730,
  year: 8766,
};

export function hours(q: Quantity): number | undefined {
  const per = q.units[0] === undefined ? undefined : HOURS[q.units[0]];
  return per === undefined ? undefined : q.value * per;
}

/**
 * What a figure measures where its unit says so: a physical dimension ("a 60-metre section": length),
 * a span of time ("for sixty years"), money or a share; undefined for a count of things, whose noun
 * two reports may name two ways.
 */
export function figureKind(q: Quantity): string | undefined {
  if (q.measure) return q.measure.dimension;
  // A change or a margin measures what its level does: "broke the record by 35 seconds" is a span.
  const unit = q.units[0]?.startsWith(CHANGE) ? q.units[0].slice(CHANGE.length) : q.units[0];
  if (unit === undefined) return undefined;
  if (HOURS[unit] !== undefined) return 'time';
  if (MONEY.has(unit)) return 'money';
  return unit === 'percent' ? 'percent' : undefined;
}

/**
 * Whether one figure, `value`, measures different things on the two sides: "A 60-metre section gave
 * way" and "For sixty years the bridge carried farmers" share the number 60 and nothing else. Only
 * when every use of it on each side has a kind, and no kind is on both.
 */
export function measuredApart(a: readonly Quantity[], b: readonly Quantity[], value: number): boolean {
  const kinds = (qs: readonly Quantity[]) => qs.filter((q) => q.value === value).map(figureKind);
  const [ka, kb] = [kinds(a), kinds(b)];
  if (!ka.length || !kb.length || ka.includes(undefined) || kb.includes(undefined)) return false;
  return !ka.some((k) => kb.includes(k));
}

/**
 * Two sentences measure one thing differently ("reached 34.1 degrees Celsius" / "broke a record of
 * 33.3C"): a measure's dimension names its slot, so one report's two such sentences state two facts
 * (its record and the old one), however many words they share. Conversions aside.
 */
export function measuresApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const measured = (f: SentenceFeatures) => f.quantities.filter((q) => q.measure && !q.notCount);
  const [ma, mb] = [measured(a), measured(b)];
  return ma.some((q) => {
    const same = mb.filter((r) => r.measure!.dimension === q.measure!.dimension);
    return same.length > 0 && !same.some((r) => close(q, r));
  });
}

/** Span `y` lies on the side span `x` bounds, within what `x` allows (`close`); each in hours by its unit. */
function boundHolds(x: Quantity, ux: number, y: Quantity, uy: number): boolean {
  if (!x.bound) return false;
  const [bound, other] = [x.value * ux, y.value * uy];
  return x.bound.side === 'above' ? other >= bound && other <= x.range[1] * ux : other <= bound && other >= x.range[0] * ux;
}

/**
 * `whole`, written without decimals, is `cut` with its decimals dropped (`close`): cut off from a hundred
 * ("412mm" / "412.6 mm"), rounded from ten ("an 82-metre blade" / "an 81.5-metre blade").
 */
const decimalsDropped = (whole: Quantity, cut: Quantity) =>
  whole.value >= 10 &&
  Number.isInteger(whole.value) &&
  /^[\d,]+$/.test(whole.text) &&
  /\.\d/.test(cut.text) &&
  (Math.round(cut.value) === whole.value || (whole.value >= 100 && Math.trunc(cut.value) === whole.value));
/** Two figures agree when the values each allows meet: "about 860,000" / "nearly 900,000", "34.2%" / "34%". */
function close(q: Quantity, r: Quantity): boolean {
  // Spans in two units are one span when they convert to each other: "30 months" is "two and a half
  // years" (so a third report's "six-year sentence" disputes neither), "six months" is "26 weeks". Not
  // within each one's rounding: "two years" would then be "18 months", and "two weeks" a "10-day" quarantine.
  const [uq, ur] = [HOURS[q.units[0] ?? ''], HOURS[r.units[0] ?? '']];
  // A bound holds what lies on its side, within what it allows: "more than two weeks" is "19 days".
  if (uq !== undefined && ur !== undefined && uq !== ur)
    return Math.abs(q.value * uq - r.value * ur) <= SPAN_SLACK * Math.max(q.value * uq, r.value * ur) || boundHolds(q, uq, r, ur) || boundHolds(r, ur, q, uq);
  // Two rates over different periods compare per day: "90 crowns a month" is "almost 1,100 a year".
  let [kq, kr] = q.per && r.per && q.per !== r.per ? [1 / q.per, 1 / r.per] : [1, 1];
  // Two units of one measure compare in its base unit, and a converted figure is a rounded one:
  // "2,000 feet" (610 m) and "700 metres" are one height, "200ft" and "200 metres" are not.
  let slack = 1;
  // …so do rates per two units of area: "€48,200 per hectare" is "€19,500 an acre".
  if (q.perArea && r.perArea && q.perArea !== r.perArea) {
    [kq, kr] = [kq / areaFactor(q.perArea), kr / areaFactor(r.perArea)];
    if (!rough(q) && !rough(r)) slack = 1 + CONVERTED;
  }
  if (q.measure && r.measure && q.measure.factor !== r.measure.factor) {
    // A temperature's scales have different zeros, so its figures compare in degrees, the converted
    // one rounded to a degree or two: "47 degrees Fahrenheit" is 8.3C, "8C" agrees and "12C" does not.
    if (q.measure.dimension === 'temperature') {
      const [vq, vr] = [inBaseUnit(q.value, q.measure), inBaseUnit(r.value, r.measure)];
      return Math.abs(vq - vr) <= CONVERTED_DEGREES;
    }
    [kq, kr] = [kq * q.measure.factor, kr * r.measure.factor];
    // …unless either is already told as rough ("about 450 meters", "some 2,000 feet"): its own
    // allowance holds the rounding, and both stacked let "about 1,200 feet" (366 m) pass for 450 m.
    if (!rough(q) && !rough(r)) slack = 1 + CONVERTED;
  }
  // Bare degrees may be either scale: "did not fall below 86 degrees" (a US outlet's Fahrenheit) is the
  // "below 30 degrees" of a European one.
  if (q.units[0] === BARE_DEGREE && r.units[0] === BARE_DEGREE) {
    if (Math.abs(celsius(q.value) - r.value) <= CONVERTED_DEGREES || Math.abs(celsius(r.value) - q.value) <= CONVERTED_DEGREES) return true;
  }
  // Equal values agree even when neither allows any other (two fractions: "2-1/2" / "two and a half").
  if (Math.abs(q.value * kq - r.value * kr) <= 1e-9 * Math.abs(q.value * kq)) return true;
  // A whole figure is the other's decimal rounded, or cut off from a hundred: "a record-smashing 412mm of rain" / "412.6 mm".
  if (kq === 1 && kr === 1 && (decimalsDropped(q, r) || decimalsDropped(r, q))) return true;
  // Two bounds on one side are two figures, though the values they allow meet: "at least 27 dead" /
  // "at least 31 dead" are two tolls a reader compares; unless one is the other rounded ("more than
  // 26,000" / "more than 26,400").
  if (q.bound && q.bound.side === r.bound?.side && Math.abs(q.value * kq - r.value * kr) > 0.5 * Math.max(place(q.value) * kq, place(r.value) * kr))
    return false;
  // A count told by its order of magnitude allows all its range: "hundreds of operations" meets
  // "more than 200 operations", which allows 200 and a little above.
  if ((q.vague || r.vague) && r.range[0] * kr <= q.range[1] * kq && q.range[0] * kq <= r.range[1] * kr) return true;
  // Two rough figures rounded to one place and two of its units apart or more are two counts, though
  // each allows the other: "about 17,000" / "some 19,000" runners, both rounded to the thousand.
  // Not a share told as a fraction, which is rounded to its parts, not to a place: "more than a quarter" is "some 27 per cent".
  if (
    kq === 1 &&
    kr === 1 &&
    rough(q) &&
    rough(r) &&
    !FRACTION_WORDS.test(q.text) &&
    !FRACTION_WORDS.test(r.text) &&
    place(q.value) === place(r.value) &&
    Math.abs(q.value - r.value) >= 2 * place(q.value)
  )
    return false;
  if (kq === 1 && kr === 1 && (roundedApart(q, r) || roundedApart(r, q))) return false;
  if (kq === 1 && kr === 1 && (floorBelowNearly(q, r) || floorBelowNearly(r, q) || aboutBelowNearly(q, r) || aboutBelowNearly(r, q))) return true;
  // One figure within what the other allows: "about 860,000" / "nearly 900,000" agree, but "about
  // 3,000" / "about 4,000", each rounded a seventh either way, meet only at their edges: two counts.
  return within(q, kq, r, kr, slack) || within(r, kr, q, kq, slack);
}

/**
 * A rough figure of two or more significant digits is the other, exact one rounded only to its place,
 * give or take a unit: "about 278,000 SUVs" is no rounding of "287,412", nor "about 3,800 hectares" of
 * "4,200", though each lies within the hedge's slack. A hedge covers the writer's rounding, not a figure
 * a twentieth off it; "about 280,000" and "nearly 300,000" are roundings of 287,412 still.
 */
function roundedApart(rounded: Quantity, exact: Quantity): boolean {
  if (!rough(rounded) || rough(exact) || rounded.bound || exact.bound || rounded.vague) return false;
  // Whole figures only: a price to the cent ("about €1.82") is told as precisely as it is known, and
  // counts told by the dozen or by fractions are rounded to those, not to a place.
  if (!Number.isInteger(rounded.value) || !Number.isInteger(exact.value) || /dozen|score/i.test(rounded.text)) return false;
  if (FRACTION_WORDS.test(rounded.text) || FRACTION_WORDS.test(exact.text)) return false;
  const unit = roundingPlace(rounded.value);
  return unit >= place(exact.value) && Math.abs(rounded.value - exact.value) >= 2 * unit;
}

/**
 * A floor and a figure told as just short of a higher one meet where what they allow does: "More than
 * 40 roads are closed" and "Nearly 50 roads are closed" both allow 45, though neither figure lies in
 * the other's range. Not "about 50", which allows as much above as below.
 */
function floorBelowNearly(floor: Quantity, nearly: Quantity): boolean {
  return (
    floor.bound?.side === 'above' &&
    !nearly.bound &&
    nearly.value > floor.value &&
    // Told as short of its figure: what it allows lies below it ("nearly", "almost"), not around it.
    nearly.range[1] - nearly.value < (nearly.value - nearly.range[0]) / 2 &&
    nearly.range[0] <= floor.range[1]
  );
}

/**
 * …and so do a hedged figure and one told as just short of a higher one, where most of what "nearly"
 * allows is within the hedge: "within about 25 minutes" / "almost half an hour". Not "about 3,000" /
 * "nearly 4,000", which meet only at their edges.
 */
function aboutBelowNearly(about: Quantity, nearly: Quantity): boolean {
  const below = nearly.value - nearly.range[0];
  return (
    rough(about) &&
    !about.bound &&
    !nearly.bound &&
    about.value < nearly.value &&
    nearly.range[1] - nearly.value < below / 2 &&
    about.range[1] - nearly.range[0] >= below / 2
  );
}

/** The place a figure is rounded to, counting fives: 278,000 → 1,000, 45 → 5, 250,000 → 50,000. */
function roundingPlace(value: number): number {
  const p = place(value);
  return Math.round(value / p) % 10 === 5 ? 5 * p : p;
}

/** One figure inside what the other allows, each scaled to a common unit, with a converted figure's slack. */
function within(x: Quantity, kx: number, y: Quantity, ky: number, slack: number): boolean {
  return y.range[0] * ky < x.value * kx * slack && x.value * kx < y.range[1] * ky * slack;
}

/** Degrees Fahrenheit in Celsius. */
const celsius = (f: number) => inBaseUnit(f, FAHRENHEIT);

/** A share written as a fraction: "a quarter", "two-thirds", "one in five". */
const FRACTION_WORDS = /\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** A figure told as rough: hedged ("about"), or round, it allows more than its last digit's rounding. */
const rough = (q: Quantity) => q.range[1] - q.range[0] > 2 * place(q.value) && q.range[1] - q.range[0] > 0.1 * Math.abs(q.value);

/** The place of a figure's last significant digit: 27 → 1, 26,000 → 1,000, 2.5 → 0.1. */
function place(value: number): number {
  if (!Number.isInteger(value)) return 10 ** -(String(value).split('.')[1]?.length ?? 0);
  let p = 1;
  while (value !== 0 && value % (p * 10) === 0) p *= 10;
  return p;
}

/** How far apart a figure and its conversion to another unit may be: news rounds the converted one. */
const CONVERTED = 0.15;
/** The unit of degrees told without a scale (quantities.ts `unitsOf`). */
const BARE_DEGREE = 'degree';
/** The same for a temperature, in degrees Celsius. */
const CONVERTED_DEGREES = 1;

/** The other side names this one too: by surname ("Cameron" / "David Cameron") or a spelling variant ("Jan Smyth" / "John Smith"). */
function surnameIn(key: string, names: Map<string, string>): boolean {
  const last = key.split(' ').pop()!;
  for (const k of names.keys()) {
    const other = k.split(' ').pop()!;
    if (other === last && (k.includes(' ') || key.includes(' '))) return true;
    if (sameSpelling(other, last) || samePerson(k, key)) return true;
  }
  return false;
}

/**
 * The day a date's text says, for comparing with another's: its year only when one of the two texts
 * writes one. "On June 24" in two reports is one day, whatever year each report's own date gave it
 * (two undated articles had "date: June 24 vs June 24").
 */
function writtenPart(t: { value: string; text: string }, other: { text: string }): string {
  return /\b\d{4}\b/.test(t.text) || /\b\d{4}\b/.test(other.text) ? t.value.slice(0, 10) : `XXXX${t.value.slice(4, 10)}`;
}

/**
 * The time zone a clock time's text names ("gmt", "bst", "uk time", "moscow time"), or '' for none;
 * "local time" is what a time without one means too.
 */
/**
 * Whether `local` is `utc`, told in UTC or GMT, in a zone a half hour off the hour: Afghanistan (+4:30),
 * India and Sri Lanka (+5:30), Nepal (+5:45), Myanmar (+6:30), central Australia (+9:30, +10:30). Not
 * Iran's +3:30, which would make "3.15am" in Dubai (+4) the "2345 UTC" of another report.
 */
function aheadOfUtc(local: TimeMention, utc: TimeMention, slack: number): boolean {
  const [l, u] = [minuteOfDay(local.value), minuteOfDay(utc.value)];
  if (l === undefined || u === undefined || !/^(?:utc|gmt)$/.test(zoneOf(utc.text)) || zoneOf(local.text) === zoneOf(utc.text)) return false;
  const ahead = (l - u + 1440) % 1440;
  return HALF_HOUR_ZONES.some((offset) => Math.abs(ahead - offset) <= slack);
}
const HALF_HOUR_ZONES = [270, 330, 345, 390, 570, 630];

function zoneOf(text: string): string {
  return (/\b(?:gmt|utc|bst|cest|cet|[ecmp][sd]t|[ecmp]t|ist|aest|aedt|sast|wat)\b/i.exec(text) ?? PLACE_TIME.exec(text))?.[0].toLowerCase() ?? '';
}
/** "3.20am UK time", "09:00 Moscow time", "noon Eastern time": a zone named by its place. */
const PLACE_TIME = /\b(?!Local\b)(?:[A-Z][a-z]+|[A-Z]{2,4})\s+time\b/;

const MONTH_AND_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/** The weekday a date's words name, by its name or its short form ("Thu., March 27"). */
function weekdayIn(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return WEEKDAY_NAMES.find((d) => words.some((w) => w === d || (w.length >= 3 && w.length <= 5 && d.startsWith(w))));
}

/** How far apart two times told to the minute may be and still be one moment (clocks and outlets differ by a minute or two). */
const PRECISE_CLOCK_SLACK_MINUTES = 3;
/** A clock value on the hour or a quarter past, half past or a quarter to ("T22:00", "T06:30"). */
const onQuarter = (value: string) => /T\d\d:\d\d$/.test(value) && Number(value.slice(-2)) % 15 === 0;
/** A clock value whose minute is not a multiple of five ("T23:47"): told to the minute, not rounded. */
const toTheMinute = (value: string) => /T\d\d:\d\d$/.test(value) && Number(value.slice(-2)) % 5 !== 0;

function writtenDate(t: { value: string; text: string }): boolean {
  return /^[\dX]{4}-\d\d-\d\d/.test(t.value) && MONTH_AND_DAY.test(t.text);
}
