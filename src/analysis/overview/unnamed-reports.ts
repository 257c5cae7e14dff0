import { isCountry } from '../text/aliases.ts';
import { findNames } from '../text/names.ts';
import type { Sentence } from '../text/types.ts';

/** A report is judged by the names it uses if it uses at least this many people, places and organisations… */
export const MIN_NAMED = 3;
/** …read from this many sentences at most: a story names its people and places early, and a report of megabytes is not read twice. */
export const NAMED_SENTENCES = 100;
/** Names shown for a report that names none of the others'. */
const NAMES_SHOWN = 3;

/**
 * Reports that name at least `MIN_NAMED` people, places (countries aside) and organisations, and no
 * name at all that another report names, with the first few they name. Two outlets' accounts of one event link
 * sentences of another event of its kind ("A woman died after being hit by a car that fled the scene
 * in Queens" / "A woman died … outside a store in Bloomington"), but they name its people and places.
 * Name kinds are guessed and spellings vary, so a name counts as named by another report when its last
 * word is any word of that report's names ("Mt Cook" / "Mount Cook", "Gulf of Aden" read as a place in
 * one report and as a name of no kind in another), and names of no known kind count as shared ("off
 * Kärrö" / "to Kärrö"). On ECB+ train, a report beside two others of its story was never singled out
 * (0 of 96), and a report of the other event of its topic 17 times in 96; on dev 0 of 32 and 7 of 32.
 * Counting only people, places and organisations as shared singled out 26 of 96 other-event reports,
 * and 1 same-story one in 96 (a cable repair beside two reports of the cut); matching them kind for
 * kind, 42 of 96 but 2 same-story ones in 96, and 2 in 32 on dev. A wrong warning costs more than a
 * missed one: the reader still has the facts to judge by.
 */
export function unnamedReports(reports: readonly NamedReport[], casts: readonly Named[] = namedCasts(reports)): Map<string, string[]> {
  if (reports.length < 2) return new Map();
  const out = new Map<string, string[]>();
  casts.forEach((cast, i) => {
    if (cast.named.size < MIN_NAMED) return;
    const known = (key: string) => casts.some((other, k) => k !== i && other.words.has(key.slice(key.lastIndexOf(' ') + 1)));
    if (![...cast.keys].some(known)) out.set(reports[i]!.id, [...cast.named.values()].slice(0, NAMES_SHOWN));
  });
  return out;
}

/** A report that links almost nothing is judged by its people if it names at least this many. */
export const MIN_PEOPLE = 2;

/**
 * Reports naming at least `MIN_PEOPLE` people none of whose surnames another report's names hold. For
 * reports that link almost nothing, beside the share of their capitalised words another report uses:
 * an actress's obituary beside two of another actress's shares "Hollywood" and "California", not her.
 */
export function peopleApart(reports: readonly NamedReport[], casts: readonly Named[] = namedCasts(reports)): Set<string> {
  if (reports.length < 2) return new Set();
  return new Set(
    reports
      .filter((_, i) => casts[i]!.surnames.size >= MIN_PEOPLE && ![...casts[i]!.surnames].some((n) => casts.some((other, k) => k !== i && other.words.has(n))))
      .map((r) => r.id),
  );
}

type NamedReport = { id: string; sentences: readonly Sentence[]; title?: string };
type Named = ReturnType<typeof namedIn>;

/** What each report names, read once for both checks above (the name finder is the costly part). */
export function namedCasts(reports: readonly NamedReport[]): Named[] {
  return reports.map((r) => {
    const cast = namedIn(r.sentences.slice(0, NAMED_SENTENCES).map((s) => s.text));
    // The headline's words too: a live page may name its event there alone ("Live: Boracay Open Water
    // Classic"), in capitals the name finder cannot tell from a headline's.
    for (const word of r.title?.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) cast.words.add(word);
    return cast;
  });
}

/**
 * A report's people, places and organisations by key (countries aside) with the first wording of
 * each; the keys of all its names, those of no known kind too; every word of them; and its people's surnames.
 */
function namedIn(texts: readonly string[]): { named: Map<string, string>; keys: Set<string>; words: Set<string>; surnames: Set<string> } {
  const named = new Map<string, string>();
  const keys = new Set<string>();
  const words = new Set<string>();
  const surnames = new Set<string>();
  for (const text of texts) {
    for (const name of findNames(text)) {
      if (isCountry(name.key)) continue;
      keys.add(name.key);
      for (const word of name.key.split(' ')) words.add(word);
      if (name.kind === 'person') surnames.add(name.key.slice(name.key.lastIndexOf(' ') + 1));
      if (name.kind !== 'other' && !named.has(name.key)) named.set(name.key, name.text);
    }
  }
  return { named, keys, words, surnames };
}
