import EVENT_WORDS from './event-words.json' with { type: 'json' };

/**
 * How often a word is the event of its sentence: for each canonical stem, the share of ECB+ train
 * sentences containing it where annotators marked it as the event mention ("killed" 0.8, "said"
 * 0.1). Fitted by `scripts/train-pairs.ts`; words it never saw get `UNSEEN`, the share over all
 * content words, so an unknown verb neither helps nor hurts much.
 */
// A Map, not the JSON's object: a stem of the text is the key, and "constructor" must not find Object's.
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(EVENT_WORDS.weights as Record<string, number>));
const UNSEEN: number = EVENT_WORDS.unseen;

export function eventWeight(stem: string): number {
  return WEIGHTS.get(stem) ?? UNSEEN;
}
