import { figureKind, findDifferences, hours, measuredApart, meet, timesMeet } from './conflicts.ts';
import { eventWeight } from './event-words.ts';
import { nameTerm, type TimeMention } from './features.ts';
import { inBaseUnit, isRankOf, MONEY, RANK, type Quantity } from './quantities.ts';
import { isFrameTerm } from './frame-terms.ts';
import type { Weighted } from './similarity.ts';
import { isConverse, oppositesOf } from '../text/synonyms.ts';
import { sameName, sameSpelling } from '../text/spelling.ts';
import { isClockValue } from '../time/agree.ts';

const lastWord = (key: string) => key.split(' ').pop()!;

/**
 * The evidence a pair decision weighs, each in [0,1]. The names are the keys of the fitted model
 * (`pair-model.json`); `scripts/train-pairs.ts` measures what each one adds on ECB+ dev and the
 * model keeps only those that earn their place.
 */
export interface PairEvidence {
  /** TF-IDF cosine of the two claims (attribution and dateline removed). */
  cosine: number;
  /** Mean over both sentences of the share of its IDF mass the other contains. */
  coverage: number;
  /** The lower of the two coverages: low when one sentence adds much the other lacks. */
  minCoverage: number;
  /** The higher of the two coverages: one sentence says little the other lacks (a short claim inside a long one). */
  maxCoverage: number;
  /** Cosine without name terms and numbers (the words of names still count): what happened, not who or how many. */
  contentCosine: number;
  /**
   * The lower of the two sentences' shares of their own content words (no names, figures or the words
   * of names) that the other holds: two sentences about one event share its cast but state different
   * things about it ("Voters began to cast ballots in Turkmenistan's election" / "Turkmenistan's election
   * ended Sunday"). On whole ECB+ train articles labelled by reading (`bench:links`), "same event,
   * another fact" is the commonest wrong link, and this told it from the same fact better than the
   * coverages that count names.
   */
  contentCoverage: number;
  /** As `contentCoverage`, with each word weighed by how often it is the event a sentence reports (`eventWeight`). */
  eventCoverage: number;
  /**
   * Shared names (persons by surname, places, organisations) by IDF weight, saturating: a name the
   * whole story repeats (its cheap "Cameron") says less than a name two sentences alone share.
   */
  namesShared: number;
  /** Share of the pair's names only one side uses; 0 when neither names anyone. */
  namesUnshared: number;
  /** Both name people and no person is shared: often two different events of one kind. */
  personClash: number;
  /** Both name places and no place is shared. */
  placeClash: number;
  /**
   * Each side names someone or something of one kind the other does not, even when others are shared:
   * "Klitschko stopped Thompson" / "Klitschko stopped Rahman", "Colts beat Jags" / "Colts beat Chiefs".
   */
  sideClash: number;
  /** IDF-weighted overlap of telling numbers (years and amounts; "one"/"two" left out). */
  numbersShared: number;
  /** The same measured thing with a different value (see `findDifferences`). */
  numberClash: number;
  /** Amounts that agree within rounding ("more than 200" / "220", "3,500" / "about 3,000"): share of the fewer side's. */
  numbersClose: number;
  /**
   * Both count the same thing, whatever the figures ("six vehicles" / "seven cars", "340 people" /
   * "312 passengers"): within one story, the same measured slot is a strong sign of the same fact,
   * and the place where reports disagree.
   */
  unitShared: number;
  /** A date or clock time both state, as the time tagger resolves them ("6:12 a.m." / "6.12am"). */
  timeShared: number;
  /** Both state a date or time and none of them agree. */
  timeClash: number;
  /** A date (year, day, month or weekday) both state. */
  dateShared: number;
  /** Both date the claim, differently. */
  dateClash: number;
  /** The most event-like word both share ("killed", "arrest", "earthquake"): what the claim is about. */
  eventShared: number;
  /** How much more event-like each side's own main word is than the shared one (0 when they share it). */
  eventGap: number;
  /** Exactly one side is negated ("would vote" / "would not vote"). */
  polarity: number;
  /** One side has a word whose opposite the other has ("rose" / "fell"). */
  opposite: number;
  /** Nothing shared but names. */
  namesOnly: number;
  /** Shorter over longer length in content terms: a headline against a long sentence. */
  lengthRatio: number;
  /**
   * How near the top of their reports both sentences stand: 1 when both open their reports, falling
   * with the later one's position (`leadEvidence`). News puts its main fact first, so two reports'
   * headlines and leads state the same fact far more often than two sentences further down: on the
   * labelled whole ECB+ train articles (`bench:links`), 56 % of pairs whose later sentence is among
   * the first six are the same fact, 22 % of the others. Only the story context knows positions; a
   * sentence compared alone is its own report's first, so the `pairs` model never weighs this.
   */
  lead: number;
  /**
   * One sentence opens on an earlier time ("In 2008, …", "Two years ago, …") and the other does not
   * (`SentenceFeatures.backstory`): background beside the story's own event. On the labelled whole
   * ECB+ train articles, 10 of 84 such candidate pairs state one fact, against 826 of 2,367 others.
   */
  backstory: number;
}

export type EvidenceName = keyof PairEvidence;

/**
 * Smallest denominator for the number overlap: a lone shared small number ("two", IDF ~1.5)
 * must not count as full agreement, a shared "1979" (IDF 3.5 and up) nearly does.
 */
const NUMBER_FLOOR = 4;
/** Shared name weight beyond this adds nothing: two rare names (IDF ~4 each, ×1.5) already say "same people". */
const NAMES_SATURATE = 12;

/** "one" and "two" are as often determiners ("the two leaders") as counts; they stay in the cosine only. */
export function isTellingNumber(t: string): boolean {
  return t.startsWith('#') && t !== '#1' && t !== '#2' && t !== '#0';
}

const isName = (t: string) => t.startsWith('@');
const isContent = (t: string) => !isName(t) && !t.startsWith('#');

/**
 * The evidence for one pair. `clashes: false` skips what only tells one event from another of its
 * kind (`numberClash`, `dateClash`, `sideClash`, left at 0): the story context does not weigh it, and
 * it is the dearest part to compute.
 */
export function pairEvidence(a: Weighted, b: Weighted, clashes = true): PairEvidence {
  let dot = 0;
  let contentDot = 0;
  let sharedA = 0;
  let sharedB = 0;
  let namesShared = 0;
  let nameMass = 0;
  let numsShared = 0;
  let eventShared = 0;
  let sharesClaim = false;
  let [contentA, contentB, eventA, eventB] = [0, 0, 0, 0];
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v === undefined) continue;
    if (t.startsWith('#') && measuredApart(a.features.quantities, b.features.quantities, Number(t.slice(1)))) continue;
    dot += w * v;
    if (small === a) {
      sharedA += w;
      sharedB += v;
    } else {
      sharedA += v;
      sharedB += w;
    }
    if (isName(t)) {
      namesShared++;
      nameMass += Math.min(w, v);
    } else if (isTellingNumber(t)) numsShared += Math.min(w, v);
    if ((isContent(t) && !a.features.nameStems.has(t) && !b.features.nameStems.has(t) && !isFrameTerm(t)) || isTellingNumber(t)) sharesClaim = true;
    if (isContent(t)) {
      const event = eventWeight(t);
      contentDot += w * v;
      eventShared = Math.max(eventShared, event);
      const [wa, wb] = small === a ? [w, v] : [v, w];
      if (!a.features.nameStems.has(t)) {
        contentA += wa;
        eventA += wa * event;
      }
      if (!b.features.nameStems.has(t)) {
        contentB += wb;
        eventB += wb * event;
      }
    }
  }
  const [sa, sb] = [summaryOf(a), summaryOf(b)];
  // Spelling variants of a name ("Smyth" / "Smith") are the same name, though not the same term.
  for (const t of sa.names) {
    if (!b.weights.has(t) && sb.names.some((u) => !a.weights.has(u) && sameName(t.slice(1), u.slice(1)))) {
      namesShared++;
      nameMass += a.weights.get(t)!;
    }
  }
  const namesUnion = sa.names.length + sb.names.length - namesShared;
  const numsUnion = sa.numberMass + sb.numberMass - numsShared - unsharedConversions(a, b) - unsharedConversions(b, a);
  const cosine = a.norm && b.norm ? Math.min(1, dot / (a.norm * b.norm)) : 0;
  const [ca, cb] = [sa.contentNorm, sb.contentNorm];
  const differences = clashes ? findDifferences(a.features, b.features) : [];
  // One person may be named in full once and by a middle name elsewhere ("Bettie Page" / "Bettie Mae
  // Page"): the surname decides, as it does for the shared names.
  const kindClash = (na: string[], nb: string[], same: (x: string, y: string) => boolean) =>
    na.length && nb.length && !na.some((x) => nb.some((y) => x === y || same(x, y))) ? 1 : 0;
  const [da, db] = [sa.dates, sb.dates];
  const [la, lb] = [a.weights.size, b.weights.size];
  const [ta, tb] = [a.features.times, b.features.times];
  const timesShared = ta.some((x) => tb.some((y) => timesMeet(x, y)));
  return {
    cosine,
    coverage: a.mass && b.mass ? Math.min(1, (sharedA / a.mass + sharedB / b.mass) / 2) : 0,
    minCoverage: a.mass && b.mass ? Math.min(sharedA / a.mass, sharedB / b.mass, 1) : 0,
    maxCoverage: a.mass && b.mass ? Math.min(1, Math.max(sharedA / a.mass, sharedB / b.mass)) : 0,
    contentCosine: ca && cb ? Math.min(1, contentDot / (ca * cb)) : 0,
    contentCoverage: sa.contentMass && sb.contentMass ? Math.min(1, contentA / sa.contentMass, contentB / sb.contentMass) : 0,
    eventCoverage: sa.eventMass && sb.eventMass ? Math.min(1, eventA / sa.eventMass, eventB / sb.eventMass) : 0,
    namesShared: Math.min(nameMass, NAMES_SATURATE) / NAMES_SATURATE,
    namesUnshared: namesUnion ? (namesUnion - namesShared) / namesUnion : 0,
    personClash: kindClash(sa.persons, sb.persons, (x, y) => sameSpelling(lastWord(x), lastWord(y))),
    placeClash: kindClash(sa.places, sb.places, sameName),
    sideClash: clashes ? sideClash(a, b) : 0,
    numbersShared: numsShared / Math.max(numsUnion, NUMBER_FLOOR),
    numberClash: differences.some((d) => d.startsWith('number:')) ? 1 : 0,
    numbersClose: numbersClose(sa.amounts, sb.amounts, sa.clocks, sb.clocks),
    unitShared: sa.amounts.some((x) => x.units.length && sb.amounts.some((y) => y.units[0] === x.units[0])) ? 1 : 0,
    timeShared: timesShared ? 1 : 0,
    timeClash: ta.length && tb.length && !timesShared ? 1 : 0,
    dateShared: da.some((d) => db.includes(d)) ? 1 : 0,
    dateClash: differences.some((d) => d.startsWith('date:')) ? 1 : 0,
    eventShared,
    eventGap: Math.max(0, Math.min(sa.mainEvent, sb.mainEvent) - eventShared),
    polarity: a.features.negated !== b.features.negated ? 1 : 0,
    opposite: oppositePair(a, b) ? 1 : 0,
    namesOnly: dot > 0 && !sharesClaim && !amountShared(sa.amounts, sb.amounts) ? 1 : 0,
    lengthRatio: la && lb ? Math.min(la, lb) / Math.max(la, lb) : 0,
    lead: leadEvidence(a.features.leadPosition, b.features.leadPosition),
    backstory: a.features.backstory !== b.features.backstory ? 1 : 0,
  };
}

/**
 * The weight of `x`'s bracketed conversions that `y` does not state: "150 million pounds ($197
 * million)" against "£150 MILLION" restates one figure, and the other side's lacking the writer's
 * conversion says nothing against the figure they share.
 */
function unsharedConversions(x: Weighted, y: Weighted): number {
  let mass = 0;
  for (const t of summaryOf(x).conversions) if (!y.weights.has(t)) mass += x.weights.get(t) ?? 0;
  return mass;
}

/**
 * `PairEvidence.lead` for two sentences at these positions in their reports. Halved when the later
 * one is the fourth: a headline, a dateline and the lead paragraph fill the first three places.
 */
export function leadEvidence(a: number, b: number): number {
  return 1 / (1 + Math.max(a, b) / LEAD_SCALE);
}
const LEAD_SCALE = 3;

/** What the evidence needs of one sentence on its own, computed once per sentence (a sentence meets many). */
interface Summary {
  names: string[];
  persons: string[];
  places: string[];
  /** Quantities above two ("one"/"two" are as often words as counts). */
  amounts: Quantity[];
  /** Clock times, as the time tagger values them (`SentenceFeatures.times`). */
  clocks: TimeMention[];
  numberMass: number;
  contentNorm: number;
  /** IDF mass of the content words outside names, and the same weighed by `eventWeight`. */
  contentMass: number;
  eventMass: number;
  mainEvent: number;
  dates: string[];
  /** The telling numbers its conversions add (`unsharedConversions`), each once. */
  conversions: string[];
}

const summaries = new WeakMap<Weighted, Summary>();

function summaryOf(x: Weighted): Summary {
  let s = summaries.get(x);
  if (s) return s;
  const names: string[] = [];
  let numberMass = 0;
  let contentSq = 0;
  let mainEvent = 0;
  let contentMass = 0;
  let eventMass = 0;
  for (const [t, w] of x.weights) {
    if (isName(t)) names.push(t);
    else if (isTellingNumber(t)) numberMass += w;
    if (isContent(t)) {
      contentSq += w * w;
      mainEvent = Math.max(mainEvent, eventWeight(t));
      if (!x.features.nameStems.has(t)) {
        contentMass += w;
        eventMass += w * eventWeight(t);
      }
    }
  }
  const f = x.features;
  const keysOf = (kind: string) => [...f.names].filter(([, k]) => k === kind).map(([key]) => key);
  s = {
    names,
    persons: keysOf('person'),
    places: keysOf('place'),
    // A score or tally counts as its two figures, as a sentence that does not read it as one writes it ("COLTS TOP CHIEFS, 20-13").
    amounts: f.quantities
      .flatMap((q) => (q.pair ? q.pair.map((v): Quantity => ({ ...q, value: v, range: [v - 0.5, v + 0.5], units: [] })) : [q]))
      // "one" and "two" say little (often "the two leaders"), but a share, a sum or a measure is a figure
      // however small: "fell 1.8%" / "slid nearly 2 per cent" had shared none.
      .filter((q) => q.value > 2 || isMeasured(q))
      // A rank in words is a slot to dispute, not a figure two wordings share ("the fifth straight season" / "five seasons").
      .filter((q) => !(q.units[0]?.startsWith(RANK) && !/\d/.test(q.text))),
    clocks: f.times.filter((t) => isClockValue(t.value)),
    numberMass,
    contentNorm: Math.sqrt(contentSq),
    contentMass,
    eventMass,
    mainEvent,
    dates: [...f.years.map(String), ...f.days, ...f.weekdays, ...f.relativeDays, ...f.months],
    conversions: [...new Set(f.quantities.filter((q) => q.conversion).map((q) => `#${q.value}`))].filter(isTellingNumber),
  };
  summaries.set(x, s);
  return s;
}

const isMeasured = (q: Quantity) => q.units[0] === 'percent' || MONEY.has(q.units[0] ?? '') || !!q.measure || /\.\d/.test(q.text);

/** Relative difference two reported amounts may have and still be one rounded figure. */
const ROUNDING = 0.15;

/** Clock times count as figures here, each agreeing with one near it (`timesMeet`): "about 7 p.m." / "around 7 p.m. Wednesday". */
function numbersClose(qa: Quantity[], qb: Quantity[], ca: TimeMention[], cb: TimeMention[]): number {
  const fewer = Math.min(qa.length + ca.length, qb.length + cb.length);
  if (!fewer) return 0;
  const [xs, ys] = qa.length <= qb.length ? [qa, qb] : [qb, qa];
  const [cx, cy] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  const agreeing = xs.filter((x) => ys.some((y) => figuresAgree(x, y))).length + cx.filter((x) => cy.some((y) => timesMeet(x, y))).length;
  return Math.min(1, agreeing / fewer);
}

/**
 * An amount both sentences state, however converted ("6 kilometres" / "four miles"): a claim they
 * share, so they do not share only names (`namesOnly`). Not an age, which tells who someone is, not
 * what happened: "Dylan Ashworth, 47" / "Mr Ashworth, 49" share only the man.
 */
function amountShared(qa: Quantity[], qb: Quantity[]): boolean {
  return qa.some((x) => x.units[0] !== 'age' && qb.some((y) => figuresAgree(x, y)));
}

/** Two figures that may be one figure told twice (`numbersClose`). */
function figuresAgree(x: Quantity, y: Quantity): boolean {
  if ((isRank(x) !== isRank(y) && !isRankOf(x, y) && !isRankOf(y, x)) || !sameFigureKind(x, y)) return false;
  if (withinRange(x, y) || withinRange(y, x)) return true;
  if (decimals(x) && decimals(y) && x.units[0] === y.units[0]) return Math.abs(x.value - y.value) <= 0.5 * 10 ** -Math.min(decimals(x), decimals(y)) + 1e-9;
  const [bx, by] = [inCommonUnit(x, y), inCommonUnit(y, x)];
  return Math.abs(bx - by) <= ROUNDING * Math.max(bx, by);
}
/** One measure in two units ("200ft" / "60m", "25 years" / "300 months") is compared in its base unit. */
const inCommonUnit = (x: Quantity, y: Quantity) =>
  x.measure && y.measure && x.measure.dimension === y.measure.dimension
    ? inBaseUnit(x.value, x.measure)
    : hours(x) !== undefined && hours(y) !== undefined
      ? hours(x)!
      : x.value;
/** Two figures both written with decimals are precise: "14.4" / "14.37" metres agree, "12.27" / "14.37" do not. */
const decimals = (q: Quantity) => /\.(\d+)/.exec(q.text)?.[1]?.length ?? 0;
/**
 * A rank agrees only with a rank: "the 18th storm this year" is no count near "about 20 typhoons a year";
 * but a span and the rank of its unit tell one moment ("on 36 minutes" / "in the 36th minute").
 */
const isRank = (q: Quantity) => !!q.units[0]?.startsWith(RANK);
/** A figure told as a range ("several hundred metres", "hundreds of homes") agrees with one inside it. */
const withinRange = (x: Quantity, y: Quantity) =>
  !!x.range &&
  (x.units[0] === y.units[0] || x.measure?.dimension === y.measure?.dimension) &&
  x.range[0] <= inCommonUnit(y, x) &&
  inCommonUnit(y, x) <= x.range[1];
/** Two figures of two kinds never agree, however near: "at 30 kilometres" / "by 35 seconds". */
function sameFigureKind(x: Quantity, y: Quantity): boolean {
  const [kx, ky] = [figureKind(x), figureKind(y)];
  return kx === undefined || ky === undefined || kx === ky;
}

function sideClash(a: Weighted, b: Weighted): number {
  let clashes = 0;
  for (const kind of ['person', 'place', 'organisation'] as const) {
    const only = (x: Weighted, y: Weighted) =>
      [...x.features.names].some(
        ([k, kk]) =>
          kk === kind &&
          !y.features.names.has(k) &&
          !y.weights.has(nameTerm({ key: k, kind })) &&
          ![...y.features.names.keys()].some((o) => sameSpelling(lastWord(o), lastWord(k)) || sameName(o, k)),
      );
    if (only(a, b) && only(b, a)) clashes++;
  }
  return Math.min(clashes, 2) / 2;
}

/** A word of a name next to both opposites, whichever side of each: the party they are said of. */
/**
 * The words before two opposite verbs name one thing: they meet, and the word nearest each verb (the
 * head of what rose or fell) is among the other's. "Consumer price inflation fell" / "Prices rose"
 * meet on "price" but say two things (inflation can fall while prices still rise).
 */
function sameSubject(x: string[], y: string[]): boolean {
  // An adverb before the verb is no head: "Turnout sharply fell" (stems: "sharpli").
  const head = (words: string[]) => words.find((w) => !w.endsWith('li'));
  const [hx, hy] = [head(x), head(y)];
  return meet(x, y, []) && (hx === undefined || y.includes(hx)) && (hy === undefined || x.includes(hy));
}

const RANKS = ['first', 'second', 'third', 'fourth'];
function ranksApart(a: Weighted, b: Weighted): boolean {
  const only = (x: Weighted, y: Weighted) => RANKS.some((r) => x.weights.has(r) && !y.weights.has(r));
  return only(a, b) && only(b, a);
}

function sameParty(x: { before: string[]; after: string[] } | undefined, y: { before: string[]; after: string[] } | undefined, names: Set<string>): boolean {
  if (!x || !y) return false;
  const around = [...y.before, ...y.after];
  return [...x.before, ...x.after].some((w) => names.has(w) && around.includes(w));
}

/** The stems of a verdict's two directions (`oppositePair`): "acquitted", "cleared", "guilty", "convicted" and "sentenced" (read as jailed). */
const VERDICTS: ReadonlySet<string> = new Set(['acquit', 'clear', 'guilti', 'jail']);
/** Stems of a case heard again or a verdict undone: "retrial", "retried", "appeal", "overturned", "quashed", "exonerated". */
const REVERSALS: readonly string[] = ['retrial', 'retri', 'appeal', 'overturn', 'quash', 'exoner'];

/**
 * The first word of `a` whose opposite `b` uses instead, as each writes it ("fell", "rose");
 * `disagreeing`: only opposites that cannot both be true of one fact (not "won" / "lost", see `isConverse`).
 */
export function oppositePair(a: Weighted, b: Weighted, disagreeing = false): [string, string] | undefined {
  // Opposites told of two different ranks of a thing are about two things: "acquitted of first-degree
  // assault" / "guilty of second-degree assault" is a split verdict, "rose in the first quarter" / "fell
  // in the second quarter" two quarters.
  if (disagreeing && ranksApart(a, b)) return undefined;
  // A verdict and a later court's are two moments of one case: "acquitted at his retrial" / "was
  // convicted in 1986", "the Court of Appeal quashed …" / "sentenced to life in 2011".
  const reversed = disagreeing && [a, b].some((w) => REVERSALS.some((r) => w.weights.has(r)));
  for (const t of a.weights.keys()) {
    if (disagreeing && isConverse(t)) continue;
    if (reversed && VERDICTS.has(t)) continue;
    for (const o of oppositesOf(t)) {
      if (!b.weights.has(o) || b.weights.has(t) || a.weights.has(o)) continue;
      // A disagreement on direction is about one thing: "turnout rose" / "turnout fell", not "a drop of
      // five points" / "a rising star"; or about one named party on either side of it: "cleared Ashby" /
      // "found Ashby guilty" (a verdict's object comes after one word and before the other).
      const [wt, wo] = [a.features.wordContexts.get(t), b.features.wordContexts.get(o)];
      if (disagreeing && !sameSubject(wt?.before ?? [], wo?.before ?? []) && !sameParty(wt, wo, a.features.nameStems)) continue;
      return [a.features.writtenAs.get(t) ?? t, b.features.writtenAs.get(o) ?? o];
    }
  }
  return undefined;
}
