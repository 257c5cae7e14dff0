import MODEL from './pair-model.json' with { type: 'json' };
import type { EvidenceName, PairEvidence } from './evidence.ts';

/**
 * A logistic decision over `PairEvidence`, fitted on ECB+ train by `scripts/train-pairs.ts` (which
 * also prints each feature's contribution on dev). Features the selection dropped are absent.
 */
export interface PairModel {
  bias: number;
  weights: Partial<Record<EvidenceName, number>>;
  /** `score >= threshold` links two sentences with nothing else known (the `pairs` context). */
  threshold: number;
}

/**
 * Two fits of one evidence list, one per context (see `PairContext`):
 * - `pair` on ECB+ train alone, features chosen by cross-validation there, its threshold keeping
 *   ECB+'s look-alike events apart;
 * - `story` on ECB+ train plus the fitting half of the multi-outlet stories
 *   (`__fixtures__/stories`, odd-numbered files), whose labels are "same fact" rather than ECB+'s
 *   looser "same event"; its threshold is the app's (`DEFAULT_ALIGN_OPTIONS.threshold`).
 */
export const PAIR_MODELS = MODEL as { pair: PairModel; story: PairModel };
export const PAIR_MODEL: PairModel = PAIR_MODELS.pair;

/**
 * What is known about where two sentences come from.
 * - `pair`: nothing (`pairs --jsonl`). They may report two different events of one kind, as ECB+'s
 *   hardest negatives do (two earthquakes), and the model was fitted to tell those apart.
 * - `story`: reports a reader put side by side as one story (the app, `compare`, `pairs --story`).
 *   Evidence that only separates one event from another of its kind then says something else: a
 *   different count, date or participant in two wordings of one story is a disagreement to show (a
 *   conflict), not a sign of another event. So that evidence is left out of the score, and
 *   `findDifferences` reports it instead. On the multi-outlet stories this found more of the gold
 *   conflicts and links at the same precision (bench:stories).
 */
export type PairContext = 'pair' | 'story';

export const EVENT_SEPARATING: readonly EvidenceName[] = ['numberClash', 'dateClash', 'sideClash'];

/** Evidence only a story knows: where the sentences stand in their reports. Two sentences alone have no place. */
export const STORY_ONLY: readonly EvidenceName[] = ['lead'];

/** The model's probability that two sentences state the same fact, rounded to three places. */
export function scoreEvidence(e: PairEvidence, model: PairModel, context: PairContext): number {
  let z = model.bias;
  for (const [name, w] of termsOf(model, context)) z += w * e[name];
  // In a story, names are its cast: two sentences that share nothing but names state different facts.
  const s = (1 / (1 + Math.exp(-z))) * (context === 'story' && e.namesOnly ? NAMES_ONLY_FACTOR : 1);
  return Number.isFinite(s) ? Math.round(s * 1000) / 1000 : 0;
}

/** Scales a story pair that shares only names well below any threshold ("Cameron is head of the British government" / "Cameron will meet Rouhani"). */
const NAMES_ONLY_FACTOR = 0.5;

const terms = new WeakMap<PairModel, Record<PairContext, [EvidenceName, number][]>>();
/** The model's weights a context weighs, as a list built once: scoring runs for every candidate pair. */
function termsOf(model: PairModel, context: PairContext): [EvidenceName, number][] {
  let lists = terms.get(model);
  if (!lists) {
    const all = Object.entries(model.weights) as [EvidenceName, number][];
    terms.set(model, (lists = { pair: all, story: all.filter(([name]) => !EVENT_SEPARATING.includes(name)) }));
  }
  return lists[context];
}
