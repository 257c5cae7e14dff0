import { splitClaims } from '../text/claims.ts';
import type { UnplacedMention } from './types.ts';

/**
 * What a reader counts as one event that cannot be placed: a claim of a sentence, with every time
 * expression that dates it ("broke out at 8.49pm on Friday night" is one, not "8.49pm" and "Friday
 * night" apart).
 */
export interface UndatedClaim {
  report: string;
  sentence: string;
  /** Its expressions in sentence order; opening the claim marks the first. */
  mentions: UnplacedMention[];
  /** What happened, as an event's title reads: its first expression's, or the sentence when none has one. */
  label: string;
}

/**
 * The undated lane's entries: `unplaced` (in report, then sentence order) grouped by the claim of
 * its sentence each expression dates, the rule build-timeline.ts tells a sentence's dated mentions
 * together by (`splitClaims`): a compound sentence that dates two claims ("…began on Monday, and
 * talks resume on Friday") stays two entries.
 */
export function undatedClaims(unplaced: readonly UnplacedMention[]): UndatedClaim[] {
  const claims = new Map<string, UndatedClaim>();
  const splits = new Map<string, ReturnType<typeof splitClaims>>();
  for (const mention of unplaced) {
    const sentenceKey = `${mention.report}\u0000${mention.sentence}`;
    let parts = splits.get(sentenceKey);
    if (!parts) splits.set(sentenceKey, (parts = splitClaims(mention.sentenceText)));
    const key = `${sentenceKey}\u0000${parts.findIndex((c) => c.start <= mention.start && mention.start < c.end)}`;
    const claim = claims.get(key);
    if (claim) claim.mentions.push(mention);
    else claims.set(key, { report: mention.report, sentence: mention.sentence, mentions: [mention], label: '' });
  }
  return [...claims.values()].map((claim) => {
    const mentions = claim.mentions.sort((a, b) => a.start - b.start);
    return { ...claim, mentions, label: mentions.find((m) => m.label)?.label ?? mentions[0]!.sentenceText };
  });
}
