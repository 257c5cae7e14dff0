import { TIME_WORDS as TIME_WORD_LIST } from '../text/time-words.ts';
import { stripAttribution, wireDatelineLength } from '../text/attribution.ts';
import { splitClaims } from '../text/claims.ts';
import type { NameMention } from '../text/names.ts';
import { isCommonWord, VERY_COMMON_WORDS } from '../text/common-words.ts';
import { canonicalStem, canonicalWord, phrasalAt } from '../text/synonyms.ts';
import { stem, tokenize } from '../text/tokenize.ts';

/**
 * What a dated mention says, as terms to compare with another mention of a compatible date: the
 * words of the claim around the time expression (the clause of a compound sentence that holds it,
 * without attribution or dateline), as canonical stems so "killed" and "died" meet, names as
 * `@key` (people by surname, so "Cameron" meets "David Cameron"), numbers as `#value`. The date
 * itself is not a term: the two mentions already share it.
 */

interface Range {
  start: number;
  end: number;
}

/** The generic last word of a place or organisation name: "Hampden Park" is "Hampden" too. */
const GENERIC_TAIL =
  / (?:park|city|town|street|road|square|stadium|arena|station|airport|bridge|river|county|district|region|province|island|valley|bay|harbour|port|group|foods|company|corp|corporation|inc|ltd|plc|club|fc|council|hospital|university|college|centre|center)$/;

/**
 * Words that only say when: they would make every pair of same-day mentions look alike.
 * Weekday and month names are usually inside the time expression already; these are the ones around it.
 */
const TIME_WORDS = new Set(TIME_WORD_LIST.map((w) => canonicalStem(stem(w))));

/**
 * The part of `sentence` that speaks about `mention`: the whole sentence less the claims of a
 * compound sentence that hold another of its dates and not this one ("Hartwell returned with an
 * offer last week, and the two sides agreed terms over the weekend"). A claim without a date of its
 * own stays: "That independence ended yesterday, when Northgate agreed to be bought" is about one day.
 */
export function ownClaim(sentence: string, mention: Range, all: readonly Range[], claims: readonly Range[] = splitClaims(sentence)): Range[] {
  if (claims.length === 0) return [{ start: 0, end: sentence.length }];
  const holds = (c: Range, m: Range) => c.start <= m.start && m.start < c.end;
  return claims.filter((c) => holds(c, mention) || !all.some((m) => m !== mention && holds(c, m)));
}

/** The term a name contributes: people by surname, so "Cameron" meets "David Cameron" across reports. */
function nameTerm(n: Pick<NameMention, 'key' | 'kind'>): string {
  return '@' + (n.kind === 'person' ? n.key.split(' ').pop()! : n.key.replace(/ /g, '_'));
}

/** A term and where in the sentence it was read. */
export interface PlacedTerm {
  start: number;
  end: number;
  term: string;
}

/**
 * The terms of `sentence` with their offsets, leaving out its time expressions `dates` and its
 * attribution (`text`: the sentence with its frames blanked, when the caller has it already). `names`
 * are the sentence's names with offsets into it. Read once per sentence;
 * `termsWithin` then picks those of one mention's claim.
 */
export function sentenceTerms(sentence: string, dates: readonly Range[], names: readonly NameMention[], text = stripAttribution(sentence)): PlacedTerm[] {
  const placed: PlacedTerm[] = [];
  const inside = (start: number, end: number, ranges: readonly Range[]) => ranges.some((r) => start < r.end && r.start < end);
  const named: Range[] = [];
  for (const n of names) {
    // Only people, organisations and places: "other" names are mostly capitalised openers ("Parade details").
    if (!n?.key || n.kind === 'other' || !text.slice(n.start, n.end).trim()) continue;
    named.push(n);
    placed.push({ start: n.start, end: n.end, term: nameTerm(n) });
    // "Hampden" meets "Hampden Park", "Aberdour" meets "Aberdour City": a place or body also without its generic last word.
    const bare = n.kind === 'person' ? '' : n.key.replace(GENERIC_TAIL, '');
    if (bare && bare !== n.key && !isCommonWord(bare)) placed.push({ start: n.start, end: n.end, term: nameTerm({ key: bare, kind: n.kind }) });
  }
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.stop || inside(t.start, t.end, dates) || inside(t.start, t.end, named)) continue;
    if (t.value !== undefined) {
      placed.push({ start: t.start, end: t.end, term: t.stem });
      continue;
    }
    const phrase = phrasalAt(tokens, i);
    if (phrase) {
      placed.push({ start: t.start, end: tokens[phrase.last]!.end, term: phrase.term });
      i = phrase.last;
      continue;
    }
    const s = canonicalWord(t);
    if (s.length > 1 && !TIME_WORDS.has(s) && !VERY_COMMON_WORDS.has(t.norm)) placed.push({ start: t.start, end: t.end, term: s });
  }
  return placed;
}

/** "the big fire of 2018": a definite noun phrase whose last word, before "of", is the happening. */
const NAMED_BY_OF = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?<head>\p{Ll}[\p{Ll}-]*)\s+of\s+$/du;
/** "the 2005 film": "the" before the date, a lower-case noun after it. */
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+(?<head>\p{Ll}[\p{Ll}-]*)/du;

/**
 * The term of the noun a date names a happening by: "since the big fire of 2018" → the term of
 * "fire", "the 2005 film" → "film"; undefined when the date only locates a clause ("in 2018").
 * The noun must be a term of the sentence (not a stopword or a time word: "the end of 2018").
 */
export function referenceHead(sentence: string, mention: Range, placed: readonly PlacedTerm[]): string | undefined {
  const from = Math.max(0, mention.start - 60);
  const before = sentence.slice(from, mention.start);
  let at: [number, number] | undefined;
  const of = NAMED_BY_OF.exec(before);
  if (of) at = of.indices!.groups!.head!.map((i) => i + from) as [number, number];
  else if (THE_BEFORE.test(before)) {
    const after = NOUN_AFTER.exec(sentence.slice(mention.end));
    if (after) at = after.indices!.groups!.head!.map((i) => i + mention.end) as [number, number];
  }
  if (!at) return undefined;
  return placed.find((p) => p.start <= at[0] && at[1] <= p.end)?.term;
}

/** The terms read inside the parts `claim` of the sentence. */
export function termsWithin(placed: readonly PlacedTerm[], claim: readonly Range[]): Set<string> {
  const terms = new Set<string>();
  for (const p of placed) if (claim.some((c) => p.start >= c.start && p.end <= c.end)) terms.add(p.term);
  return terms;
}

/**
 * The people named inside the parts `claim` of `sentence`, as name terms: who acted, for telling two
 * happenings apart. A wire dateline is left out: the name finder reads "(Iberia Press)" or a city in
 * capitals as a person, and that "person" then vetoed every other report's telling of the same day.
 * A speaker ("Obama said on Wednesday he …") stays: a frame's speaker is often the one who acted.
 */
export function peopleWithin(sentence: string, names: readonly NameMention[], claim: readonly Range[]): Set<string> {
  const people = new Set<string>();
  const from = wireDatelineLength(sentence);
  for (const n of names)
    if (n?.kind === 'person' && n.key && n.start >= from && claim.some((c) => n.start >= c.start && n.end <= c.end)) people.add(nameTerm(n));
  return people;
}

/**
 * The ages a sentence states ("a 36-year-old Australian climber", "Robert Buckley, 32,"): two
 * tellings of one day that give their person different ages tell of two people, as two climbers'
 * falls on one weekend do, even when one names no one. The whole sentence, not the claim: "accused
 * of killing Zurana Horton, 34, in 2011 and wounding an 11-year-old girl" dates a claim that holds
 * only the girl's age, yet tells of Horton too.
 */
export function agesIn(sentence: string): Set<number> {
  return new Set([...sentence.matchAll(AGE)].map((m) => Number(m[1] ?? m[2])));
}
const AGE = /\b(\d{1,3})-year-old\b|(?<=\p{Lu}[\p{L}'’-]*),\s(\d{1,3}),\s/gu;

/** Whether the claim (`claim`: ranges of `sentence`) has "he" or "she", who may be a person another claim names. */
export function hasPersonPronoun(sentence: string, claim: readonly Range[]): boolean {
  return claim.some((c) => /\b(?:he|she)\b/i.test(sentence.slice(c.start, c.end)));
}

/** Document frequencies of terms over the dated claims of one comparison, for IDF weights. */
export class TermStats {
  private readonly df = new Map<string, number>();
  private docs = 0;

  add(terms: Iterable<string>): void {
    this.docs++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Smoothed IDF: a term every claim has weighs little, one two claims share weighs much. */
  idf(term: string): number {
    return Math.log(1 + this.docs / (this.df.get(term) ?? 1));
  }

  /** `idf(term) / maxIdf()` for every term seen, computed once: the weights `sharedMass` adds. */
  relativeIdf(): Map<string, number> {
    const unit = this.maxIdf();
    return new Map([...this.df.keys()].map((t) => [t, this.idf(t) / unit]));
  }

  /** The IDF of a term only one claim has: the unit of `sharedMass`. */
  maxIdf(): number {
    return Math.log(1 + Math.max(1, this.docs));
  }
}

/**
 * What two mentions share, in units of the rarest possible term: the IDF of each shared term over
 * the IDF of a term only one mention has (`weight`, from `TermStats.relativeIdf`). One shared word the story rarely uses ("doctor",
 * "recall") is about 0.4–0.7; a shared surname and a shared figure together pass 1.
 */
export function sharedMass(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let mass = 0;
  for (const t of small) if (large.has(t)) mass += weight.get(t) ?? 1;
  return mass;
}
