/**
 * A date in a relative clause of saying: "Talks were held with the club's owner, who said on Monday
 * that the stadium would be sold". The date is when the owner spoke, so the card is what was said,
 * as for "The owner said on Monday that …"; titled by the sentence's main clause instead, the card
 * read "Talks were held with the club's owner", and "Hollis Chemicals, which said on Monday that it
 * would appeal," read "Hollis Chemicals which would appeal".
 */
const RELATIVE_SAYING =
  /,\s+(?:who|which|whose\s+([\p{L}'’-]+))\s+(?:said|says|told\s+[\p{L}'’-]+|announced|confirmed|insisted|warned|stated|added|claimed)\s+(?:(?:on|late|early)\s+)*$/iu;
/** What follows the date: "that" and the claim, up to the clause's end. */
const THAT_CLAIM = /^\s+(?:(?:morning|afternoon|evening|night)\s+)?that\s+([^,;:]+?)\s*(?=[,;:]|[.!?]?\s*$)/iu;
/** The noun phrase a clause ends on: from its last determiner or possessive, or a run of capitalised words. */
const ANTECEDENT =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+[^,;:]*|(?:\p{Lu}[\p{L}'’.&-]*\s+)*\p{Lu}[\p{L}'’.&-]*(?:['’]s\s+[\p{Ll}-]+)?)$/u;
/** Words a noun phrase does not hold: a verb or a preposition that starts a clause or a place. */
const NOT_IN_PHRASE = /\b(?:is|are|was|were|has|have|had|will|would|held|said|with|by|to|from|according)\b/i;

export interface ReportedClaim {
  /** "<who> said <date> that <claim>.", the sentence the title is taken from. */
  text: string;
  /** Where the date stands in `text`. */
  start: number;
  end: number;
  /** Where the claim starts in `text`, and how far it moved from the raw sentence. */
  claimStart: number;
  shift: number;
}

/** The relative clause of saying holding the date at `start`–`end`, told as a sentence of its own; null when there is none. */
export function relativeSaying(raw: string, start: number, end: number): ReportedClaim | null {
  const before = raw.slice(0, start);
  const frame = RELATIVE_SAYING.exec(before);
  const claim = frame && THAT_CLAIM.exec(raw.slice(end));
  if (!frame || !claim) return null;
  const head = before.slice(0, frame.index);
  const phrase = ANTECEDENT.exec(head)?.[0] ?? '';
  let who = phrase && !NOT_IN_PHRASE.test(phrase) ? phrase : 'They';
  if (frame[1]) who = `${who.replace(/^(?:the|a|an)\s+/i, '')}'s ${frame[1]}`;
  who = who[0]!.toUpperCase() + who.slice(1);
  const date = raw.slice(start, end);
  const claimAt = end + claim[0].length - claim[1]!.length;
  const text = `${who} said ${date} that ${claim[1]}.`;
  const claimStart = who.length + ' said '.length + date.length + ' that '.length;
  return { text, start: who.length + ' said '.length, end: who.length + ' said '.length + date.length, claimStart, shift: claimStart - claimAt };
}
