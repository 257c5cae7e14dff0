import type { DatedMention } from './dated-mentions.ts';
import { datesSaying } from './label.ts';

/**
 * A sentence's dated mentions without the day of its saying when the claim it reports has a day of
 * its own no later: "Officials said Tuesday the train derailed late Monday" tells a Monday
 * derailment, and Tuesday only when it was said. Kept, the Tuesday had made a derailment card of its
 * own, or joined another report's Tuesday event. A claim dated after its saying ("announced on
 * Monday that the plant will close in June") keeps both: the announcement is news of its own day.
 */
/**
 * A date that bounds a span or places another happening ("tightened since the September 11 attacks",
 * "reopen its embassy … after last year's election") is not when the claim happened; nor is one
 * that names a thing by its day ("last year's election").
 */
const NOT_THE_CLAIMS_BEFORE = /\b(?:since|until|till|after|before|following|ahead\s+of)\s+(?:the\s+)?$/i;
const NOT_THE_CLAIMS_AFTER = /^['’]s?\s/;

export function withoutSayingDays(text: string, mentions: DatedMention[]): DatedMention[] {
  if (mentions.length < 2) return mentions;
  const saying = mentions.map((m) => datesSaying(text, m.start, m.end));
  const claimDays = mentions.filter(
    (m, i) => !saying[i] && !NOT_THE_CLAIMS_BEFORE.test(text.slice(0, m.start)) && !NOT_THE_CLAIMS_AFTER.test(text.slice(m.end)),
  );
  if (claimDays.length === 0) return mentions;
  return mentions.filter((m, i) => !saying[i] || !claimDays.some((c) => c.span.end <= m.span.end));
}
