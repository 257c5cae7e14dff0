import { canonicalStem } from '../text/synonyms.ts';
import { stem } from '../text/tokenize.ts';

/**
 * A round of talks still to come, told without "talks" or "meet": "Negotiators will reconvene on
 * Thursday", "The two sides will sit down again on Thursday", "would return to the table on Thursday",
 * "will resume bargaining on Thursday". "Union and management will meet again" and
 * "Talks are set to resume" already share the meeting group of text/synonyms.ts; these wordings share
 * no word with them, so one round of talks made two cards. Such a claim counts as saying "meet".
 *
 * Only in a claim that looks ahead: told of the past, "sat down" and "the table" are as often
 * literal, and "bargaining" a stance. Not "session", "round" or "discuss": a parliament's session,
 * a round of voting and a cabinet that discusses a plan are other happenings of the same day.
 * Rejected: adding these words to the synonym group, which the alignment of every sentence uses.
 */
const MEETING_WORDING =
  /\b(?:reconven(?:e|es|ed|ing)|sit(?:s|ting)?\s+down\s+(?:again|together|with)|(?:back|return(?:s|ed|ing)?)\s+(?:at|to)\s+the\s+(?:negotiating\s+|bargaining\s+)?table|bargaining)\b/i;

/** The term a meeting is told by ("meet", "talks", "negotiations"). */
export const MEETING_TERM = canonicalStem(stem('meet'));

/** Whether the parts `claim` of `sentence`, told ahead of their date, tell a meeting in other words. */
export function tellsFutureMeeting(sentence: string, claim: readonly { start: number; end: number }[], ahead: boolean): boolean {
  return ahead && claim.some((c) => MEETING_WORDING.test(sentence.slice(c.start, c.end)));
}
