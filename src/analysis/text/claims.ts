import { normalizeChars } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import type { NameMention } from './names.ts';

/** A part of a sentence that states one claim: UTF-16 offsets into the sentence. */
export interface ClaimSpan {
  start: number;
  end: number;
}

/**
 * Words ending in -ing that open no clause of their own after a comma: prepositions ("including",
 * "according"), nouns ("meeting", "morning", "funding") and the gerunds of attribution ("saying",
 * "citing"). "Killing" and "ending" are nouns only before "of" ("the killing of…"). Measured on ECB+
 * train articles (`bench:links --train`): 610 → 618 links, precision 79.3 → 79.4 %, recall 55.5 →
 * 56.3 %; ECB+ dev in threes (`bench:news`) recall 52.0 → 52.4 % at precision 95.4 %.
 */
const NOT_PARTICIPLES = String.raw`(?:(?:including|during|following|according|regarding|concerning|citing|excluding|involving|notwithstanding|pending|being|having|saying|using|nothing|something|anything|everything|morning|evening|building|ceiling|king|thing|spring|string|wedding|meeting|hearing|briefing|ruling|funding|training|spending|housing|shooting|bombing)\b|(?:killing|ending)\s+of\b)`;

/**
 * Where a compound news sentence joins two claims: a semicolon or dash, a sentence end inside a
 * quotation of several sentences, or a comma before a coordinating or relative word ("…, and it took them nine hours", "…, which had swollen the river"),
 * an appositive ("…held talks at the UN, the first meeting since 1979") or a participle clause
 * ("…, killing at least 12 people", "…, officials said Saturday, offering a $35,000 reward"; not
 * `NOT_PARTICIPLES`, which mostly head a phrase: "…, including 39 burns", "…, according to").
 * Bare "and" is a boundary only before a verb ("…since 1979 and took place in New York"): "Mr Smith
 * and Ms Jones met" is one claim.
 */
const BOUNDARY = new RegExp(
  String.raw`\s*;\s+|\s+-\s+|,\s+(?=(?:and|but|while|whereas|although|though|after|before|as|when|which|who|where|with|the|a|an)\b|(?!${NOT_PARTICIPLES})\p{Ll}{2,}ing\b)|\s+(?=and\s+(?:\p{Ll}+ed|took|was|were|is|are|has|had|will|would|said|made|gave|went|left|came|won|lost|hit|began|fell|rose)\b)`,
  'giu',
);

/** A claim needs this many words of its own; shorter pieces ("police said", "on Monday") are not claims. */
export const MIN_CLAIM_WORDS = 5;

/**
 * The claims of a sentence, when it has more than one; otherwise an empty list (the whole sentence
 * is the claim). Pieces shorter than `minWords` (`MIN_CLAIM_WORDS` for claims) join their neighbour, so a fragment never
 * stands alone: the earlier finding was that names-only or dateline fragments link falsely.
 */
export function splitClaims(sentence: string, minWords = MIN_CLAIM_WORDS): ClaimSpan[] {
  const text = normalizeChars(sentence);
  const cuts: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) cuts.push(m.index, m.index + m[0].length);
  // A sentence end inside a quotation kept whole ("“We lost everything. The water came so fast,” she
  // said.") parts two claims as surely as a semicolon does.
  const quoted = splitSentences(text, { quotes: 'split' });
  for (let k = 1; k < quoted.length; k++) cuts.push(quoted[k - 1]!.end, quoted[k]!.start);
  if (!cuts.length) return [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) pairs.push([cuts[i]!, cuts[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const pieces: ClaimSpan[] = [];
  let start = 0;
  for (const [end, next] of pairs) {
    if (end < start) continue; // a semicolon's cut inside a sentence end's, or the other way round
    pieces.push({ start, end });
    start = next;
  }
  pieces.push({ start, end: text.length });
  const words = (p: ClaimSpan) => (text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const merged: ClaimSpan[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && (words(last) < minWords || words(p) < minWords)) last.end = p.end;
    else merged.push({ ...p });
  }
  // Trailing punctuation belongs to no claim.
  for (const p of merged) while (p.end > p.start && /[\s.,;:!?"')\]]/.test(text[p.end - 1]!)) p.end--;
  return merged.length > 1 ? merged : [];
}

/**
 * An aside between commas that says who or what the subject is, before the subject's verb: "The
 * first case, a teenager who had returned from a trip to Southeast Asia, was confirmed Feb. 17".
 * An obituary's aside runs long ("…, the 1950s pin-up whose poses won a cult following four decades
 * after she turned her back on modelling, has died."): up to 400 characters without a comma. At 120,
 * ECB+ train (`bench:ecbplus train`) lost 51 true pairs and no false one; dev and the app's benches
 * are the same either way.
 */
const ASIDE =
  /,\s+(?:a|an|the|who|which|whose|where)\s[^,;]{3,400},\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does|do|said|says|\p{Ll}+ed)\b)/gu;

/**
 * The sentence with its asides blanked (`ASIDE`), offsets kept; the sentence itself when it has none.
 * Its main clause states a fact as a shorter report does ("The first case was confirmed on February
 * 10"), which the aside's words dilute.
 */
export function withoutAsides(sentence: string): string {
  return sentence.replace(ASIDE, (m) => ' '.repeat(m.length));
}

/** The names of a sentence that `withoutAsides` left in `bare`, at their offsets. */
export function namesOutsideAsides(bare: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((m) => bare[m.start] !== ' ');
}
