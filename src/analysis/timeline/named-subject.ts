import type { NameMention } from '../text/names.ts';

/**
 * Card titles that open on "He" or "Her" ("He went scoreless in the first half") say nothing on a
 * timeline, where the card stands away from the sentence before it. Who the pronoun stands for is
 * read without parsing, from where news puts it: the last person named before the pronoun in its
 * own sentence ("When the FBI closed in on Gigante, he feigned…"), or else the first name of the
 * nearest earlier sentence (within `LOOK_BACK`) that has one, its subject as news writes it ("Gigante,
 * head of the Genovese crime family, had scored…"), unless that name is a preposition's object or a
 * speaker ("Lyons warned that Comeaux knows the area" goes on about Comeaux). Names of
 * places and bodies are never who "he" is, and a name after "the" is a nickname or a modifier ("the
 * Oddfather", "the Genovese family"). The finder cannot always tell a lone surname from another
 * kind of name, so names of no known kind count as people here.
 */
const LOOK_BACK = 2;
const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;

/** The surname a pronoun in sentence `index` of a report (`texts`, `names` per sentence) stands for, or null when it is not clear. */
export function pronounAntecedent(texts: readonly string[], names: readonly (readonly NameMention[])[], index: number): string | null {
  const text = texts[index] ?? '';
  const pronoun = PERSON_PRONOUN.exec(text);
  if (!pronoun) return null;
  // A pronoun inside a quotation is the speaker's, whoever the report named last.
  if (insideQuote(text.slice(0, pronoun.index))) return null;
  const own = (names[index] ?? []).filter((n) => n.end <= pronoun.index);
  if (own.length) {
    // The last person named before it, past the places and bodies of the clause ("Comeaux … from the
    // Estelle Unit in Huntsville, Texas, … when he escaped"); a name of no known kind only when it is last.
    const person = own.filter((n) => n.kind === 'person' && canBePerson(text, n)).at(-1);
    const last = own.at(-1)!;
    const who = person ?? (canBePerson(text, last) ? last : undefined);
    return who ? surnameOf(who) : null;
  }
  // A sentence that opens on someone unnamed ("The frustrated prosecutor gambled … when he denied a
  // Nichols offer") has its own "he": the earlier sentences' subject is not it.
  if (UNNAMED_SUBJECT.test(text.slice(0, pronoun.index))) return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const before = texts[i] ?? '';
    // A sentence that goes on about the same "he" leads further back ("He was sentenced to 12 years."),
    // whatever it names after its "he": "He has won praise for films like “Kate and Leopold.” He won
    // a Tony in 2004" is not Kate's Tony.
    if (CONTINUES.test(before)) continue;
    if (!(names[i] ?? []).length) return null;
    // Its subject, as far as word order tells: a name after a preposition is some phrase's object, and
    // a speaker ("Lyons warned that Comeaux knows the area") is not who the report goes on about.
    const first = (names[i] ?? []).find((n) => canBePerson(before, n) && !SPEAKER_AFTER.test(before.slice(n.end)));
    // …unless it does something to another "him" ("In 2017 judge Sérgio Moro convicted him"): the next
    // sentence's "he" may be either, and Moro had been titled as jailed.
    if (first && OTHER_PERSON[/^(?:she|her)$/i.test(pronoun[0]) ? 'she' : 'he'].test(before.slice(first.end))) return null;
    return first && !PREPOSITION_BEFORE.test(before.slice(0, first.start)) ? surnameOf(first) : null;
  }
  return null;
}

const CONTINUES = /^(?:He|She)\b/;
/** A verb (and an adverb) right after the subject's name, then "him", or "her" as an object (not "her husband"). */
const OTHER_PERSON = {
  he: /^\s+(?:\p{Ll}+\s+){1,2}him\b/u,
  she: /^\s+(?:\p{Ll}+\s+){1,2}her\b(?=\s*(?:[,.;:!?]|$|(?:of|to|for|with|in|on|at|as|from|after|before|and|that|over)\b))/u,
};
/** An opening noun phrase, no comma before the pronoun: "The frustrated prosecutor gambled … when ". */
const UNNAMED_SUBJECT = /^(?:The|A|An)\s+\p{Ll}[^,]*$/u;
/** A verb of saying right after a name, maybe past an appositive's comma: the name is a speaker. */
const SPEAKER_AFTER =
  /^\s*(?:,[^,]{1,60},\s*)?(?:also\s+|later\s+|previously\s+)?(?:said|says|told|tells|warned|added|stated|explained|noted|insisted|claimed|claims|confirmed|announced|wrote|writes|argued|recalled|testified)\b/;
/** A preposition, maybe with a title after it: "with Senator James O. Eastland". */
const PREPOSITION_BEFORE = /\b(?:of|in|on|at|to|for|from|with|by|about|against|over|under|into|onto|after|before|than|like)\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u;

function insideQuote(before: string): boolean {
  const opens = (before.match(/[“"]/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  return before.includes('“') ? opens > closes : opens % 2 === 1;
}

function canBePerson(text: string, m: NameMention): boolean {
  const before = text.slice(0, m.start);
  return (m.kind === 'person' || m.kind === 'other') && !/\bthe\s+["“'‘]?$/i.test(before) && !NAMED_THING.test(before);
}

/**
 * A name its common noun calls a thing: "aboard her 18-metre yacht Ouessant" is no "she" (a user
 * test's "She had set off from the same Atlantic port" was titled "Ouessant had set off").
 */
const NAMED_THING =
  /\b(?:yacht|boat|ship|vessel|ferry|trawler|tanker|liner|freighter|submarine|plane|jet|aircraft|airliner|helicopter|train|storm|hurricane|typhoon|cyclone|company|firm|hotel|restaurant|stadium|bridge|hospital|school|newspaper|magazine|film|album|novel|song|horse|dog)\s+["“'‘]?$/i;

/** The last word of a person's name as written, without a possessive or a suffix: "Vincent “The Chin” Gigante's" → Gigante, "Arcade Joseph Comeaux Jr." → Comeaux. */
function surnameOf(m: NameMention): string {
  const words = m.text
    .replace(/['’]s?$/, '')
    .replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/, '')
    .split(/\s+/);
  return (
    words
      .at(-1)
      ?.replace(/[^\p{L}'’.-]/gu, '')
      .replace(/\.$/, '') ?? ''
  );
}

const OPENING_SUBJECT = /^(?:He|She)\s+(?=\p{Ll})/u;
const OPENING_POSSESSIVE = /^(?:His|Her)\s+(?=\p{Ll})/u;

/** `title` with an opening "He"/"She" or "His"/"Her" put as `name`: "He went scoreless" → "Echenique went scoreless". */
export function withNamedSubject(title: string, name: string | null): string {
  if (!name) return title;
  if (OPENING_SUBJECT.test(title)) return title.replace(OPENING_SUBJECT, `${name} `);
  if (OPENING_POSSESSIVE.test(title)) return title.replace(OPENING_POSSESSIVE, `${name}'s `);
  return title;
}
