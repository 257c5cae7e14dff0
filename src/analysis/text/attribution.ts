import { normalizeChars } from './normalize.ts';
import { STAMP_CLOCK, STAMP_ZONE } from './stamp-clock.ts';

/**
 * Who said it and where it was filed are not part of the claim: "Police said 12 people died" and
 * "Twelve people were killed, according to officials" state one fact, and "LYON (Reuters) -" in
 * front of one of them says nothing about it. Measured on ECB+ and the multi-outlet stories,
 * removing these frames before scoring was the one plain step that helped lexical similarity.
 */

/** Speech and report verbs that close an attribution frame. */
const SAY = String.raw`(?:said|says|say|told|tells|announced|confirmed|confirms|reported|reports|added|stated|explained|noted|insisted|warned|claimed|claims|wrote|writes|tweeted|posted|declared|estimated)`;
/**
 * Before "that", an official notice's verbs frame a claim too, and may take a modal: "The fire
 * service advises that a bushfire was reported …", "The council can confirm that a wall collapsed …".
 */
const NOTICE = String.raw`(?:${SAY}|advises|advised|confirm|report)`;
/** Verbs of saying whose clause may follow without "that". */
const BARE_CLAUSE_SAY = String.raw`(?:said|says|say|added|insisted|stated|wrote|writes)`;
/** A speaker: up to seven words that are not a clause boundary ("a spokesman for the local fire service"). */
const SPEAKER = String.raw`(?:[\p{L}\p{N}.'’&-]+\s+){0,6}?[\p{L}\p{N}.'’&-]+`;

/** Whom it was said to: "reporters", "Reuters", "People magazine", "the magazine", "the Associated Press". */
const AUDIENCE = String.raw`(?:reporters|journalists|(?:the\s+)?(?:\p{Lu}[\p{L}.]+\s+){0,2}(?:\p{Lu}[\p{L}.]+|magazine|newspaper|paper|website|network|station|agency|broadcaster))`;

/**
 * A speaker named after the verb ("…, said police spokesman Jean Martin."): as `SPEAKER`, but no word
 * of it a finite verb, which makes it a clause: "The mayor, speaking on Monday, said the bridge would
 * reopen." has no speaker after "said".
 */
const FINITE = String.raw`(?:would|will|was|were|is|are|had|has|have|could|should|can|may|might|must|did|does|do)\b`;
const NAMED_AFTER = String.raw`(?:(?!${FINITE})[\p{L}\p{N}.'’&-]+\s+){0,6}?(?!${FINITE})[\p{L}\p{N}.'’&-]+`;

const LONG_SPEAKER = String.raw`(?:[\p{L}\p{N}.'’&-]+\s+){0,9}?[\p{L}\p{N}.'’&-]+`;

/** A connective before a leading frame: "However, the ministry said on Monday it would…". */
const LEAD = String.raw`(?:(?:However|But|Meanwhile|Separately|Earlier|Later|Still|And|Also)\s*,?\s+)?`;
/** A weekday, "yesterday" or "today": the day something was said. */
const DAY = String.raw`(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un|[Yy]ester|[Tt]o)day`;
/** When it was said, between the verb and the clause: "said on Monday", "said late Tuesday", "said Friday". */
const WHEN = String.raw`(?:\s+(?:(?:on|late|early)\s+\p{L}+|${DAY}))?`;

/** When it was said, bare, at the end of a trailing frame: "…, Tony Reagins said Friday night." */
const BARE_WHEN = String.raw`\s+(?:${DAY}|[Tt]onight|last\s+(?:night|week|month|year))(?:\s+(?:night|morning|afternoon|evening))?`;

/**
 * Leading wire dateline: "LYON, France (Reuters) -", "PORT LOUIS, Mauritius, March 3, 2019 (AFP) —",
 * "LONDON, July 5 (Reuters) -" (Reuters gives no year), "WASHINGTON —": a city in capitals, or any place followed by an agency in brackets, then a dash.
 */
const WIRE_DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*[\p{L} .'-]{2,30}){0,2}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?\s*(?:\([^)]{2,25}\))?|\p{Lu}[\p{L} .'-]{1,30}(?:,\s*[\p{L} .'-]{2,30}){0,2}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?\s*\([^)]{2,25}\))\s*[-:]+\s+/u;

/**
 * A page's date stamp run into its first sentence, as a pasted page gives it: "POSTED: 1052 GMT (1852
 * HKT), April 10, 2007 A Michigan man shot…", "Updated 4/9/2007 6:04 PM A man suspected…", "Apr 12,
 * 2007 "A man…". It dates the page, not the claim: two outlets' stamps are no disputed date. Only a
 * full date with its year, and only before a capital or a quote. Times and the date are parted by
 * space or a comma, never run together: a run of digits then splits one way, not exponentially many.
 */
const STAMP_TIME = String.raw`(?:\d{1,2}[:.]?\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?|\(\s*\d{3,4}\s+[A-Z]{2,4}\s*\))`;
const STAMP_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})`;
const PAGE_STAMP = new RegExp(
  String.raw`^\s*(?:(?:[Pp]osted|POSTED|[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Ll]ast\s+[Uu]pdated)\s*:?\s*)?(?:${STAMP_TIME}[\s,]+)*${STAMP_DATE}(?:[\s,]+${STAMP_TIME})*[\s,:-]*(?=["'“]?\p{Lu})`,
  'u',
);

/**
 * A live page's entry stamp opening the sentence: "7.15am: And they're off", "Update, 2.55pm — The
 * Coast Guard says…", "09:42 PST Police have…" (a stamp line joined to its entry, `report/entry-stamps.ts`).
 * As a page stamp dates the page, an entry stamp times the entry, not what it tells: "6.55am: Police
 * raided three condominiums in the early hours" is no raid at 6.55am against another report's "about
 * 4am", and "7.15am: And they're off" no time of the race's halt. Without a colon or dash after it,
 * only a time that is plainly a clock's (a colon, "am"/"pm" or a zone) is a stamp: "1.50 Million…" is none.
 * A blog that runs over days names the day first: "Sun 9.35am An emergency declaration is in place".
 */
const ENTRY_WORD = String.raw`(?:(?:[Uu]pdate[ds]?|UPDATE[DS]?|[Pp]osted|POSTED|[Ll]atest|LATEST|[Ss]ummary|SUMMARY|[Bb]reaking|BREAKING)\s*,?\s*(?:at\s+)?)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?`;
const ENTRY_STAMP = new RegExp(
  String.raw`^\s*${ENTRY_WORD}(?:${STAMP_CLOCK}(?:\s+${STAMP_ZONE})?\s*(?:[:—–]|-{1,2})|(?:\d{1,2}:\d{2}|\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?\s?[Mm]\.?)(?:\s+${STAMP_ZONE})?)\s+(?=["'“‘]?\p{Lu})` +
    // A stamp a word names, then a dash, stamps whatever follows: "Updated 16:10 – a third person has died".
    String.raw`|^\s*(?:[Uu]pdated?|UPDATED?)\s*,?\s*(?:at\s+)?${STAMP_CLOCK}(?:\s+${STAMP_ZONE})?\s*(?:[:—–]|-{1,2})\s+`,
  'u',
);

/** An appositive that names or titles a speaker: "the mayor", "a spokesman for the council", "Anna Peters"; not "who resigned in March" or "speaking on Monday", which say what the speaker did. */
const APPOSITIVE = String.raw`(?:(?:the|a|an|its|their|his|her)\s+(?:[\p{L}.'’&-]+\s+){0,5}?[\p{L}.'’&-]+|(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)`;

/** What may follow a speaker's appositive: an age ("47") or where they are from ("from Kuala Terengganu", "of Old Harbour"). */
const AGE_OR_ORIGIN = String.raw`(?:\d{1,3}|(?:from|of)\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)`;

const INVERTED = new RegExp(
  String.raw`(?:,\s*["']?|["']\s*,?)\s*${SAY}\s+(?!(?:he|she|it|they|we|i|you|that|there|this)\b)${NAMED_AFTER}(?:,\s*${APPOSITIVE})?(?=\s*[.!?"]*\s*$)`,
  'iu',
);

/**
 * Before an inverted frame, a name and its appositive are the speaker, not a claim: in "John Smith,
 * the mayor, said the storm killed two people." what follows "said" is the claim. Two short parts,
 * the second a title ("the mayor") or a name ("Anna Peters"), hold no verb to be a claim.
 */
const APPOSITIVE_SPEAKER = new RegExp(String.raw`^\s*(?:[\p{L}\p{N}.'’&-]+\s+){0,4}[\p{L}\p{N}.'’&-]+,\s*${APPOSITIVE}\s*$`, 'u');

/**
 * A subject pronoun opening the reported clause stands for the speaker: "The National Transportation
 * Safety Board said it was sending a team" is the board's act, and blanking the board leaves "it was
 * sending a team", which no other report's "investigators from the National Transportation Safety
 * Board" matches. Then only the verb of saying is blanked.
 */
const PRONOUN_SUBJECT = /^\s*(?:it|they|he|she|we)\b/i;

/**
 * Where the reported clause starts after a bare "said": "that", a comma or colon, or a word that opens
 * a subject (a pronoun, a determiner, a count, a capitalised name): "Police said two men were held".
 * An indefinite pronoun is a subject too, as "nobody" is: "Officials say anyone who ate there should
 * be tested", "Police said everyone on board was safe".
 */
const CLAUSE_OPENS = String.raw`(?:\s+that\b|\s*,|\s*:|(?=\s+(?:(?:they|he|she|it|we|the|a|an|its|their|his|her|there|this|these|those|no|nobody|none|anyone|anybody|everyone|everybody|someone|somebody|all|both|some|several|many|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b|\p{Lu}\p{Ll})))`;

/**
 * A speaker does not end in a form of "be": "The first case, a teenager, was confirmed on March 17"
 * is passive, a claim, and had lost its date as if ", was confirmed on March 17" were "…, police confirmed".
 */
const NOT_PASSIVE = String.raw`(?<!\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e|[Bb]een|[Bb]eing))`;

/** Each rule removes one frame; the groups name what is kept out of the claim (`say`: the saying, when the speaker may stay). */
const FRAMES: RegExp[] = [
  PAGE_STAMP,
  WIRE_DATELINE,
  // "…, according to a statement from the ministry." / "According to police, …"
  new RegExp(String.raw`,\s*according to\s+${SPEAKER}(?=\s*[.!?"]*\s*$)`, 'iu'),
  // "According to a report from TMZ published this week (June 13), …": a bracketed date inside the frame.
  new RegExp(String.raw`^\s*according to\s+(?:${SPEAKER}|${LONG_SPEAKER}\s*\([^()]{1,30}\))\s*,\s*`, 'iu'),
  // "Then, on September 10, according to a surviving victim, Hiller went berserk": between commas.
  new RegExp(String.raw`,\s*according to\s+${SPEAKER}(?=\s*,)`, 'iu'),
  // "…, police said." / "…, the ministry said in a statement on Tuesday." / "…, he told Reuters." /
  // "…, the actress's rep tells People magazine." / "…, her rep told the magazine."
  new RegExp(
    String.raw`(?:,\s*["']?|["']\s*,?)\s*${SPEAKER}${NOT_PASSIVE}(?:,\s*${APPOSITIVE},)?\s+${SAY}(?:\s+(?:here|there))?(?:\s+${AUDIENCE})?(?:\s+(?:in|on|at|to|late|early|during)\b[^,.;]{0,40}|${BARE_WHEN})?(?=\s*[.!?"]*\s*$)`,
    'u',
  ),
  // "…, said police spokesman Jean Martin." (inverted). What follows "said" is the speaker, not the
  // claim: "His lawyer, Ruth Alvarado, said he would appeal" keeps "said he would appeal".
  INVERTED,
  // "John Smith, the mayor, said the storm killed two people.": a speaker and an appositive.
  // Its appositive may add an age and where the speaker is from: "The ship's master, Captain Mohd Hafiz
  // Rahman, 47, from Kuala Terengganu, said …".
  new RegExp(String.raw`^\s*${LEAD}${SPEAKER},\s*${APPOSITIVE}(?:,\s*${AGE_OR_ORIGIN}){0,2},\s*(?<say>${BARE_CLAUSE_SAY}${WHEN}${CLAUSE_OPENS})\s*`, 'du'),
  // "Police said (that) …", "The minister told reporters …", "Officials confirmed on Monday that …".
  // Only verbs of saying take a clause with no "that" ("Police said the bridge…"); the others take an
  // object when no "that" follows, and then the sentence is the claim: "Governor Okafor declared a
  // state of emergency", "The company announced a recall". After "said", a capitalised word starts the
  // clause ("Constable Tim Fanning said Eric Kirkpatrick was accused…"). A paper's own name may open on
  // "The" ("Residents told The Courier that …"), which is not its whole name.
  new RegExp(
    String.raw`^\s*${LEAD}${SPEAKER}\s+(?<say>(?:${BARE_CLAUSE_SAY}|(?:told|tells)\s+(?:reporters|journalists|[Tt]he\s+(?:\p{Lu}\p{L}*\s+){0,2}\p{L}+|\p{Lu}[\p{L}]+))${WHEN}${CLAUSE_OPENS})\s*`,
    'du',
  ),
  // "A spokesperson for the Los Angeles Superior Court confirmed to Access that …": before "that" a
  // speaker may be longer, and the verb may name whom it was said to.
  new RegExp(
    String.raw`^\s*${LEAD}${LONG_SPEAKER}\s+(?<say>(?:(?:can|could)\s+)?${NOTICE}(?:\s+to\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)?${WHEN}(?:\s+that\b|\s*,|\s*:))\s*`,
    'du',
  ),
];

/** A frame shorter than the claim it leaves is never more than this share of the sentence. */
const MAX_FRAME_SHARE = 0.75;

/** How many leading characters of `text` are a page stamp run into it (`PAGE_STAMP`), 0 when none. */
export function pageStampLength(text: string): number {
  return PAGE_STAMP.exec(normalizeChars(text))?.[0].length ?? 0;
}

/**
 * `text` with a live page's entry stamp blanked out (`ENTRY_STAMP`), offsets kept. Asked by the
 * aligner only: the timeline reads the stamp itself, as the page's clock for its entry
 * (`timeline/entry-stamps.ts`).
 */
export function blankEntryStamp(text: string): string {
  const m = ENTRY_STAMP.exec(text);
  // Only before an entry of some length: "7.15am: Go." keeps its stamp.
  return m && text.slice(m[0].length).trim().split(/\s+/).length >= 4 ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

/**
 * How many leading characters of `text` are a wire dateline (0 when it opens without one). Where a
 * report was filed names no one who acted: "RAMALES, Spain (Iberia Press) —" is neither a person
 * nor the claim's place.
 */
export function wireDatelineLength(text: string): number {
  return WIRE_DATELINE.exec(normalizeChars(text))?.[0].length ?? 0;
}

/**
 * The sentence with attribution frames and a leading dateline blanked out (replaced by spaces, so
 * every offset into the result is an offset into `text`). A frame is only removed when a claim of
 * some length remains: "Police said." stays as it is. With `keep whose`, as the aligner scores a
 * claim, a name whose lawyer or spokesman speaks stays (`keepPossessor`); a timeline card's title is
 * the claim alone.
 */
export function stripAttribution(text: string, whose: 'keep whose' | 'drop whose' = 'drop whose'): string {
  let out = normalizeChars(text);
  for (const frame of FRAMES) {
    const m = frame.exec(out);
    if (!m || !m[0].trim()) continue;
    if (frame === INVERTED && APPOSITIVE_SPEAKER.test(out.slice(0, m.index))) continue;
    const rest = out.slice(0, m.index) + out.slice(m.index + m[0].length);
    if (m[0].length > MAX_FRAME_SHARE * out.trim().length || rest.trim().split(/\s+/).length < 4) continue;
    const say = m.indices?.groups?.say;
    const from = say && PRONOUN_SUBJECT.test(out.slice(m.index + m[0].length)) ? say[0] : m.index;
    const to = m.index + m[0].length;
    const frameText = out.slice(from, to);
    out = out.slice(0, from) + (whose === 'keep whose' ? keepPossessor(frameText) : ' '.repeat(frameText.length)) + out.slice(to);
  }
  return out;
}

/**
 * A frame blanked, but for a name whose lawyer, spokesman or family speaks: "Lindsay Lohan's attorney
 * said Thursday the actress checked into …" is about Lohan, whom the claim names only as "the actress".
 */
function keepPossessor(frame: string): string {
  const m = POSSESSOR.exec(frame);
  const blank = (t: string) => ' '.repeat(t.length);
  return m ? blank(frame.slice(0, m.index)) + m[0] + blank(frame.slice(m.index + m[0].length)) : blank(frame);
}
const POSSESSOR = /(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?(?=\s+\p{Ll})/u;
