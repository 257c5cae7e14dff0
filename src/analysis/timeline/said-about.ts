import type { PlacedTerm } from './similarity.ts';

/**
 * What a saying's claim names only as a thing already known: "Officials said on Monday that a faulty
 * valve caused the leak" and "The leak was caused by a faulty valve, officials said Monday" speak of
 * "the leak"; what they tell is its cause. Their day is the saying's, so sharing "leak" with "A gas
 * leak forced the evacuation of the plant on Monday" had made the finding and the leak one card. A
 * definite noun (after "the", a demonstrative, a possessive or "Monday's") refers to a happening told
 * elsewhere; a verb or an indefinite noun tells one: "Police said on Monday a man was arrested" is the
 * arrest. Rejected: a list of causal verbs ("caused", "blamed", "due to"), since a saying's claim
 * about a known happening may as well give its toll or its end ("the leak had been stopped").
 */

/**
 * A determiner and at most two modifiers before the word: "the leak", "the Dunmore chemical plant",
 * "Monday's leak". Not "that", which after a verb of saying opens the claim ("said that gas leaked").
 */
const DEFINITE_BEFORE = /(?:\b(?:the|this|these|those|its|their|his|her)|['’]s)\s+(?<between>(?:(?!an?\s)[\p{L}-]+\s+){0,2})$/iu;
/**
 * A participle right after the determiner is a noun ("the stabbing", "the injured"); after another
 * word it is as often the verb of that word ("the valve failed", "the tank leaking").
 */
const VERB_FORM = /(?:ed|ing)$/i;

/**
 * The terms of the claim (`claim`: ranges of `sentence`) read only in definite noun phrases: never
 * as a verb or after "a". Names and figures are left out; they tell no happening by themselves.
 */
export function referredTerms(sentence: string, placed: readonly PlacedTerm[], claim: readonly { start: number; end: number }[]): Set<string> {
  const referred = new Set<string>();
  const told = new Set<string>();
  for (const p of placed) {
    if (p.term.startsWith('@') || p.term.startsWith('#') || !claim.some((c) => p.start >= c.start && p.end <= c.end)) continue;
    const word = sentence.slice(p.start, p.end);
    const between = DEFINITE_BEFORE.exec(sentence.slice(Math.max(0, p.start - 40), p.start))?.groups?.between;
    const definite = between !== undefined && !(between && VERB_FORM.test(word));
    (definite ? referred : told).add(p.term);
  }
  for (const t of told) referred.delete(t);
  return referred;
}
