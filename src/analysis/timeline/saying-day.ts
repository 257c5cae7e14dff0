import type { DatedMention } from './dated-mentions.ts';
import { datesSaying } from './label.ts';

/**
 * A sentence's dated mentions without the day of its saying when the claim it reports has a day of
 * its own no later: "Officials said Tuesday the train derailed late Monday" tells a Monday
 * derailment, and Tuesday only when it was said. Kept, the Tuesday had made a derailment card of its
 * own, or joined another report's Tuesday event. A claim dated after its saying ("announced on
 * Monday that the plant will close in June") keeps both: the announcement is news of its own day.
 */
/** A date that bounds a span ("tightened since the September 11 attacks") is not when the claim happened. */
const SPAN_EDGE_BEFORE = /\b(?:since|until|till)\s+(?:the\s+)?$/i;

export function withoutSayingDays(text: string, mentions: DatedMention[]): DatedMention[] {
  if (mentions.length < 2) return mentions;
  const saying = mentions.map((m) => datesSaying(text, m.start, m.end));
  const claimDays = mentions.filter((m, i) => !saying[i] && !SPAN_EDGE_BEFORE.test(text.slice(0, m.start)));
  if (claimDays.length === 0) return mentions;
  return mentions.filter((m, i) => !saying[i] || !claimDays.some((c) => c.span.end <= m.span.end));
}
