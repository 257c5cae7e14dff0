import { stripAttribution } from '../text/attribution.ts';
import { relativeSaying } from './relative-saying.ts';
import { clauseOfSubject } from './subject-relative.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { isNumberWord } from '../text/numbers.ts';
import { quotedSentenceAround } from '../text/quoted-sentence.ts';
import { isStopword } from '../text/stopwords.ts';
import { isIrregularForm } from '../text/synonyms.ts';
import { classify } from '../time/tense.ts';

/**
 * Event titles: a short phrase saying who did what, built from the clause around a time expression
 * ("Cave divers reached the group and found all five alive"), so a timeline scans like a list of
 * headlines. The card shows the date, so the expression's locator phrase ("on Monday", "at 11am
 * today") goes; a relational one ("since 2019", "from May to September") stays, because without it
 * the clause would say something else. Datelines, attribution ("police said"), asides in brackets
 * and ages (", 31,") go too. The full sentence is never lost: every mention keeps its report,
 * sentence id and offsets.
 *
 * Every rule reads the shape of English news sentences, never a word list of a particular story;
 * rejected alternative: a parser (a tagger and dependency model is megabytes for the worker, and a
 * headline needs only the clause boundaries these rules find).
 */

/** Most words a title keeps; longer clauses are cut at a phrase boundary, else with "…". */
export const TITLE_MAX_WORDS = 10;
/** Longest title in UTF-16 units, a backstop for words of unusual length. */
export const LABEL_MAX = 120;
/** Words a title may run over the limit to keep the date it relates to. */
const KEEP_SLACK = 3;
/** Words a title may run over the limit rather than be cut mid-phrase. */
const OVER_SLACK = 2;
/** A title needs this many words; fewer ("One by one", "RESULT") borrow the neighbouring clause. */
const MIN_WORDS = 3;
/** A subject piece ("The Grade II-listed tower") is joined to its predicate only when it is this short. */
const SUBJECT_MAX_WORDS = 8;

interface Range {
  start: number;
  end: number;
}

/**
 * Clause separators. Commas only count when followed by a space, so "1,000" stays whole; the
 * separators inside the time expression itself ("September 24, 2014") are skipped.
 */
const SEPARATOR = /;\s*|\s+[—–]\s+|\s+--\s+|\s+-\s+|:\s+|,\s+/g;
/** Discourse words that make a clause read as a continuation ("However, …", "and …"). */
const LEADING_CONNECTIVE = /^(?:and|but|or|so|yet|however|meanwhile|moreover|furthermore|also|then|while|whereas|although|though|instead|still|now)\b,?\s+/i;
/** A relative clause; "who" borrows a named antecedent ("Goncheh Ghavami, 25, who was arrested"). */
const RELATIVE = /^(?:who|which|whom|that)\s+/i;
const TRAILING_NAME = /((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s*$/u;
/**
 * A subordinate clause has its own subject and verb ("when a block of sandstone fell", "three days
 * after it started"): when the time expression sits in it, it is the event, and the conjunction goes.
 */
const SUBORDINATOR =
  /(?:^|\s)(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?(?:after|before)|when|(?<!such\s)as(?!\s+(?:many|much|well|far|long|soon|little|few|part|of|to|for|if|a|an|with)\b)|once|because|while|whereas|where|until|till|since)\s+(?=\S)/gi;
/**
 * A finite verb, as far as a word list can tell: an auxiliary, a past tense in -ed, or a common
 * irregular past. "after voters went to the polls" is a clause; "after the 1979 upheaval" is not.
 */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|\p{Ll}{2,}ed|went|came|took|made|gave|got|began|broke|caught|fell|found|held|kept|left|lost|met|ran|rose|saw|sent|set|shot|spoke|stood|told|thought|won|wrote|flew|drove|hit|put|struck|swung|sank|fought|brought|bought|built|became|chose|drew|felt|grew|heard|knew|led|paid|sold|spent|stole|threw|woke|wore)\b/u;
/**
 * A subject with a determiner and a present verb in "-s" that `FINITE_VERB` cannot list ("the window
 * slams shut", "the landlord hands over the keys"): a clause, as far as the word after the verb is no
 * preposition or conjunction. A plural noun has the same shape, but is followed by one ("the peace
 * talks on Monday", "the talks in Geneva") or by the date itself ("the holidays next week", which
 * `presentClause` rules out by the date's offset). A word in "-ss", "-us" or "-'s" is no such verb
 * ("the previous record", "the boss's car"): the check is on the word's last two letters, after its "s".
 */
const PRESENT_S_CLAUSE =
  /^(?:the|a|an|this|that|its|his|her|their|our)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?(\p{Ll}{2,}s(?<![su'’]s))\s+(?!(?:on|in|at|for|of|from|with|by|to|and|or|but|nor|as|than|that|which|who|whose|into|onto|over|under|after|before|since|until|till|near|during|between|across|around|about|against|amid|through|without|within|per|is|are|was|were|has|have|had|will|would)\b)(?=[\p{L}\p{N}])/iu;
/**
 * A piece that opens on such a verb has lost its subject to an appositive before it: in "The
 * library, founded in 1904, lends about 2,000 books a week" the participle's piece is the aside,
 * and "lends …" the predicate. Opening its piece, the word is no plural noun, so a preposition may
 * follow it ("lends about", "sits on").
 */
const OPENS_PRESENT_S = /^\p{Ll}{2,}s(?<![su'’]s)\s+(?!(?:and|or|but|nor|of|that|which|who|whose|is|are|was|were|has|have|had|will|would)\b)(?=[\p{L}\p{N}])/u;
/** Whether `rest` (the words after a subordinator) opens on a present "-s" clause that ends before `dateAt` does. */
function presentClause(rest: string, dateAt: number): boolean {
  const m = PRESENT_S_CLAUSE.exec(rest);
  return !!m && m[0].length < dateAt;
}
/** A subordinator before a pronoun subject and its verb: "when he escaped" is a clause, not a fragment. */
const SUBORDINATE_PRONOUN = /^(?:when|after|as|because|while|once|before|until)\s+(?=(?:he|she|they|we|it|I)\s+\p{Ll}{2,})/iu;
/** A subordinate clause needs a subject: "after mapping the asteroid" has none and stays with its main clause. */
const NO_SUBJECT = /^(?:\p{Ll}+ing(?:\s+(?:the|a|an|its|their|his|her|to|in|on|at|for|with|from|into|out|up|down|over|through)\b|\s*$)|to\b)/u;
/** "including a fire at a flat in Leeds": the rest is a noun phrase that names the event. */
const LISTING = /^(?:including|such as|notably|among them|especially|particularly|for example|for instance)\s+/i;
/** A name of one to three capitalised words, alone in its piece. */
const APPOSED_NAME = /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,2}$/u;
/**
 * A piece that opens with an auxiliary or a past-tense verb (irregular ones too: "said", "took"),
 * perhaps after an adverb ("never said"), has lost its subject to an appositive.
 */
const PREDICATE_ADVERB = /^(?:never|also|later|then|still|just|already|finally|reportedly|allegedly|only|again|not)\s+/;
const PAST_FORM = /^(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;
/** As `opensPredicate`, a regular form only: an irregular one ("flown", "built") is as often a participle. */
function opensRegularPredicate(piece: string): boolean {
  return PAST_FORM.test(piece.replace(PREDICATE_ADVERB, ''));
}
function opensPredicate(piece: string): boolean {
  const verb = piece.replace(PREDICATE_ADVERB, '');
  return PAST_FORM.test(verb) || isIrregularForm(/^\p{Ll}+/u.exec(verb)?.[0] ?? '');
}
/**
 * A noun phrase and the "was" or "were" its number takes, for a participle said of it: "The vessel
 * was", "The cars were"; the head before "of" counts: "The record of 122 degrees was".
 */
const withBe = (noun: string) => `${noun} ${/[^su]s$/i.test(noun.replace(/\s+of\s.*$/i, '')) ? 'were' : 'was'}`;
/** The figure a noun is "of", which the noun names without: "the previous mark of 2:09:56", "a fine of $4m". */
const MEASURE_OF = /\s+of\s+[$£€¥]?\d[\d,.:]*$/u;
/** A participle with its agent qualifies the noun before it: "the Santa Ines mine, operated by Minera Andes, …" predicates nothing. */
const AGENT_PARTICIPLE = /^\p{Ll}+\s+by\b/u;
/** A past participle and nothing else: "built", "founded". */
const LONE_PARTICIPLE = /^\p{Ll}+(?:ed|en|wn|lt|ght)$/u;
/**
 * The participle an appositive noun phrase ends on once the date is gone: "The Kisiwa Pride, a
 * steel-hulled vessel built in 1998, passed …" says the subject was built then, as "The vessel,
 * built in 1998, …" does.
 */
const APPOSED_PARTICIPLE = /^(?:a|an|the|one)\s+(?:[^\s,]+\s+){1,4}(\p{Ll}+)$/iu;
function apposedParticiple(piece: string): string | null {
  const word = APPOSED_PARTICIPLE.exec(piece)?.[1];
  return word && LONE_PARTICIPLE.test(word) && isParticiple(word) ? word : null;
}
/** A word `FINITE_VERB` lists, alone: "set", "hit", "was". */
const LISTED_VERB = new RegExp(`^${FINITE_VERB.source}$`, 'u');
/** A word that may be a past participle: a regular or irregular one, or a verb the same in all forms ("set", "hit"); not a noun in "-en" ("pen", "garden"). */
const isParticiple = (word: string) => /^\p{Ll}{2,}ed$/u.test(word) || isIrregularForm(word) || (LISTED_VERB.test(word) && !AUXILIARY.test(word));
/**
 * A participle said of the object before it, with no agent, the date right after it: "…, breaking
 * the previous record of 122 degrees set in June 1990" dates the record's setting, "The previous
 * record of 122 degrees was set", not the breaking; so after a copula: "The old record was a jackpot
 * won in 2021". Not after a finite verb, whose participle may be the object's complement ("declared
 * the fire contained on Friday" is the declaring). `dateAt` is where the date stood in `body`, blanked
 * with its locator; null when the body goes on after it.
 */
function objectParticiple(body: string, dateAt: number): string | null {
  if (/[^\s.!?]/.test(body.slice(dateAt))) return null;
  const m = /^(.*\S)\s+(\p{Ll}+)\s*$/u.exec(body.slice(0, dateAt));
  if (!m || !isParticiple(m[2]!)) return null;
  const noun = trailingNounPhrase(m[1]!);
  const verb = /(\S+)\s*$/.exec(m[1]!.slice(0, m[1]!.length - noun.length))?.[1] ?? '';
  return noun && /^(?:\p{Ll}+ing|is|are|was|were)$/u.test(verb) ? `${withBe(noun)} ${m[2]}` : null;
}
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do)\b/;
/**
 * A participle said of the subject, its phrase closed by the date before the main verb: "A cloud of
 * plasma hurled from the sun on Tuesday struck Earth's magnetic field" dates the hurling, "A cloud
 * of plasma was hurled from the sun", not the strike. The participle is the first one a preposition
 * follows ("magnetized plasma" is an adjective's); no auxiliary comes before it. `dateAt` as in
 * `objectParticiple`.
 */
function subjectParticiple(body: string, dateAt: number): string | null {
  if (!opensPredicate(body.slice(dateAt).trimStart())) return null;
  const before = body.slice(0, dateAt).trimEnd();
  const m = [...before.matchAll(/\s(\p{Ll}+)\s+(?=(?:from|in|at|by|on|to|into|off|over|for|with|near|across|through)\s)/gu)].find((w) => isParticiple(w[1]!));
  const subject = m ? before.slice(0, m.index) : '';
  if (!m || !STARTS_NOUN_PHRASE.test(subject) || countWords(subject) > SUBJECT_MAX_WORDS || subject.split(/\s+/).some((w) => AUXILIARY.test(w))) return null;
  return `${withBe(subject)} ${before.slice(m.index).trim()}`;
}
/** A participle or preposition opening: the piece leans on the clause before it ("…, hitting 16% on Monday"). */
const LEANING = /^(?:\p{Ll}+ing|to|for|with|by|from|of|into|over|under|through|without|despite|down|up)\b/u;
/** A short opening phrase that sets the scene ("At a quarter to eleven on Tuesday morning, …", "For the village, …"). */
const SCENE = /^(?:at|on|in|for|by|during|after|before|with|from|across|around|over|within|since|shortly|just|early|late|earlier|later)\b/i;
/**
 * Reporting verbs whose "that" clause is the claim ("controllers confirmed that the probe had
 * arrived"); so is an estimate's ("Wierzbicki estimates that much of the equipment dates from the 1980s").
 */
const REPORTED =
  /\b(?:said|says|say|saying|confirmed|confirms|announced|announces|reported|reports|told\s+(?:\S+\s+){0,2}?\S+|tells\s+\S+|added|adds|stated|states|insisted|warned|warns|claimed|claims|believe|believes|believed|revealed|reveals|noted|suggested|suggests|argued|argues|thought|thinks|estimated|estimates)\s+(?:(?:on|at|in|late|early)\s+(?:(?:a|an|the|its|his|her|their)\s+)?\S+\s+)?that\s+/i;
/** A leading "said" whose speaker was split off by an appositive ("The mayor of Loulé, Rui Baptista, said …"). */
const LEADING_SAID =
  /^(?:said|says|told\s+\S+|announced|confirmed|added|warned|insisted|stated)\s+(?:(?:on|in)\s+(?:a|an|the|its|his|her|their)\s+\S+\s+(?=that\b))?(?:that\s+)?/i;
const STARTS_NOUN_PHRASE = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|he|she|it|they|we|i|you)\b/i;
const PRONOUN = /^(?:he|she|it|they|we)\s+(?=\p{Ll})/u;
/** A speaker named by whose they are ("His family", "her lawyer"): the pronoun after "said" is that person. */
const POSSESSED = /^(?:his|her|their|its|my|our)\s/i;
/**
 * A "back" after a passive or perfect participle only stresses how long ago, and goes with the
 * locator: "The leak was detected back in March" (an active verb's "back" is its particle and stays:
 * "The crew came back on Monday").
 */
const EMPHATIC_BACK = String.raw`(?<=\b(?:is|are|was|were|be|been|being)\s+\p{Ll}+ed\s+)back`;
/**
 * Words just before a time expression that make it a locator ("on Monday", "at 11am", "on the
 * evening of"), dropped with it. Relational words ("since", "until", "before", "from", "by") are
 * not here: "since 2019" is what the clause says.
 */
const LOCATOR_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:(?:shortly|just|soon|immediately|some\s?time|sometime|late|early|${EMPHATIC_BACK})\s+)?(?:on|at|in|during|over the course of|over|(?:at\s+)?(?:around|about)|across|(?<=(?:shortly|just|soon|immediately)\s+)(?:after|before))\s+(?:the\s+(?:morning|afternoon|evening|night|weekend|end|start|beginning|middle|early hours)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?$`,
  'iu',
);
const EMPHATIC_BACK_END = new RegExp(`\\s${EMPHATIC_BACK}\\s+$`, 'iu');
/** A clock time in words before the day ("At a quarter to eleven on Tuesday morning"), part of the locator. */
const CLOCK_BEFORE =
  /(?:^|\s)(?:(?:at|shortly|just|soon)\s+)?(?:(?:before|after|around|about)\s+)?(?:(?:a\s+)?quarter\s+(?:to|past)\s+|half\s+past\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)(?:\s+o['’]clock)?\s+$/i;
/** A day or a part of one, which a bare hour before it may be on: "11 last night", "six on Tuesday". */
const DAY_OR_PART = /\b(?:night|morning|afternoon|evening|day|today|tonight|yesterday|tomorrow|mon|tue|wed|thu|fri|sat|sun)/i;
/** A clock time at the end of an expression ("10.42pm", "09:30", "noon"), and a zone after it ("Japan time", "GMT"). */
const CLOCK_END = /(?:\d[:.]\d{2}|\d\s*[ap]\.?m\.?|o['’]clock|noon|midnight|midday)$/i;
const ZONE_AFTER =
  /^\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,2}time\b|(?:local|summer|winter|standard)\s+time\b|(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|IST|AEST|AEDT)\b)/u;
/** What joins two coordinated dates: a comma, "and"/"or", or both ("March, April and May"). */
const COORDINATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)$/i;
/**
 * A noun phrase coordinated after a date, with the locator of another date: "was at the depot on
 * May 2 or the riverside car park on May 4" is two visits, and the car park is the May 4 card's.
 */
const PARALLEL_CONJUNCT = /^\s+(?:or|and)\s+(?:the|a|an|its|their|his|her)\s+[^,;:]{1,50}?\s+(?:on|at|in)\s+$/i;
/** Where the first of such noun phrases starts: after the last preposition before a determiner ("was at [the depot …]"). */
const FIRST_CONJUNCT_START = /\s(?:at|in|to|from|near|into|inside|outside)\s+(?=(?:the|a|an|its|their|his|her)\s[^,;:]*$)/gi;

/**
 * Blanks in `chars` the noun phrase coordinated with the date at `from`–`to` that has a date of its
 * own (`PARALLEL_CONJUNCT`): after this date, with the other date ("on May 2 [or the riverside car
 * park on May 4]"); before it, the first phrase and its date ("at [the depot on May 2 or] the
 * riverside car park on May 4"), so each card names its own place.
 */
function blankParallel(chars: string[], sentence: string, from: number, to: number, others: readonly (readonly [number, number])[]): void {
  const after = others.find(([os]) => os >= to && PARALLEL_CONJUNCT.test(sentence.slice(to, os)));
  if (after) blank(chars, to, after[1]);
  const before = others.find(([, oe]) => oe <= from && PARALLEL_CONJUNCT.test(sentence.slice(oe, from)));
  if (!before) return;
  const head = [...sentence.slice(0, before[0]).matchAll(FIRST_CONJUNCT_START)].at(-1);
  const or = /^\s+(?:or|and)\s+/i.exec(sentence.slice(before[1]))!;
  if (head) blank(chars, head.index + head[0].length, before[1] + or[0].length);
}
/** A hedge on the date after a relation ("until at least Tuesday"): no clause opens there. */
const HEDGE = /^at\s+(?:the\s+)?(?:least|most|earliest|latest)\s/i;
/** Relations a date stays with ("since 2019", "until March", "delays will run into Friday"), also through a hedge: "until at least March". */
const RELATIONAL_BEFORE =
  /\b(?:since|until|till|before|after|from|between|by|through|into|ahead of|prior to|to|and|than|of|as|for)\s+(?:at\s+(?:the\s+)?(?:least|most|earliest|latest)\s+)?$/i;
/** Determiners and possessives: "the 1956 arch dam", "Northgate's 2025 bond" use the date as a modifier. */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|these|those)|['’]s)\s+$/i;
/** "The qualifier draw is on June 17": the date is the predicate and stays. */
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;
/** Expressions that are adverbs by themselves, with no preposition: "today", "Monday", "last year", "18:52". */
const BARE_ADVERB =
  /^(?:today|tonight|yesterday|tomorrow|this|last|next|earlier|later|early|late|now|mon|tue|wed|thu|fri|sat|sun|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.?m|p\.?m)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+\w+\s+ago)/i;
/** A year, decade or century directly before a common noun is a modifier: "the 1956 arch dam", "17th-century chapel". */
const DATE_MODIFIER = /(?:\d{4}|\d0s|century)$/i;
const FUNCTION_WORD =
  /^(?:and|or|but|when|as|after|before|to|in|on|at|for|with|by|from|that|which|who|where|while|because|the|a|an|of|is|was|were|are|has|had|have|will|would|said|says|than|if|until|since|so|then)$/i;
/** Where a long clause can be cut: before a subordinate or relative clause, a preposition, or a participle. */
const CUT_BEFORE =
  /^(?:which|who|whom|whose|where|when|while|as|because|after|before|although|though|since|until|so|but|and|or|in|at|for|with|from|by|through|into|near|during|amid|despite|including|following|leaving|sending|forcing|making|bringing|killing|causing|than|if)$/;
/** An adverb by its ending ("tragically", "reportedly", "previously"), not a noun such as "rally" or "family". */
const ADVERB = String.raw`\p{Ll}{4,}(?:ally|ently|ately|ously|edly|ively|fully|ingly)`;
const ADVERB_END = new RegExp(`^${ADVERB}$`, 'u');
/** Function words and adverbs a cut should not end on ("… two and a half years after…", "… for tragically"). */
const DANGLING = new RegExp(
  String.raw`\s+(?:a|an|the|of|to|in|on|at|for|and|or|but|after|before|with|by|from|that|which|who|when|where|while|because|its|his|her|their|as|shortly|just|some|about|around|nearly|almost|more|less|than|over|is|are|was|were|has|have|had|${ADVERB})$`,
  'iu',
);
/**
 * Words a title never ends on, whatever cut it: they lean on what the cut took away ("He helmed The
 * Golden Compass, based [on the novel]", "the deal that Hunter got just [last summer]", "took over the
 * airline only [last spring]", "declared three
 * days of mourning, starting [on Thursday]"; after its comma only: "on suspicion of starting…" is cut
 * mid-phrase, not leaning). "Due" after a copula is the predicate ("The results are due"), not "due
 * [to]". A hedge on the date and its relation ("will stay shut until at least [March]", "as early as
 * [May]") and a preposition that is never a particle ("until", "from", "of") go with the date too.
 * So does a participle of purpose after a noun, cut from its phrase: "met for talks aimed [at ending the
 * strike]" (not after a copula: "the talks were aimed").
 */
const NEVER_LAST =
  /(?:,?\s+(?:based|according|including|just|only|(?<!\b(?:is|are|was|were|be|been|being|am|remains?|remained|falls?|fell)\s+)due|owing)|,\s+(?:starting|beginning|effective)|\s+(?:(?:until|till|since|by|from|before|after|to)\s+)?(?:at\s+(?:the\s+)?(?:least|most|earliest|latest)|as\s+(?:early|late|soon|recently)\s+as|no\s+(?:later|earlier|sooner)\s+than)|\s+(?:until|till|from|of|than|between|during|amid|despite)|\s+(?<!\b(?:is|are|was|were|be|been|being)\s+)(?:aimed|designed|intended|meant|geared))(?=…?$)/i;
/** A quotation's speaker at the end: "“We warned them,” said a farmer". */
const TRAILING_SAID = /([”"])\s*,?\s*(?:(?:said|says|added|adds)\s+[^“”"]{1,40}|[^“”",]{1,40}\s+(?:said|says|added|adds))$/u;
/**
 * A leading wire dateline: "LISBON, Aug 22, 2025 (Atlantic News Agency) —", "TRENTO, Italy (Wire) —",
 * "LONDON, Nov 4 (Marketwire) -": a place in capitals, a few short parts, an optional agency, a dash.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*[^,—–()]{2,30}){0,3}\s*(?:\([^()]{2,40}\))?\s*(?:—|–|--|-)\s+/u;
/** An age or a count in commas after a name: "Jade Morley, 31, and her partner". */
const AGE = /(?<!\d),\s+\d{1,3},(?=\s)/g;
const PREPOSITION = /^(?:in|at|for|with|from|by|through|into|near|during|amid|despite)$/i;
/** Prepositions that put a subject in a state with a bare noun: "in place", "at large", "under way". */
const STATE_PREPOSITION = /^(?:in|at|on|under)$/;
/** Prepositions and particles that start a phrase only before a determiner ("alive on a ledge", not "went on trial"). */
const CUT_BEFORE_DETERMINER = /^(?:on|to|over|out|up|off|down|about|of)$/;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|some|several|two|three|four|five)$/i;

/** Words of a text; a figure with thousands separators is one ("4,100 pupils" is two words, not three). */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*/gu)?.length ?? 0;
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = Math.max(0, from); i < Math.min(chars.length, to); i++) chars[i] = ' ';
}

/** The asides of a text in brackets, with the space before them: " (OPSS)", " (Wednesday)". */
function asides(text: string): Range[] {
  return [...text.matchAll(/\s*[([][^()[\]]*[)\]]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** An article and lower-case words joined by commas: "an elusive, anonymous". */
const ARTICLE_AND_WORD = /\b(?:a|an|the)\s+[\p{Ll}\p{N}][\p{Ll}\p{N}-]*(?:,\s+\p{Ll}+)*$/iu;
/** A figure and its noun after such a comma: "an eight-year, $160 million offer", "a four-year, 90m deal". */
const FIGURE_AND_NOUN = /^[$£€¥]?\d[\d,.]*(?:\s*(?:million|billion|trillion|m|bn))?\s+\p{Ll}{3,}/u;

/**
 * Whether `after` (the text after a comma that follows an article and a word) goes on with an
 * adjective list: a content word, no verb ("who", "she", "built", "saying", "was" open clauses),
 * before another comma or another content word ("anonymous, secret operator", "hard road").
 */
function onAdjectiveList(after: string): boolean {
  const m = /^(\p{Ll}+)(?:,\s|\s+(\p{Ll}+))/u.exec(after);
  // A number word opens a figure, not a further adjective: "The budget, worth three million dollars, was …".
  const content = (w: string | undefined) => w === undefined || (!isStopword(w) && !w.endsWith('ing') && !isNumberWord(w));
  return !!m && content(m[1]) && content(m[2]) && !opensPredicate(after);
}

/**
 * A figure's phrase closed by its own comma before a verb is an aside on the noun before it ("The
 * span, 300 metres long, opened"), not the noun a figure and an adjective share ("a four-year, 90m deal").
 */
function figureAsideBeforeVerb(after: string): boolean {
  const close = /^[^,;:]*,\s+/.exec(after);
  return !!close && opensPredicate(after.slice(close[0].length));
}

/**
 * A US state right after a capitalised town and its comma, in full ("Beaumont, Texas,") or as news
 * agencies abbreviate it ("Wash.", "Calif.", "N.J."; after a town even "Mass." and "Ill." are states).
 */
function isStateAfterTown(before: string, after: string): boolean {
  if (!/\p{Lu}[\p{L}.'’-]*$/u.test(before)) return false;
  const state = /^(?:\p{Lu}\.\s?)+(?=\s|$)|^\p{Lu}\p{Ll}{1,4}\.(?=\s|$)/u.exec(after)?.[0];
  if (state) return STATE_ABBREVIATIONS.has(state.replace(/\s/g, ''));
  // "Beaumont, Texas, when he escaped": the state in full, closed by its own comma or the sentence's end.
  const name = /^((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+)(?=\s*(?:[,.;]|$))/u.exec(after)?.[1];
  return !!name && US_STATES.has(name);
}
const US_STATES = new Set(
  (
    'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,' +
    'Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,' +
    'New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,' +
    'South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming'
  ).split(','),
);
const STATE_ABBREVIATIONS = new Set(
  (
    'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. ' +
    'Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'
  ).split(' '),
);

/** A capitalised word (a name, an acronym) ending `before`, and a list of such names going on in `after` to its "and" or "or". */
const NAME_END = /(?:^|\s)\p{Lu}[\p{L}.'’&-]*$/u;
const NAME_LIST_ON = /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}(?:and|or)\s+\p{Lu}|^(?:\p{Lu}[\p{L}.'’&-]*\s+){0,2}\p{Lu}[\p{L}.'’&-]*,\s+(?:(?:and|or)\s+)?\p{Lu}/u;
function inNameList(before: string, after: string): boolean {
  return NAME_END.test(before) && NAME_LIST_ON.test(after);
}

function splitPieces(text: string, s: number, e: number): Range[] {
  const pieces: Range[] = [];
  let from = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    if (m.index + m[0].length > s && m.index < e) continue; // never split inside the time expression
    // "an elusive, anonymous, secret operator", "a long, hard road": a comma inside a noun phrase.
    const after = text.slice(m.index + m[0].length);
    if (
      m[0].startsWith(',') &&
      ARTICLE_AND_WORD.test(text.slice(0, m.index)) &&
      (onAdjectiveList(after) || (FIGURE_AND_NOUN.test(after) && !figureAsideBeforeVerb(after)))
    )
      continue;
    // "the Redmond, Wash. company", "Springfield, Mo.": a state after its town is one name with it.
    if (m[0].startsWith(',') && isStateAfterTown(text.slice(0, m.index), after)) continue;
    // "his WBA, IBF and WBO title belts", "Britain, France and Germany": a comma in a list of names.
    if (m[0].startsWith(',') && m.index !== e && inNameList(text.slice(0, m.index), after)) continue;
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  // Offsets of each piece's first and last visible character, so blanks never count as a piece.
  return pieces.map((p) => {
    const slice = text.slice(p.start, p.end);
    const lead = slice.length - slice.trimStart().length;
    return { start: p.start + lead, end: p.start + slice.trimEnd().length };
  });
}

/**
 * Blanks the time expression with the locator words before it when it works as an adverb of the
 * clause ("on Monday", "at 11am today", bare "yesterday"); keeps it when it is what the clause
 * relates to ("since 2019"), a modifier ("the 1956 arch dam") or the predicate ("the draw is on
 * June 17"). "Thursday's by-election" becomes "the by-election", a cleft "It was not until Monday
 * evening that divers …" becomes "divers …".
 */
function dropLocator(chars: string[], s: number, end: number, clauseStart: number): void {
  const text = chars.join('');
  // A zone the expression left out goes with its clock time: "at 10.42pm Japan time".
  const e = CLOCK_END.test(text.slice(s, end)) ? end + (ZONE_AFTER.exec(text.slice(end))?.[0].length ?? 0) : end;
  // An expression that carries its own preposition ("on Wednesday") is a locator by itself.
  const own = /^(?:on|at|in|during)\s+/i.exec(text.slice(s, e));
  if (own && !RELATIONAL_BEFORE.test(text.slice(clauseStart, s)) && !COPULA_BEFORE.test(text.slice(clauseStart, s))) {
    blank(chars, s - (EMPHATIC_BACK_END.exec(text.slice(clauseStart, s))?.[0].length ?? 0), e);
    return;
  }
  const expression = text.slice(s, e);
  const before = text.slice(clauseStart, s);
  const after = text.slice(e);
  if (/^['’]s\b/.test(after)) {
    if (DETERMINER_BEFORE.test(before)) return;
    blank(chars, s, e + 2);
    if (e + 2 - s >= 3) chars.splice(s, 3, 't', 'h', 'e'); // same length: "Thursday's" → "the" and blanks
    return;
  }
  const cleft = /^\s+that\s+/.exec(after);
  if (cleft && /^it\s+(?:was|is|will be)\s+(?:not\s+until|only\s+(?:on|in|at|after)|on|in|at|during)\s+$/i.test(before.trimStart())) {
    blank(chars, clauseStart, e + cleft[0].length);
    return;
  }
  // "at a quarter to eleven on Tuesday morning": the preposition, then a clock time before it.
  const locator = LOCATOR_BEFORE.exec(before);
  let from = locator ? locator.index : before.length;
  const clock = CLOCK_BEFORE.exec(before.slice(0, from) + (locator ? ' ' : ''));
  // A bare figure is an hour only before a day or a part of one ("at about 11 last night"); "fallen
  // to about 50 last year" is a figure, and it stays with the clause.
  // Nor is a bare number after a name: "jumped Highway 9 on Sunday night", "Flight 370".
  const numbered = !!clock && /^\s*\d+\s*$/.test(clock[0]) && /\p{Lu}[\p{L}.'’-]*$/u.test(before.slice(0, clock.index));
  const figure = !!clock && ((/^\D*\d+\s*$/.test(clock[0]) && !DAY_OR_PART.test(expression)) || numbered);
  if (clock && !figure && (locator || /^(?:at|shortly|just|soon|before|after|around|about)\b/i.test(clock[0].trim()))) from = Math.min(from, clock.index);
  const rest = before.slice(0, from);
  if (COPULA_BEFORE.test(rest + ' ')) return;
  if (from < before.length) {
    // "since last year" is relational even though "last" starts the expression.
    if (RELATIONAL_BEFORE.test(rest) || DETERMINER_BEFORE.test(rest)) return;
    blank(chars, clauseStart + from, e);
    return;
  }
  if (RELATIONAL_BEFORE.test(before) || DETERMINER_BEFORE.test(before)) return;
  const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
  if (DATE_MODIFIER.test(expression) && /^\p{Ll}/u.test(next) && !FUNCTION_WORD.test(next)) return;
  // No preposition: expressions that are adverbs on their own go ("yesterday", "Monday", "18:52"),
  // and so does a date that ends its clause ("Judges will inspect the site Feb. 3-4").
  const clauseEnds = /^\s*(?:[,;:.!?)”"]|$)/.test(after) && /^[\p{Lu}\d]/u.test(expression);
  if (BARE_ADVERB.test(expression) || !/\S/.test(before) || clauseEnds) blank(chars, s, e);
}

/**
 * Other dates with only a space between them are one locator: "on Tuesday next week" tagged as
 * "Tuesday" and "next week". Dropped one by one, the second stood after what the first left ("… and
 * next week"), read as relational, and stayed: "The union will walk out again, and next week". A
 * date that touches the card's own (`s`–`e`) is left as it is.
 */
function adjacentJoined(ranges: readonly Range[], sentence: string, s: number, e: number): Range[] {
  const sorted = ranges.filter((r) => r.end <= s || r.start >= e).sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start >= last.end && /^\s+$/.test(sentence.slice(last.end, r.start)))
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Cuts a title to `maxWords`: at the last phrase boundary that keeps at least `MIN_WORDS + 1` words
 * (no ellipsis: the phrase is whole), else mid-phrase with "…". Never inside a name ("Product Safety
 * and Standards") or a range of numbers ("2023 to 2024"), never on a dangling function word.
 */
/**
 * A short subject, "who/that" and up to five words, a phrase of place or time, then the main verb. The
 * subject may be an indefinite pronoun and the verb a modal: "Anyone who was at the Anchor Inn on
 * Elm Street should get tested" is "Anyone who was at the Anchor Inn should get tested". A copula
 * keeps its phrase: "anyone who was [at the depot]" says nothing.
 */
const RELATIVE_SUBJECT =
  /^((?:(?:the|a|an|this|that)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|anyone|anybody|everyone|everybody|someone|somebody)\s+(?:who|that)\s+[\p{Ll}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,4}?)(?<!\s(?:is|are|was|were|been))\s+(?:in|at|on|during|from|near)\s+[^,;:]{1,40}?\s+((?:was|were|is|are|has|have|had|will|would|may|might|must|should|could|can)\s+\p{Ll}.*)$/iu;
/**
 * A subject, a named place after "at/in/near/…", then its finite verb; or a named route, which a
 * service or a flight is known by and says no more: "The 06.10 ferry from Dover to Calais ran aground".
 */
const PLACED_SUBJECT = new RegExp(
  String.raw`^((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[^,;:]{1,60}?)\s+(?:at|in|near|outside|off|on|from\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+to)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|do|del|la|le|of|on|upon))*\s+(` +
    FINITE_VERB.source.replace(/^\\b/, '') +
    String.raw`.*)$`,
  'u',
);
/**
 * A counted or determined subject ("Twelve fishermen", "The two climbers"), a past participle and its
 * phrase, then the clause's own passive or perfect verb: "Twelve fishermen seized off Somalia in March
 * were freed". The head must open on a determiner or a number, so "Officials confirmed workers … were
 * freed" is not read as one. A long phrase of place (30 characters or more) does the same, with the
 * nouns it joins by "and": "Some 900 staff at three depots and a call centre run by the council have
 * been told to stay home" is "Some 900 staff have been told to stay home", the figure kept; a short
 * one says where, and stays ("A junction near the site was closed").
 */
const PARTICIPLE = String.raw`(?:\p{Ll}{3,}ed|taken|held|stolen|caught|found|left|shot|hit|kept|brought|built|sold|sent|thrown|known|seen|beaten|driven|hidden|trapped|stranded)`;
const NUMBER_OR_DETERMINER = String.raw`(?:the|a|an|these|those|some|several|many|dozens|hundreds|thousands|all|both|\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[\p{Ll}]+)?)`;
/** Words no subject's head holds: a verb of its own ("The company has been criticised for …") or a clause word. */
const NOT_IN_HEAD = 'who|whom|whose|that|which|is|are|was|were|has|have|had|be|been|will|would|can|could|may|might|must|should|did|does|do|as|at|in|on|of';
/** A participle's phrase opens no clause: "The crash happened at 7:50 a.m. … as the bus was taking children" is a past tense. */
const CLAUSE_OPENER = 'as|when|while|because|after|before|that|which|who|where|if|until|since|and|but|or';
/** A character of the phrase after a subject's head, which opens no clause; "and" only joins two nouns ("three depots and a call centre"). */
const QUALIFIER = String.raw`(?:(?!\b(?:${CLAUSE_OPENER})\b)[^,;:]|\band\s+(?=${NUMBER_OR_DETERMINER}\s))`;
const REDUCED_RELATIVE_SUBJECT = new RegExp(
  String.raw`^(${NUMBER_OR_DETERMINER}(?:\s+(?!(?:${PARTICIPLE}|${NOT_IN_HEAD})\b)[\p{L}\d'’-]+(?:[,.]\d+)*){1,3}?)\s+(?:${PARTICIPLE}\s+${QUALIFIER}{1,80}?|(?:at|in|from|near)\s+${QUALIFIER}{30,80}?)\s+((?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+\p{Ll}+.*)$`,
  'iu',
);
function cutWords(text: string, maxWords: number, keep = ''): string {
  const total = countWords(text);
  if (total <= maxWords) return text;
  // A subject with a relative clause keeps its verb: "the man who killed four people in a brazen
  // courthouse escape was sentenced to prison…" is cut in the relative clause's phrase ("The man who
  // killed four people was sentenced to prison"), not before the verb ("The man who killed four people").
  const relative = RELATIVE_SUBJECT.exec(text);
  if (relative) return cutWords(`${relative[1]} ${relative[2]}`, maxWords, keep);
  // So does a subject with the place it is at: "A 60-metre section of the bridge at Peso da Regua gave
  // way" is "A 60-metre section of the bridge gave way", not the subject alone.
  const placed = PLACED_SUBJECT.exec(text);
  if (placed && countWords(placed[1]!) < maxWords) return cutWords(`${placed[1]} ${placed[2]}`, maxWords, keep);
  // And a subject with a participle phrase: "Twenty-three workers kidnapped from a highway site in
  // Zamfara state were reunited with their families" had been cut to "Twenty-three workers kidnapped
  // from a highway site", which reads as the kidnapping on the reunion's day.
  const reduced = REDUCED_RELATIVE_SUBJECT.exec(text);
  if (reduced && countWords(reduced[1]!) < maxWords) return cutWords(`${reduced[1]} ${reduced[2]}`, maxWords, keep);
  // A date the title keeps ("since the revolution of 1979") is worth a few words over the limit.
  const at = keep ? text.lastIndexOf(keep) : -1;
  if (at >= 0 && total <= maxWords + KEEP_SLACK && countWords(text.slice(0, at)) >= maxWords - KEEP_SLACK) return text;
  const words = [...text.matchAll(/\S+/g)];
  let counted = 0;
  let limit = words.length;
  for (let i = 0; i < words.length; i++) {
    // Counted as `total` is ("76ers/Sixers" is two words), or the limit could fall past the end.
    counted += countWords(words[i]![0]);
    if (counted > maxWords) {
      limit = i;
      break;
    }
  }
  const capital = (i: number) => /^[“"‘']?\p{Lu}/u.test(words[i]?.[0] ?? '');
  let cut = -1;
  // A comma is the clearest boundary; a whole phrase is worth keeping only if it keeps most of the room.
  for (let i = limit; i >= Math.ceil(maxWords * 0.6) && cut < 0; i--) if (/[,;:]$/.test(words[i - 1]![0])) cut = i;
  for (let i = limit; i >= Math.ceil(maxWords * 0.6) && cut < 0; i--) {
    const word = words[i]![0].replace(/[^\p{L}]/gu, '');
    const prev = words[i - 1]![0];
    const next = words[i + 1]?.[0].replace(/[^\p{L}]/gu, '') ?? '';
    const insideName = capital(i - 1) && capital(i + 1) && /^(?:and|of|for|de|da|do|del|la|le|von|van)$/.test(word);
    const insideRange = /\d/.test(prev) && /\d/.test(words[i + 1]?.[0] ?? '') && /^(?:to|and)$/.test(word);
    // "three and a half per cent", "two hundred and fifty": one figure, not "climb to three".
    const insideNumber =
      word === 'and' && ((/^an?$/i.test(next) && /^(?:half|quarter|third)/i.test(words[i + 2]?.[0] ?? '')) || (isFigure(prev) && isFigure(next)));
    const beforeVerb = /^\p{Ll}+ed$/u.test(next) && !/^(?:and|or|but|which|who|that)$/i.test(word);
    // A preposition starts a phrase only with an object after it: "went in but" is a particle.
    // (A figure is an object too: "cut rates by 25 basis points" has "by" start a phrase; read without
    // its digits the figure had been no word at all, and the cut fell mid-phrase, "… by 25 basis…".)
    const particle = PREPOSITION.test(word) && (!words[i + 1] || /^(?:and|but|or|then|as|when|while)$/i.test(next) || /[,;:.]$/.test(words[i]![0]));
    const boundary = (CUT_BEFORE.test(word) && !particle) || (CUT_BEFORE_DETERMINER.test(word) && DETERMINER.test(next));
    // "more than 200 people", "at least", "as many as", "up to": one phrase ("soon after more" was a title).
    // …and a preposition keeps its object: "could be jailed for [as long as eight years]" is not "jailed for".
    const comparison = /^than$/i.test(word) || /^(?:more|less|fewer|at|as|up)$/i.test(prev.replace(/[^\p{L}]/gu, '')) || PREPOSITION.test(prev);
    // "on trial for tragically killing a mother": a participle after a preposition or an adverb is their object, no new phrase.
    const governed = word.endsWith('ing') && (/^(?:for|of|by|from|without|after|before|in|on)$/i.test(prev) || ADVERB_END.test(prev));
    // "but" after "all", "none", "nothing" means "except" and starts no clause: "has governed for all
    // but five years since 1991" had been cut to "… governed by the party for all".
    const except = word === 'but' && /^(?:all|none|nothing|everything|anything|everyone|nobody|last)$/i.test(prev.replace(/[^\p{L}]/gu, ''));
    // "close all of the country's mines": "of" after a quantifier is inside its phrase ("… to close all" was a title).
    const partitive = word === 'of' && /^(?:all|most|some|many|much|none|each|both|half|any|several|few|one|part|rest)$/i.test(prev.replace(/[^\p{L}]/gu, ''));
    // "a curfew remains in force for …": a preposition and a bare noun are the state the verb puts
    // its subject in ("in place", "in custody", "at large"), no phrase of its own; the cut falls after
    // them, when that is within the slack.
    const afterState = words[i + 2]?.[0].replace(/[^\p{L}]/gu, '') ?? '';
    const state =
      STATE_PREPOSITION.test(word) &&
      /^\p{Ll}{3,}$/u.test(next) &&
      !DETERMINER.test(next) &&
      !/^\p{Ll}+ing$/u.test(next) &&
      (!afterState || CUT_BEFORE.test(afterState)) &&
      countWords(text.slice(0, words[i + 1]!.index + words[i + 1]![0].length)) <= maxWords + OVER_SLACK;
    if (state && !afterState) return text;
    if (state) cut = i + 2;
    else if (boundary && !partitive && !insideName && !insideRange && !insideNumber && !beforeVerb && !comparison && !governed && !except) cut = i;
  }
  // No phrase boundary: a word or two over the limit read better than a clause cut mid-phrase.
  if (cut < 0 && total <= maxWords + OVER_SLACK) return text;
  // Never cut a name in two ("near the village of Vale do…"): a shorter whole phrase is better.
  if (cut < 0 && capital(limit) && (capital(limit - 1) || /^(?:de|da|do|del|la|le|von|van|of|and)$/.test(words[limit - 1]![0]))) {
    for (let i = limit - 1; i > MIN_WORDS && cut < 0; i--) {
      const word = words[i]![0].replace(/[^\p{L}]/gu, '');
      const next = words[i + 1]?.[0].replace(/[^\p{L}]/gu, '') ?? '';
      if ((CUT_BEFORE.test(word) && !capital(i - 1)) || (CUT_BEFORE_DETERMINER.test(word) && DETERMINER.test(next))) cut = i;
    }
  }
  if (cut > 0) cut = beforeMeasure(words, cut);
  const end = cut > 0 ? cut : limit;
  let kept = text.slice(0, words[end - 1]!.index + words[end - 1]![0].length).replace(/[\s,;:—–-]+$/u, '');
  // A whole phrase: "went in", "brought out" keep their particle. A copula the cut took the complement
  // of goes ("pegged the Boston offer to be [as high as $184 million]" → "pegged the Boston offer").
  if (cut > 0) kept = withoutCutConjunct(kept);
  if (cut > 0) return COPULA_END.test(kept) && countWords(kept.replace(COPULA_END, '')) >= MIN_WORDS ? kept.replace(COPULA_END, '') : kept;
  while (DANGLING.test(kept) && countWords(kept.replace(DANGLING, '')) >= MIN_WORDS) kept = kept.replace(DANGLING, '');
  return `${kept}…`;
}

/** A conjunction the cut left at a title's end, with up to two words of what it joins. */
const CUT_CONJUNCT = /[\s,]+(?:and|or|but|nor)(?:\s+(\S+(?:\s+\S+)?))?$/i;
/**
 * A title does not end on the conjunction before the phrase cut off: "Norway, a member of NATO since
 * 1949 and [of the Schengen area …]", "The union will walk out again, and [next week]". Nor on a
 * second verb phrase the cut left only its auxiliary or copula and a word of: "The ferry left Dover
 * and was back [in port an hour later]" is "The ferry left Dover", a whole phrase. A full verb is a
 * phrase of its own and stays: "The bus left the road and rolled [down a bank]".
 */
function withoutCutConjunct(kept: string): string {
  const m = CUT_CONJUNCT.exec(kept);
  if (!m) return kept;
  const before = kept.slice(0, m.index);
  return !m[1] || (AUXILIARY.test(m[1]) && countWords(before) >= MIN_WORDS) ? before : kept;
}

/** A figure in words or digits: "three", "hundred", "40". */
const isFigure = (word: string) => /^\d[\d,.]*$/.test(word) || isNumberWord(word.toLowerCase());

/**
 * A cut before "from" that would leave a measure bare goes before the measure, hedge and all: "The
 * ferry overturned about 300 meters [from the jetty]" is cut to "The ferry overturned", as a
 * distance says nothing without the place it is measured from. `cut` is the first word cut off.
 */
function beforeMeasure(words: readonly RegExpMatchArray[], cut: number): number {
  const word = (i: number) => words[i]?.[0].replace(/[^\p{L}\p{N}]/gu, '') ?? '';
  if (word(cut).toLowerCase() !== 'from' || cut < 2 || !isFigure(words[cut - 2]![0]) || !/^\p{Ll}+$/u.test(word(cut - 1))) return cut;
  const hedged = /^(?:about|around|some|nearly|almost|roughly|approximately|just|over|under)$/i.test(word(cut - 3)) ? cut - 3 : cut - 2;
  return hedged > MIN_WORDS ? hedged : cut;
}
const COPULA_END = /\s+(?:to\s+)?(?:be|is|are|was|were|been|being)$/i;

/** Closes a quotation the cut left open, or drops a stray closing mark, so a title never reads as a broken quote. */
function balanceQuotes(raw: string): string {
  // A straight mark against a curly one ("\"Kimani made great strides,” the letter read"): one pair, written curly.
  // A straight pair is written curly, as a quotation the title keeps is: "“It is in mourning”".
  const text = raw
    .replace(/^"(?=[^"“]*”)/, '“')
    .replace(/(“[^"”]*)"/, '$1”')
    .replace(/(^|[\s(])"([^"“”]+)"(?=$|[\s,.;:!?)])/g, '$1“$2”');
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens > closes) return `${text}”`;
  if (closes > opens) return text.endsWith('”') && opens === 0 ? text.slice(0, -1) : `“${text}`;
  if ((text.match(/"/g) ?? []).length % 2 === 1) return text.startsWith('"') ? text.slice(1) : text.endsWith('"') ? text.slice(0, -1) : text;
  return text;
}

function tidy(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,;:.!?”’)])/g, '$1')
      .replace(/([“(])\s+/g, '$1')
      // An opening straight quote the blanked date left a space after: '" It is in mourning"'.
      .replace(/(^|\s)"\s+(?=\S)/g, '$1"')
      .replace(/,(?:\s*,)+/g, ',')
      .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '')
      .trim()
  );
}

function capitalise(text: string): string {
  return text.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_, lead: string, first: string) => lead + first.toLocaleUpperCase());
}

/**
 * `stripAttribution` keeps the speaker of "The board said it was sending a team" (for the aligner, the
 * pronoun stands for the board) and blanks only "said"; a title puts the speaker in the pronoun's place
 * itself (`PRONOUN`), unless the speaker is the pronoun's ("His family said he died"), so here the
 * whole frame goes, as for any other.
 */
function wholeLeadingFrame(sentence: string, stripped: string): string {
  const start = sentence.search(/\S/);
  let from = start;
  while (from < sentence.length && !(stripped[from] === ' ' && sentence[from] !== ' ')) from++;
  if (start < 0 || from === start || from >= sentence.length) return stripped;
  let to = from;
  while (to < sentence.length && stripped[to] === ' ') to++;
  return PRONOUN.test(stripped.slice(to)) ? ' '.repeat(to) + stripped.slice(to) : stripped;
}

/** The frame "The government said (that)" blanked at the start of a sentence, as its speaker ("The government"). */
function leadingSpeaker(sentence: string, stripped: string): string {
  let i = 0;
  while (i < sentence.length && /\s/.test(sentence[i]!)) i++;
  let j = i;
  while (j < sentence.length && stripped[j] === ' ') j++;
  const frame = sentence.slice(i, j).trim();
  const m = /^(.+?)\s+(?:said|says|say|told|tells|announced|confirmed|reported|added|stated|insisted|warned|claimed|declared)\b/i.exec(frame);
  // An appositive after the speaker says what it is, which the title does not: "The Water Agency, the
  // river's regulator, said it had …" → "The Water Agency had …".
  const who = m?.[1]!.replace(/,.*$/s, '').replace(/\s+(?:has|have|had|is|was|were|are|will|would|also)$/i, '');
  return who && countWords(who) <= SUBJECT_MAX_WORDS ? who : '';
}

/** The noun phrase after "of" that ends a subject: "The memory of the Erika" → "the Erika". */
const OF_PHRASE_END =
  /\sof\s+((?:the|a|an|its|their|his|her|this|that|these|those)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/**
 * A subject headed by a happening ("The collapse of the bridge, which killed 43 people"): "which" is
 * the happening, not the thing it befell, as it is for "The memory of the Erika, which broke in two".
 */
const HAPPENING_HEAD =
  /^(?:the|a|an|this|its|their|his|her)\s+(?:\p{L}+\s+)?(?:collapse|crash|fire|blaze|attack|death|blast|spill|leak|storm|flood|wreck|fall|loss|raid|strike|quake|earthquake|explosion|eruption|collision|evacuation|election|siege|murder|failure|closure|\p{L}{3,}ing)\s+of\b/iu;

/** The words of a clause before its verb, when they are a short subject ("Police were called …" → "Police"), else ''. */
function leadSubject(clause: string): string {
  const verb = FINITE_VERB.exec(clause);
  const subject = verb ? clause.slice(0, verb.index).trim() : '';
  return subject && countWords(subject) <= 4 && !/[,;:]/.test(subject) ? subject : '';
}

/**
 * The noun phrase right after a clause's verb, up to a preposition: "Met Éireann issued a status
 * yellow warning for the whole country" → "a status yellow warning"; '' when no determiner opens it.
 */
function verbObject(clause: string): string {
  const verb = FINITE_VERB.exec(clause);
  if (!verb) return '';
  const m = VERB_OBJECT.exec(clause.slice(verb.index + verb[0].length));
  return m && countWords(m[1]!) <= SUBJECT_MAX_WORDS && !FINITE_VERB.test(m[1]!) ? m[1]! : '';
}
const VERB_OBJECT =
  /^\s+((?:the|a|an|its|their|his|her|this|that|these|those)\s+[^,;:]*?)(?=\s+(?:for|in|at|on|to|from|across|over|with|by|into|near|after|before|during|until|since)\s|\s*$)/i;

/** The noun phrase a clause ends on, from its last determiner: "… for a brief sampling manoeuvre" → "a brief sampling manoeuvre". */
function trailingNounPhrase(text: string): string {
  // A named place after the noun is where the noun is, not what a clause after it is about: "her
  // patrol mission in the Gulf of Aden that commenced in September" is the mission's start, so a
  // phrase that is only the place gives way to the one before it.
  const phrase = nounPhraseEnding(text);
  const place = PLACE_AFTER_NOUN.exec(text);
  if (!place || text.length - phrase.length < place.index) return phrase;
  return nounPhraseEnding(text.slice(0, place.index)) || phrase;
}
/**
 * The noun a subject "which" stands for in a clause that ends on a comparison or a relation: the
 * object of its last "since", "than", "after", "like", … ("the worst storm since Hurricane Mara" →
 * "Hurricane Mara"), a name the clause ends on after a lower-case word, or the noun after the "of" of
 * its last noun phrase; '' when none.
 */
/** The object a noun phrase ends on after a preposition: "a crack in the sea wall" → "the sea wall". */
const NEAREST_OBJECT = /\s(?:in|of|on|at|near|inside|outside|beside|under)\s+((?:the|a|an|its|their|his|her)\s+[^\s,;:()]+(?:\s+[^\s,;:()]+){0,3})$/i;

function nounBeforeWhich(text: string): string {
  const object = /\s(?:since|than|after|before|like|unlike|following)\s+((?:(?:the|a|an|its|their|his|her)\s+)?[^\s,;:]+(?:\s+[^\s,;:]+){0,4})$/i.exec(text);
  // Only a phrase of its own: "after the merger with Acme Corp, which closed …" is no merger closing plants.
  const plain = (phrase: string) => !FINITE_VERB.test(phrase) && !/\b(?:of|in|at|on|to|for|with|by|from|since|than|after|before)\b/i.test(phrase);
  if (object && plain(object[1]!) && !/^(?:then|now|that|this|it|them)$/i.test(object[1]!)) return object[1]!;
  const name = /\s\p{Ll}+\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)$/u.exec(text);
  if (name) return name[1]!;
  // "the flop of the Halo smart glasses, which launched last fall": as after a subject (`OF_PHRASE_END`),
  // "which" is the noun after "of", unless the phrase is headed by a happening ("the collapse of the bridge").
  const of = OF_PHRASE_END.exec(text);
  return of && !HAPPENING_HEAD.test(trailingNounPhrase(text)) ? of[1]! : '';
}
/** A place named last, after a preposition of place: "… in the Gulf of Aden", "… near Paris". */
const PLACE_AFTER_NOUN = /\s(?:in|at|near|off|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*\s*$/u;
/** The noun phrase `text` ends on, places and all: "the head of the agency", "the Gulf of Aden". */
function nounPhraseEnding(text: string): string {
  // The longest run from a determiner to the end that holds no verb: "the head of the agency", but
  // "the suspect" of "…locked down the neighborhood and negotiated with the suspect".
  // A name's possessive opens one too: "Palmer's historic dairy building"; so does a count, "300 people"
  // ("The plant employs 300 people, who were given a pay rise" had put the whole clause before "were").
  for (const m of text.matchAll(
    /(?:^|\s)(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose)\s|\p{Lu}\p{L}*['’]s\s|\d[\d,]*\s+\p{Ll})/gu,
  )) {
    const phrase = text.slice(m.index + m[0].length);
    // A comma before a figure stays inside the phrase: "the three-year, $40 million deal"; so does
    // the colon of a time or a score: "the old record of 1:52.40".
    if (/;|:(?!\d)|,(?!\s*[$£€¥]?\d)/.test(phrase) || phrase.length > 61) continue;
    if (!FINITE_VERB.test(phrase) && !PRESENT_S_CLAUSE.test(phrase) && countWords(phrase) <= 7) return phrase;
  }
  return '';
}

/**
 * The event clause inside a body that holds the date: a subordinate clause ("after voters went to
 * the polls on Thursday") or a relative one ("a dam that killed four people in 2022") that starts at
 * most `CLAUSE_REACH` words before the date and has a subject of its own.
 */
const CLAUSE_REACH = 10;
/** A relative pronoun, then a lower-case word or a name and its verb ("the deal that Leo Marsh signed"). */
const RELATIVE_PRONOUN = new RegExp(String.raw`\s(?:that|which|who)\s+(?=\p{Ll}|(?:\p{Lu}\p{Ll}+\s+){1,2}${FINITE_VERB.source})`, 'gu');
/** Words that put a name after a noun as its place or its owner ("the coast of Somalia"), not as a clause's subject. */
const PLACE_PREPOSITIONS = 'of|in|at|on|for|to|from|with|by|off|near|outside|into';
/**
 * A noun phrase with its determiner, then a name and its past verb: the name opens a relative clause
 * with no "that" ("the £63m Leeds paid", "the record Hale set"). The noun's words are lower case or
 * figures, so two names in a row ("the Leeds United paid") are no such clause.
 */
const CONTACT_CLAUSE = new RegExp(
  String.raw`(?<=\s(?:the|a|an|its|their|his|her)\s+[\p{Ll}\p{N}$£€¥][^\s,;:]*(?:\s+(?!(?:${PLACE_PREPOSITIONS}|the|a|an|its|their|his|her|this|that)\s)\p{Ll}[^\s,;:]*){0,2})\s(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?!(?:is|are|was|were)\b)${FINITE_VERB.source})`,
  'gu',
);
/** What may stand between a subordinator used as a preposition and its date: "until [the early hours of] Monday". */
const DATE_OBJECT = /^\s*(?:the\s+(?:(?:early|small|late)\s+)?(?:hours|morning|afternoon|evening|night|end|start|beginning|middle|weekend)\s+of\s*)?$/i;
function clauseHoldingDate(body: string, dateAt: number): string | null {
  let best: string | null = null;
  const before = body.slice(0, dateAt);
  for (const m of before.matchAll(SUBORDINATOR)) {
    const rest = body.slice(m.index + m[0].length);
    const verb = FINITE_VERB.test(rest) || presentClause(rest, dateAt - m.index - m[0].length);
    // A subordinator that opens the body opens the clause the date is in, however long: "…, when a
    // delivery lorry carrying bricks lost its brakes on a steep hill in the old town on Friday".
    // Nor one whose object is the date itself, the verb after it an infinitive's: "searched the woods
    // until the early hours of Monday to make sure nobody was missing" is the search.
    if (
      DATE_OBJECT.test(before.slice(m.index + m[0].length)) ||
      NO_SUBJECT.test(rest) ||
      HEDGE.test(rest) ||
      !verb ||
      countWords(rest) < MIN_WORDS ||
      (m.index > 0 && countWords(before.slice(m.index)) > CLAUSE_REACH + 1)
    )
      continue;
    best = rest;
  }
  // A relative clause without its pronoun: "…surpasses the £63m Leeds paid Ajax for Tom Hale in 2022"
  // dates what Leeds paid, not the comparison made today.
  for (const m of before.matchAll(CONTACT_CLAUSE)) {
    if (countWords(before.slice(m.index)) <= CLAUSE_REACH) best = body.slice(m.index + m[0].length);
  }
  for (const m of before.matchAll(RELATIVE_PRONOUN)) {
    // Only after a comma: "Everyone who skied today knew …" restricts "Everyone", a capital that names no one.
    const name =
      /who\s+$/.test(m[0]) && before.slice(0, m.index).endsWith(',')
        ? TRAILING_NAME.exec(before.slice(0, m.index - 1))?.[1]?.replace(/^(?:For|To|With|By|From|At|In|On|Of|And|But)\s+/, '')
        : undefined;
    if (name && countWords(before.slice(m.index)) <= CLAUSE_REACH) {
      best = `${name} ${body.slice(m.index + m[0].length)}`; // "For Priya Raman, who became chief executive in March 2021, …"
      continue;
    }
    const head = trailingNounPhrase(before.slice(0, m.index));
    // Only a relative clause on an object: one on the subject ("A doctor who dived in on Tuesday judged …") is not the whole event.
    const subjectOnly = countWords(before.slice(0, m.index)) === countWords(head);
    if (!head || subjectOnly || countWords(before.slice(m.index)) > CLAUSE_REACH || REPORTED.test(before.slice(0, m.index + m[0].length))) continue;
    best = `${head} ${body.slice(m.index + 1)}`;
  }
  return best;
}

/**
 * A short title for the event a time expression dates: the clause around `start`/`end` (UTF-16
 * offsets of the expression in `sentence`) without dateline, attribution, asides or the locator
 * phrases of the expression and of `otherTimes` (the sentence's other time expressions), joined to
 * its subject when an appositive split it off, and cut to `maxWords` words.
 */
export function eventTitle(raw: string, start: number, end: number, maxWords = TITLE_MAX_WORDS, otherTimes: readonly Range[] = []): string {
  // The clause stops at a sentence end inside a quotation kept whole: "“She had her whole life ahead
  // of her. On March 1 it was taken away”" dates the taking, not the first sentence's state.
  const around = typeof raw === 'string' ? quotedSentenceAround(raw, start, end) : undefined;
  if (around && (around.start > 0 || around.end < raw.length)) {
    const shift = (r: Range) => ({ ...r, start: r.start - around.start, end: r.end - around.start });
    const others = otherTimes.filter((r) => r.start >= around.start && r.end <= around.end).map(shift);
    return eventTitle(raw.slice(around.start, around.end), start - around.start, end - around.start, maxWords, others);
  }
  const reported = typeof raw === 'string' ? relativeSaying(raw, start, end) : null;
  if (reported) {
    // The claim's own dates move with it; the others are outside the sentence it becomes.
    const inClaim = otherTimes
      .map((o) => ({ start: o.start + reported.shift, end: o.end + reported.shift }))
      .filter((o) => o.start >= reported.claimStart && o.end <= reported.text.length);
    return eventTitle(reported.text, reported.start, reported.end, maxWords, inClaim);
  }
  const ofSubject = typeof raw === 'string' ? clauseOfSubject(raw, start, end, otherTimes) : null;
  if (ofSubject) {
    const within = otherTimes
      .filter((o) => o.start >= ofSubject.from && o.end <= ofSubject.to)
      .map((o) => ({ start: o.start + ofSubject.shift, end: o.end + ofSubject.shift }));
    return eventTitle(ofSubject.text, start + ofSubject.shift, end + ofSubject.shift, maxWords, within);
  }
  const own = ownConjunct(raw, start, end, otherTimes);
  if (own) return eventTitle(own.text, own.start, own.end, maxWords, own.others);
  const trailing = trailingGerund(raw, start, end, maxWords) ?? datedNounPhrase(raw, start, end, maxWords) ?? phraseBeforeDate(raw, start, end, maxWords);
  if (trailing) return withoutLeaningEnd(trailing);
  // "When he escaped": a subordinate clause that is the whole title is what happened.
  const clause = clauseTitle(raw, start, end, maxWords, otherTimes);
  const title = SUBORDINATE_PRONOUN.test(clause) ? capitalise(clause.replace(SUBORDINATE_PRONOUN, '')) : clause;
  const repaired = isFragment(title)
    ? (repairedTitle(title, raw, start, end, maxWords, otherTimes) ?? title)
    : (mainAfterSetting(title, raw, start, end, maxWords, otherTimes) ?? title);
  return withQuote(withoutLeaningEnd(repaired), raw, end, maxWords);
}

/** "which" or "that" as the object of a clause with a pronoun subject: "which it will book as a charge". */
const OBJECT_RELATIVE = /^(?:which|that)\s+(it|they|he|she|we)\s+(?=\p{Ll})/iu;
/** A clause put in between commas, about something else than the phrase after it leans on. */
const INTERJECTED = /^(?:when|where|which|who|whom|whose)\s/i;
/**
 * A clause that ends on the subject of its "that" clause: "but warned that the winds"; a bare plural
 * too, as the subject of an object relative: "a sum that ministers, who underwrite the operator,
 * signed off last week" is what ministers did ("Ministers signed off").
 */
const THAT_SUBJECT = /\bthat\s+((?:the|a|an|its|their|his|her|this|these|those)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}|\p{Ll}{3,}s)$/iu;

/** A clause that ends on the subject of what was said, with no "that": "and said the pool". */
const SAID_SUBJECT = /\b(?:said|says|added|warned|insisted|stated)\s+((?:the|a|an|its|their|his|her|this|these|those)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})$/iu;

/**
 * The subject a predicate lost to asides after "said the NOUN" (`SAID_SUBJECT`), looking back from
 * the last of `before` (the pieces before the predicate's) past appositives, figures and participle
 * phrases ("opened in 2019"); '' when no such saying is there.
 */
function subjectOfSaying(before: readonly string[]): string {
  let lean = before.length - 1;
  while (lean > 0 && (isAppositive(before[lean]!) || statesFigure(before[lean]!) || (opensPredicate(before[lean]!) && !AUXILIARY.test(before[lean]!)))) lean--;
  return lean < before.length - 1 ? (SAID_SUBJECT.exec(before[lean]!)?.[1] ?? '') : '';
}

/**
 * A noun phrase between commas after a noun says what it is: "She bought Ouessant, a second-hand
 * racing yacht, in 2022" is the purchase, not "A second-hand racing yacht".
 */
function isAppositive(piece: string): boolean {
  // Its participles are adjectives ("a listed building"); an auxiliary or a relative makes it a clause.
  return /^(?:a|an|the)\s/i.test(piece) && !/\b(?:who|which|that)\b/i.test(piece) && !AUXILIARY_ANYWHERE.test(piece) && countWords(piece) <= 7;
}
const AUXILIARY_ANYWHERE = new RegExp(AUXILIARY.source.replace('^', '\\b'), 'i');

/** Most words of an aside between commas that `statesFigure` keeps in a title. */
const FIGURE_ASIDE_MAX_WORDS = 6;
/** An age, which the title drops as it drops ", 31,": "aged 31", "a 31-year-old", "58 years old". */
const AGE_ASIDE = /\baged\b|-year-old\b|\byears?\s+old\b/i;
/** An aside that tells when or why, not what the subject is: "The strike, after 30 days, ended". */
const TIME_OR_CAUSE_OPENER = /^(?:after|before|since|until|till|during|while|as|because|once|if|although|though)\b/i;
/** A year alone is a date, which a title never names for a card it is not on ("The tower, 1868, fell"). */
const BARE_YEAR = /^(?:1\d|20)\d\d$/;

/**
 * An aside between commas that states a figure about the noun before it: "The budget, worth $3
 * million, was approved", "The contract, valued at €40m, was signed", "The span, 300 metres long,
 * opened". The figure is what the reports are compared on, so a title that joins the subject to its
 * predicate keeps it; an aside without one ("The ship, a 1960s-era liner, sank") still goes, as do
 * ages and clauses ("which employs 300 people", "when 600 miners died").
 */
function statesFigure(piece: string): boolean {
  if (countWords(piece) > FIGURE_ASIDE_MAX_WORDS || AGE_ASIDE.test(piece) || AUXILIARY_ANYWHERE.test(piece)) return false;
  if (RELATIVE.test(piece) || INTERJECTED.test(piece) || TIME_OR_CAUSE_OPENER.test(piece)) return false;
  const words = piece.match(/[$£€¥₹]?[\p{L}\p{N}]+(?:[.,-][\p{L}\p{N}]+)*/gu) ?? [];
  // "one" is as often a pronoun as a count: "the tower, one of the oldest in Europe".
  return words.some((w) => /^[$£€¥₹]\d/u.test(w) || (isFigure(w) && !BARE_YEAR.test(w) && w.toLowerCase() !== 'one'));
}

/** A place given by distance and bearing from another: "about 10km west of the town", "two miles upstream". */
const BEARING_ASIDE =
  /^(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only)\s+)?(?:\d[\d.,]*|an?|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|yards?)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|inland|upstream|downstream|offshore|outside|from|off)\b/i;

/** A subordinate clause that sets the scene rather than telling the event: "as commuters were heading home". */
const SETTING_CLAUSE = /^(?:as|while|whilst|although|though)\s/i;

/**
 * The main clause after a clause of setting that `title` is: "Just before 7pm on Friday, as commuters
 * were heading home for the weekend, the lights went out" is the lights going out, not the commute.
 * Null when the title is no such clause or nothing but a fragment follows it.
 */
function mainAfterSetting(title: string, raw: string, start: number, end: number, maxWords: number, otherTimes: readonly Range[]): string | null {
  if (!SETTING_CLAUSE.test(title) || typeof raw !== 'string') return null;
  const at = raw.toLowerCase().indexOf(title.toLowerCase());
  const comma = at < 0 ? -1 : raw.indexOf(',', at + title.length);
  if (comma < 0 || comma < end) return null;
  const chars = raw.replace(/\s/g, ' ').split('');
  blank(chars, 0, comma + 1);
  blank(chars, start, end);
  const main = clauseTitle(chars.join(''), start, end, maxWords, otherTimes);
  return main && !isFragment(main) && !SETTING_CLAUSE.test(main) ? main : null;
}

/**
 * One subject, two dated verb phrases ("The jury began hearing the case Sept. 22 and convicted Nichols
 * on Nov. 7", "Rahman won the title in 2005 but lost it a year later"): each date's card is the
 * subject with its own verb phrase, "The jury convicted Nichols" for Nov. 7, not the first phrase with
 * the other's date. The sentence is cut to that subject and phrase (offsets moved with it); undefined
 * unless both phrases hold a date, so a date that may belong to both verbs ("arrested and charged him
 * on Monday") keeps the whole.
 */
function ownConjunct(
  raw: string,
  start: number,
  end: number,
  otherTimes: readonly Range[],
): { text: string; start: number; end: number; others: Range[] } | undefined {
  if (!otherTimes.length) return undefined;
  // The nearer of the two: a subject may run to eight words ("Members of the Rail Workers' Union (RWU)
  // walked out … and will strike again on Thursday"), and a past `FINITE_VERB` does not list may come first.
  const listed = FIRST_VERB.exec(raw)?.[1];
  const unlisted = subjectBeforePast(raw);
  const verb = listed && unlisted ? (unlisted.length < listed.length ? unlisted : listed) : (listed ?? unlisted);
  // A subject with a clause of its own ("The man who was arrested on Monday and charged …") is no simple subject.
  if (!verb || /,|\b(?:who|which|that|whose|whom)\b/i.test(verb)) return undefined;
  const verbAt = verb.length;
  CONJUNCT.lastIndex = verbAt;
  for (let m = CONJUNCT.exec(raw); m; m = CONJUNCT.exec(raw)) {
    const second = m.index + m[0].length;
    // A second clause with a subject of its own ("Jury selection began on 8 March and opening
    // statements were heard on 29 March") is its date's title whole; a verb phrase takes the first subject.
    const clause = FIRST_VERB.exec(raw.slice(second));
    const ownSubject = !opensPredicate(raw.slice(second)) && !!clause && !/,|^(?:who|which|that|whose|whom|where|when)\b/i.test(clause[1]!);
    if (!opensPredicate(raw.slice(second)) && !ownSubject) continue;
    const inFirst = (r: Range) => r.start >= verbAt && r.end <= m!.index;
    const inSecond = (r: Range) => r.start >= second;
    const others = otherTimes.filter((r) => r.start !== start || r.end !== end);
    if (inSecond({ start, end }) && others.some(inFirst)) {
      // A passive's auxiliary serves both participles: "He was jailed in April 2018 and freed 19 months later".
      const auxiliary = ownSubject ? '' : (PASSIVE_AUXILIARY.exec(raw.slice(verbAt))?.[0] ?? '');
      const passive = auxiliary && /^\p{Ll}+(?:ed|en|wn)\b/u.test(raw.slice(second)) ? auxiliary : '';
      const shift = ownSubject ? second : second - verbAt - passive.length;
      const text = ownSubject ? raw.slice(second) : raw.slice(0, verbAt) + passive + raw.slice(second);
      return { text, start: start - shift, end: end - shift, others: others.filter(inSecond).map((r) => ({ start: r.start - shift, end: r.end - shift })) };
    }
    if (inFirst({ start, end }) && others.some(inSecond)) return { text: raw.slice(0, m.index), start, end, others: others.filter(inFirst) };
  }
  return undefined;
}
/** A short subject without a comma, then its finite verb: group 1 is the subject and the space after it. */
const FIRST_VERB = new RegExp(String.raw`^((?:(?:[\p{L}\p{N}'’.-]+|\([^()]{1,30}\))\s+){1,8}?)(?=${FINITE_VERB.source})`, 'u');
/**
 * The subject and the space after it when a past form `FINITE_VERB` does not list follows it, a past
 * that is its present too ("The resort shut every sector …", "Traders cut their bets …"), as the
 * tagger's tense cues know them; not after a determiner, where such a word is a noun or an adjective
 * ("the shut door", "a rate cut").
 */
function subjectBeforePast(raw: string): string | undefined {
  const words = [...raw.slice(0, 200).matchAll(/([\p{L}\p{N}'’.-]+)\s+/guy)].slice(0, 6);
  for (let i = 1; i < words.length; i++) {
    const word = words[i]![1]!;
    if (!/^\p{Ll}+$/u.test(word) || DETERMINER.test(words[i - 1]![1]!)) continue;
    // An adverb of order before the verb is the first verb phrase's, not the subject's: "Inspectors
    // first visited the site on March 3 and returned on Tuesday" did not first return.
    if (classify(word) === 'PAST' || isIrregularForm(word)) return raw.slice(0, words[i]!.index).replace(ORDER_ADVERB_END, ' ');
  }
  return undefined;
}
const ORDER_ADVERB_END = /\s(?:first|initially|originally|previously|once|already|finally|twice)\s+$/i;
/** "was", "were", "has been", "had been" before a participle: a passive, or a perfect, of the first verb phrase. */
const PASSIVE_AUXILIARY = /^(?:(?:was|were|is|are)|(?:has|have|had)\s+been)\s+(?=\p{Ll}+(?:ed|en|wn)\b)/u;
/** "and"/"but" (maybe after a comma) before a second verb phrase of the same subject. */
const CONJUNCT = /,?\s+(?:and|but)\s+(?:then\s+|later\s+)?/g;

function withoutLeaningEnd(title: string): string {
  let t = title;
  while (NEVER_LAST.test(t) && countWords(t.replace(NEVER_LAST, '')) >= MIN_WORDS) t = t.replace(NEVER_LAST, '');
  return t;
}

/**
 * "Mr. LaRue said in 1971, “I'm no millionaire.”": a title that is only its speaker and the verb
 * says nothing; what was said is the event, so the quote that follows goes with it.
 */
function withQuote(title: string, raw: string, end: number, maxWords: number): string {
  if (!SPEAKER_ONLY.test(title) || typeof raw !== 'string') return title;
  const quote = /["“]([^"“”]{3,})["”]/.exec(raw.slice(end));
  if (!quote) return title;
  const said = quote[1]!.trim().replace(/[.,;:!?]+$/, '');
  return `${title}: “${cutWords(said, Math.max(MIN_WORDS, maxWords - countWords(title)))}”`;
}
const SPEAKER_ONLY = /^[^,;:]{1,60}\s(?:said|says|told|tells|wrote|writes|added|stated|declared)$/;

/** Where a participle phrase starts: ", citing weak demand", ", adding that talks had failed". */
const PARTICIPLE_OPENS = /,\s+\p{Ll}{3,}ing\b/gu;
/** A frame of saying right before it: ", the company said on Tuesday", ", its leader said". */
const FRAME_BEFORE =
  /,\s+[^,;:“”"]{1,50}\s(?:said|says|announced|confirmed|added|told\s+\S+)(?:\s+(?:(?:on|late|early)\s+)?\S+(?:\s+(?:morning|afternoon|evening|night))?)?$/i;
/**
 * The sentence with the participle phrase that follows a frame of saying blanked to its end (same
 * length), so the frame is seen as closing the claim: "Veltra will close its plant …, the company said
 * on Tuesday, blaming weak demand" was titled "The company said". What the speaker cited is why, not what.
 */
function withoutParticipleAfterFrame(sentence: string, dateAt: number): string {
  for (const m of sentence.matchAll(PARTICIPLE_OPENS)) {
    // A date inside the phrase dates what it adds ("…, adding that residents could return on Wednesday").
    if (m.index < dateAt) continue;
    if (!FRAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
    const stop = /[.!?]\s*$/.exec(sentence)?.[0] ?? '';
    return sentence.slice(0, m.index) + stop.trim() + ' '.repeat(sentence.length - m.index - stop.trim().length);
  }
  return sentence;
}

function clauseTitle(raw: string, start: number, end: number, maxWords: number, otherTimes: readonly Range[]): string {
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ') : '';
  const clamp = (n: number, lo: number) => Math.max(lo, Math.min(Number.isFinite(n) ? Math.trunc(n) : lo, sentence.length));
  let s = clamp(start, 0);
  let e = clamp(end, s);

  // An expression inside brackets that say more than the date dates what the brackets say.
  const bracketed = asides(sentence).find((a) => a.start <= s && e <= a.end);
  if (bracketed) {
    const open = sentence.indexOf(sentence.slice(bracketed.start).trimStart()[0]!, bracketed.start) + 1;
    const inner = sentence.slice(open, bracketed.end - 1);
    if (countWords(inner) - countWords(sentence.slice(s, e)) >= MIN_WORDS) return eventTitle(inner, s - open, e - open, maxWords);
    // A date restated in brackets ("on Thursday (3 April)") stands for the words before it.
    const word = /((?:(?:last|this|next|past|coming)\s+)?\S+(?:\s+(?:morning|afternoon|evening|night))?)\s*$/i.exec(sentence.slice(0, bracketed.start));
    [s, e] = word && BARE_ADVERB.test(word[1]!) ? [word.index, bracketed.end] : [bracketed.start, bracketed.end];
  }

  const chars = sentence.split('');
  const dateline = DATELINE.exec(sentence);
  if (dateline && countWords(sentence.slice(dateline[0].length)) >= MIN_WORDS) blank(chars, 0, dateline[0].length);
  const stripped = wholeLeadingFrame(sentence, stripAttribution(withoutParticipleAfterFrame(sentence, s)));
  const speaker = leadingSpeaker(sentence, stripped);
  for (let i = 0; i < sentence.length; i++) if (stripped[i] === ' ' && sentence[i] !== ' ' && !(s <= i && i < e)) chars[i] = ' ';
  for (const a of asides(sentence)) if (!(s <= a.start && a.end <= e)) blank(chars, a.start, a.end);
  // Before a relative clause the first comma stays, so the clause is still one ("Imran Siddiqui, 58, who was stabbed").
  for (const m of sentence.matchAll(AGE))
    blank(chars, m.index + (RELATIVE.test(sentence.slice(m.index + m[0].length).trimStart()) ? 1 : 0), m.index + m[0].length);
  if (!chars.join('').trim()) return tidy(sentence).slice(0, LABEL_MAX);
  // The expression inside a removed frame ("…, the minister said on Thursday"): the claim is the title.
  const framed = !/\S/.test(chars.slice(s, e).join('')) || stripped.slice(s, e).trim() === '';
  if (framed) blank(chars, s, e);

  let text = chars.join('');
  const pieces = splitPieces(text, s, e).filter((p) => p.end > p.start);
  if (pieces.length === 0) return tidy(sentence).slice(0, LABEL_MAX);
  const pieceOf = (i: number) => pieces.findIndex((p) => p.start <= i && i < Math.max(p.end, p.start + 1));
  let at = framed ? -1 : pieceOf(s);
  if (at < 0)
    at = Math.max(
      0,
      pieces.findIndex((p) => countWords(text.slice(p.start, p.end)) >= MIN_WORDS),
    );
  // A date coordinated with this one ("fined in 2016 and 2018", "in March, April and May") is the
  // same locator said again: it goes with it, connector and all, or the title reads "fined and 2018"
  // (one by one below, the other date stays as what "and" relates to).
  const others = otherTimes.map((o) => [clamp(o.start, 0), clamp(o.end, 0)] as const).sort((x, y) => x[0] - y[0]);
  let [from, to] = [s, e];
  for (let grew = true; grew;) {
    grew = false;
    for (const [os, oe] of others) {
      // …and so is one right beside it: "on Monday next week" tagged as "Monday" and "next week".
      if (os >= to && (COORDINATOR.test(sentence.slice(to, os)) || /^\s+$/.test(sentence.slice(to, os)))) {
        blank(chars, to, oe);
        [to, grew] = [oe, true];
      } else if (oe <= from && (COORDINATOR.test(sentence.slice(oe, from)) || /^\s+$/.test(sentence.slice(oe, from)))) {
        blank(chars, os, from);
        [from, grew] = [os, true];
      }
    }
  }
  blankParallel(chars, sentence, from, to, others);
  // The sentence's other dates go too, so a card's title never names a date the card is not on.
  for (const o of adjacentJoined(otherTimes, sentence, s, e)) {
    const [os, oe] = [clamp(o.start, 0), clamp(o.end, 0)];
    if (oe <= os || (os < e && s < oe) || !/\S/.test(chars.slice(os, oe).join(''))) continue;
    const piece = pieces[pieceOf(os)];
    if (piece) dropLocator(chars, os, oe, piece.start);
  }
  // The locator before the first of coordinated dates ("in March, April and May") is this date's too.
  if (!framed) dropLocator(chars, from, to, pieces[from < s ? Math.max(0, pieceOf(from)) : at]!.start);
  // The dates taken out of a list at the sentence's end leave its conjunction: "will strike again
  // tomorrow, on Friday and on Monday" read "… will strike again, and" without them. (One with more
  // after it stays: "lost its ferry and, in 2016, its last bank" says the title is not all.)
  const dangling = /[\s,;]+(?:and|or|nor)[\s,;]*[.!?]?\s*$/i.exec(chars.join(''));
  if (dangling && chars.slice(0, dangling.index).join('').trim()) blank(chars, dangling.index, chars.length);
  text = chars.join('');
  const words = (p: Range | undefined) => (p ? countWords(text.slice(p.start, p.end)) : 0);
  const str = (p: Range) => text.slice(p.start, p.end).trim();

  // The subject: the first piece that is neither empty nor a scene-setting opener ("On Thursday, …").
  const first = pieces[0]!;
  let subjectIndex = pieces.findIndex((p) => words(p) > 0 && !(SCENE.test(str(p)) && words(p) <= 7));
  if (subjectIndex < 0 || subjectIndex >= pieces.length - 1) subjectIndex = 0;
  const subject = pieces[subjectIndex]!;
  // "Peggy Doran, who wound the clock for decades, climbed …": the subject without its relative clause.
  // "Subsea cable operator, Seacom, announced …": the name in apposition says who, better than the description.
  const apposed = pieces[subjectIndex + 1] && subjectIndex + 1 < at ? str(pieces[subjectIndex + 1]!) : '';
  const subjectText =
    APPOSED_NAME.test(apposed) && /^\p{Lu}?\p{Ll}/u.test(str(subject)) && !/\p{Lu}/u.test(str(subject).slice(1))
      ? apposed
      : str(subject)
          .replace(/\s+(?:who|which|whose|that)\s.*$/i, '')
          .replace(LEADING_CONNECTIVE, '');
  // The predicate a subject lost to an appositive: an auxiliary ("was closed") before a past tense ("surfaced").
  const near = (i: number) => i > subjectIndex && i <= subjectIndex + 3;
  let predicateIndex = pieces.findIndex((p, i) => near(i) && AUXILIARY.test(str(p)));
  // A regular past tense first: an irregular form may be an appositive's participle ("divers, flown in from Yorkshire, surfaced …").
  for (const opens of [opensRegularPredicate, opensPredicate])
    if (predicateIndex < 0) predicateIndex = pieces.findIndex((p, i) => near(i) && opens(str(p)) && !LEANING.test(str(p)) && !AGENT_PARTICIPLE.test(str(p)));
  // A participle followed by another verb's piece is an appositive: "The tower, completed in 1868, fell on Monday".
  const then = pieces[predicateIndex + 1];
  if (
    predicateIndex > 0 &&
    then &&
    near(predicateIndex + 1) &&
    !AUXILIARY.test(str(pieces[predicateIndex]!)) &&
    (opensPredicate(str(then)) || OPENS_PRESENT_S.test(str(then))) &&
    !LEANING.test(str(then))
  )
    predicateIndex++;
  const subjectFits = words(subject) <= SUBJECT_MAX_WORDS && !opensPredicate(str(subject)) && !LEANING.test(str(subject));
  // The subject as a title joins it to a predicate an aside split off, with the asides that state a figure about it.
  const figures =
    predicateIndex > subjectIndex + 1
      ? pieces
          .slice(subjectIndex + 1, predicateIndex)
          .map(str)
          .filter(statesFigure)
      : [];
  const subjectTold = figures.length ? `${subjectText}, ${figures.join(', ')},` : subjectText;

  // Nothing left of the piece once the date is gone ("The collapse, in September 2022, followed …",
  // "RESULT:"): the sentence's main clause is the title.
  let body: Range = { ...pieces[at]! };
  let prefix = '';
  let suffix = '';
  let leaning = false;
  const emptied = words(body) === 0 || (at === 0 && words(body) < 2 && pieces.length > 1);
  // …or the piece only sets the scene of the main clause: "But King, in her interview with
  // investigators at 3 a.m. on Sunday, never said a word about …" tells what King did on Sunday.
  if ((emptied || SCENE.test(str(body))) && at > subjectIndex && at < predicateIndex && subjectFits) {
    body = { ...subject };
    at = subjectIndex;
  } else if (emptied) {
    // Nor an aside that states a figure ("The council approved the budget, worth $3 million, on
    // Tuesday"): the clause it is said in is the title, and the figure goes with it.
    // Nor one that only says where, by distance and bearing: "…at Tallow Point, about 8km north of
    // the town, at 6am on Friday" is what happened at the point.
    const aside = (p: Range, i: number) => i > 0 && (isAppositive(str(p)) || BEARING_ASIDE.test(str(p)) || (statesFigure(str(p)) && !opensPredicate(str(p))));
    const before = pieces.slice(0, at).findLastIndex((p, i) => words(p) >= MIN_WORDS && !aside(p, i));
    // Not another opener that only sets the scene: "On Tuesday evening, shortly after half past six,
    // part of the bridge fell away" is the bridge, not "Shortly after half past six".
    const sceneOnly = (p: Range) => SCENE.test(str(p)) && words(p) <= 7;
    const told = pieces.findIndex((p, i) => i > at && words(p) >= 2 && !sceneOnly(p));
    const after = told >= 0 ? told : pieces.findIndex((p, i) => i > at && words(p) >= 2);
    const emptiedAt = at;
    at = after >= 0 && (before < 0 || at === 0 || words(pieces[at]) > 0) ? after : Math.max(0, before);
    body = { ...pieces[at]! };
    let next = at + 1;
    while (at < emptiedAt && next < emptiedAt && statesFigure(str(pieces[next]!)) && !opensPredicate(str(pieces[next]!))) body.end = pieces[next++]!.end;
  } else if (
    at > 0 &&
    !opensPredicate(str(body)) &&
    !RELATIVE.test(str(body)) &&
    !SUBORDINATE_PRONOUN.test(str(body)) &&
    (words(body) < 2 ||
      (words(body) <= MIN_WORDS && /^\p{Ll}/u.test(str(body)) && !STARTS_NOUN_PHRASE.test(str(body))) ||
      (framed && /^\p{Ll}/u.test(str(body)) && statesFigure(str(body))))
  ) {
    // A fragment that leans on the clause before it: "…were brought out, one by one over the course of today".
    // So does a figure said of the noun before it, when the verb went with a frame: "The grant, worth
    // four million euros, was announced on Monday" (a clause after a name, "Lion Air, founded in 1999,
    // operates 100 flights daily", has the same shape with its verb kept).
    // Past a clause put in between ("Deaths have fallen since the 1990s, when 600 miners died each
    // year, to about 50 last year" is the fall to 50), which goes from the title.
    let lean = at - 1;
    while (lean > 0 && (INTERJECTED.test(str(pieces[lean]!)) || isAppositive(str(pieces[lean]!)))) lean--;
    if (lean < at - 1) text = text.slice(0, pieces[lean]!.end) + ' '.repeat(pieces[at]!.start - pieces[lean]!.end) + text.slice(pieces[at]!.start);
    body.start = pieces[lean]!.start;
    at = lean;
  }

  // "… since 2019, when falling stonework forced the council to fence it off": the "when" clause is what happened then.
  const whenNext = pieces[at + 1] ? /^when\s+/i.exec(str(pieces[at + 1]!)) : null;
  // Only when the date is kept as an object or a relation ("remember the spring of 2019", "since
  // 2019"); a located clause ("Their absence was noticed on Sunday, when …") is the event itself.
  const dateKept = /\S/.test(text.slice(s, e));
  const dateEndsPiece = !framed && dateKept && !text.slice(e, pieces[at]!.end).trim() && pieceOf(s) === at;
  if (whenNext && dateEndsPiece && words(pieces[at + 1]) - 1 >= MIN_WORDS && !NO_SUBJECT.test(str(pieces[at + 1]!).slice(whenNext[0].length))) {
    body = { start: pieces[at + 1]!.start + whenNext[0].length, end: pieces[at + 1]!.end };
    at += 1;
    prefix = ' '; // stands alone: no subject or appositive rules
  }
  let bodyText = str(body);
  for (let m = LEADING_CONNECTIVE.exec(bodyText); m; m = LEADING_CONNECTIVE.exec(bodyText)) bodyText = bodyText.slice(m[0].length);
  const relative = RELATIVE.exec(bodyText);
  let agentNoun = '';
  let saidSubject = '';
  const objectRelative = OBJECT_RELATIVE.exec(bodyText);
  if (prefix === ' ') {
    prefix = '';
  } else if (objectRelative && at > 0) {
    // "Halden expects the recall to cost $300m, which it will book as a charge in its results on
    // Oct. 30": "which" is the object of a clause with its own subject, and that clause is what the
    // date is for, not the noun before "which" ("The recall to cost $300m"). An "it" or "they" is
    // the name the sentence opens on, when it opens on one.
    const opener = /^((?:\p{Lu}[\p{L}'’.&-]*\s+){0,2}\p{Lu}[\p{L}'’.&-]*)\s+\p{Ll}/u.exec(str(first))?.[1];
    const named = opener && !STARTS_NOUN_PHRASE.test(opener) && /^(?:it|they)$/i.test(objectRelative[1]!) ? opener : objectRelative[1]!;
    bodyText = `${named} ${bodyText.slice(objectRelative[0].length)}`;
  } else if (relative && at > 0) {
    const prevText = str(pieces[at - 1]!);
    const name = /^who/i.test(relative[0]) ? TRAILING_NAME.exec(prevText) : null;
    // "A warning covered the country from last Thursday, which expired on Sunday": after a clause that
    // ends on a date, "which" is not the noun right before the date, from which the date parts it. After
    // the date a state began ("from", "since") it goes on with that state, its subject's; after any
    // other date, with what the clause's verb acted on ("issued a warning for the whole country last
    // Thursday, which expired …" is the warning).
    const prev = pieces[at - 1]!;
    const prevRaw = sentence.slice(prev.start, prev.end);
    const dateEnds =
      name || !/^which\b/i.test(relative[0])
        ? undefined
        : others.find(([os, oe]) => os >= prev.start && oe <= prev.end && !/\S/.test(sentence.slice(oe, prev.end)));
    const clauseSubject = !dateEnds ? '' : /\b(?:from|since)\s+$/i.test(sentence.slice(prev.start, dateEnds[0])) ? leadSubject(prevRaw) : verbObject(prevText);
    // Between commas after the subject, "who" or "which" adds what the subject did: "The minister,
    // who resigned in March, …" → "The minister resigned".
    // Not after a clause in the present "-s": "The plant employs 300 people, who were given …" is the people.
    const ofSubject =
      at - 1 === subjectIndex && subjectFits && !FINITE_VERB.test(prevText) && !PRESENT_S_CLAUSE.test(prevText) && /^(?:who|which)\b/i.test(relative[0]);
    // "…since Hurricane Mara, which flooded the delta in 2019": a "which" that is its clause's subject
    // is the noun right before it, the storm the date belongs to, and it makes a clause of its own,
    // "Hurricane Mara flooded the delta"; the noun phrase the whole clause ends on ("the worst storm
    // since Hurricane Mara") titled the card by the comparison made today.
    const whichDoes = !name && !clauseSubject && !ofSubject && /^which\b/i.test(relative[0]) && opensPredicate(bodyText.slice(relative[0].length));
    const nearestNoun = whichDoes ? nounBeforeWhich(prevText) : '';
    const head = name ? name[1]! : clauseSubject || nearestNoun || trailingNounPhrase(prevText) || prevText;
    // "…visited the old mill, which was built in 1896": a passive or perfect "which" clause is said of
    // the noun phrase before it, and reads as its own clause, "The old mill was built", not "… which was built".
    const whichIs =
      !name &&
      !clauseSubject &&
      !ofSubject &&
      /^which\b/i.test(relative[0]) &&
      AUXILIARY.test(bodyText.slice(relative[0].length)) &&
      !!trailingNounPhrase(prevText);
    // "The memory of the Erika, which broke in two …": "which" refers to the noun right before it, the
    // Erika, not to the memory; "who" to a person, who heads the subject ("The head of the agency, who …").
    const nearest = /^which/i.test(relative[0]) && !HAPPENING_HEAD.test(subjectText) ? OF_PHRASE_END.exec(subjectText)?.[1] : undefined;
    // …and of the nearest noun of that phrase: "a breach in the earth embankment, which was built" is the embankment.
    const whichHead = whichIs && !nearestNoun ? (NEAREST_OBJECT.exec(head)?.[1] ?? head) : head;
    bodyText =
      name || ofSubject || clauseSubject || nearestNoun || whichIs
        ? `${name || clauseSubject || nearestNoun || whichIs ? whichHead : (nearest ?? subjectText)} ${bodyText.slice(relative[0].length)}`
        : `${head} ${bodyText}`;
  } else if (at > 0 && /^whose\s/i.test(bodyText)) {
    // "…verified by Met Éireann, whose inspectors will examine the station this week": the owner's inspectors.
    const prevText = str(pieces[at - 1]!);
    const owner = TRAILING_NAME.exec(prevText)?.[1] ?? trailingNounPhrase(prevText);
    const mark = sentence.includes('’') ? '’' : "'";
    if (owner) bodyText = `${owner}${mark}${/s$/i.test(owner) ? '' : 's'} ${bodyText.replace(/^whose\s+/i, '')}`;
  } else if (LISTING.test(bodyText)) {
    bodyText = bodyText.replace(LISTING, '');
  } else if (at === subjectIndex && predicateIndex > at && subjectFits) {
    // The date sits in the subject piece ("… that two British cave divers, flown in, surfaced …").
    bodyText = subjectTold;
    suffix = str(pieces[predicateIndex]!);
  } else if (at > subjectIndex && at === predicateIndex && subjectFits && !/^(?:said|says)\s+(?!that\b)/.test(bodyText)) {
    // (A bare "said" clause is the claim, for the branch after next: "The mayor of Loulé, Rui
    // Baptista, said the municipality would pay …" is titled "The municipality would pay …".)
    // A "that" clause's subject cut off by a relative clause is the predicate's, not the first clause:
    // "…said it was 15 per cent contained, but warned that the winds, which gusted overnight, were
    // expected to return on Wednesday" had read "It was 15 per cent contained were expected to return".
    let lean = at - 1;
    while (lean > subjectIndex && INTERJECTED.test(str(pieces[lean]!))) lean--;
    const thatSubject = lean > subjectIndex && lean < at - 1 ? THAT_SUBJECT.exec(str(pieces[lean]!)) : null;
    prefix = thatSubject ? thatSubject[1]! : subjectTold;
  } else if (
    at > subjectIndex &&
    at < predicateIndex &&
    subjectFits &&
    (LONE_PARTICIPLE.test(bodyText) || AGENT_PARTICIPLE.test(bodyText) || apposedParticiple(bodyText))
  ) {
    // A participle alone once the date is gone ("the vessel, built in 1994, …"), or with its agent
    // ("The league record, set by Tom Hale in 1998, …"), or ending an appositive ("a steel-hulled
    // vessel built in 1998"), says what was done to the subject.
    prefix = withBe(subjectText);
    bodyText = apposedParticiple(bodyText) ?? bodyText;
  } else if (at > 0 && AGENT_PARTICIPLE.test(bodyText) && (agentNoun = trailingNounPhrase(str(pieces[at - 1]!)))) {
    // …and after a whole clause, to its last noun: "took 25 seconds off the previous mark, set by
    // Faith Jerono in Berlin last September" → "The previous mark was set by Faith Jerono in Berlin".
    prefix = withBe(agentNoun.replace(MEASURE_OF, ''));
  } else if (at > subjectIndex && at < predicateIndex && subjectFits) {
    prefix = `${subjectText},`; // an appositive: "The tower, completed in 1868 to guide ships"
  } else if (at > 0 && AUXILIARY.test(bodyText) && (saidSubject = subjectOfSaying(pieces.slice(0, at).map(str)))) {
    // "…, and said the pool, opened in 2019, had passed an inspection in May": the verb's subject is
    // the noun the saying ended on, past the asides about it.
    prefix = saidSubject;
  } else if (at > 0 && LEADING_SAID.test(bodyText)) {
    bodyText = bodyText.replace(LEADING_SAID, '');
  } else if (at > 0 && /^(?:and|but)\s/i.test(str(body)) && opensPredicate(bodyText) && leadSubject(str(first))) {
    // "Police were called to the house …, at 8.40am on Saturday and found the bodies": the verb
    // after "and" shares the sentence's subject.
    prefix = leadSubject(str(first));
  } else if (at > 0 && opensRegularPredicate(bodyText) && !AUXILIARY.test(bodyText)) {
    // "…manoeuvre, scheduled for September": a participle after a whole clause qualifies its last noun.
    const prev = str(pieces[at - 1]!);
    prefix = trailingNounPhrase(prev) || prev;
  } else if (at > 0 && LEANING.test(bodyText)) {
    // Past a clause put in between ("Deaths have fallen since the 1990s, when 600 miners died each
    // year, to about 50 last year"): the phrase goes on the clause the "when" or "which" interrupts.
    let lean = at - 1;
    while (lean > 0 && (INTERJECTED.test(str(pieces[lean]!)) || isAppositive(str(pieces[lean]!)))) lean--;
    const prev = str(pieces[lean]!);
    // No comma where only an appositive stood between: "She bought Ouessant with money raised …".
    const comma = isAppositive(str(pieces[at - 1]!)) ? '' : ',';
    prefix = `${LEANING.test(prev) || opensPredicate(prev) ? str(first) : prev}${comma}`;
    leaning = true;
  }

  // Inside the body: a reported "that" clause is the claim; a subordinate clause holding the date is the event.
  const reported = REPORTED.exec(bodyText);
  // …unless the reporting is itself subordinate to a clause before it: "officers were called to a
  // shop after a member of staff reported that Mr Floyd had paid with a fake bill" is the call-out.
  const subordinator = reported ? REPORT_SUBORDINATOR.exec(bodyText.slice(0, reported.index)) : null;
  const reportedBelow = !!subordinator && FINITE_VERB.test(bodyText.slice(0, subordinator.index));
  if (reported && !reportedBelow && countWords(bodyText.slice(reported.index + reported[0].length)) >= MIN_WORDS) {
    // "Britain said in June that it would reopen its embassy" → "Britain would reopen its embassy".
    const sayer = tidy(`${prefix} ${bodyText.slice(0, reported.index)}`);
    bodyText = bodyText.slice(reported.index + reported[0].length);
    if (PRONOUN.test(bodyText) && sayer && countWords(sayer) <= SUBJECT_MAX_WORDS && !PRONOUN_START.test(sayer))
      bodyText = bodyText.replace(PRONOUN, `${sayer} `);
    prefix = '';
  }
  // Also past a subject an appositive split off ("Rahman, who took the fight at late notice, looked a
  // shadow of the fighter that floored Lennox Lewis in 2001"): the clause holding the date is still the event.
  // …or past the clause a participle leans on: "…, eclipsing the four-year, $90 million deal that
  // Torii Hunter got last summer" titles the deal.
  if ((!prefix || prefix === subjectTold || leaning) && !suffix && !framed) {
    const bodyStr = str(body);
    const dateAt = bodyStr.endsWith(bodyText) ? s - (body.start + bodyStr.length - bodyText.length) : -1;
    const clause =
      dateAt >= 0
        ? (clauseHoldingDate(bodyText, Math.min(dateAt, bodyText.length)) ?? objectParticiple(bodyText, dateAt) ?? subjectParticiple(bodyText, dateAt))
        : null;
    if (clause) [bodyText, prefix] = [clause, ''];
  }
  // "The government said it would …" → "The government would …"; not "His family said he died …",
  // where "he" is the one whose family spoke.
  if (!prefix && speaker && !POSSESSED.test(speaker) && body.start === pieces[0]!.start && PRONOUN.test(bodyText))
    bodyText = bodyText.replace(PRONOUN, `${speaker} `);

  let title = tidy([prefix, bodyText, suffix].filter(Boolean).join(' ')).replace(TRAILING_SAID, '$1');
  const kept = framed ? '' : text.slice(s, e).trim();
  // The figure gives way to the predicate when a cut would leave too little of it: "The bus, with 48
  // people on board" was all the cut left of "…, left the road near the border town and rolled …".
  if (figures.length && title.startsWith(subjectTold)) {
    const cut = cutWords(title, maxWords, kept);
    if (cut !== title && countWords(cut) - countWords(subjectTold) < MIN_WORDS) title = subjectText + title.slice(subjectTold.length);
  }
  title = cutWords(title, maxWords, kept);
  // The full stop goes, not the one of an abbreviation the title ends on ("walked out from 12:01 a.m.").
  title = balanceQuotes(tidy(title).replace(/(?<!\b[ap]\.m(?=\.))[\s.,;:!?]+([”"]?)$/u, '$1'));
  if (title.length > LABEL_MAX) {
    const space = title.lastIndexOf(' ', LABEL_MAX - 1);
    title = `${title.slice(0, space > LABEL_MAX / 2 ? space : LABEL_MAX - 1)}…`;
  }
  return capitalise(title);
}

// ── fragments ────────────────────────────────────────────────────────────────────────────────
/**
 * A title opening with one of these leans on a clause it lost: "By Friday", "Of that year", "And
 * again"; not "At least 6,000 sites…", a figure. A relative pronoun leans on the noun it lost: "Whose
 * was 68 on Saturday".
 */
const FRAGMENT_OPENER =
  /^[“"‘]?(?:of|in|at(?!\s+(?:least|most)\b)|on|by|for|with|from|to|into|onto|since|until|till|after|before|during|between|through|throughout|over|under|among|amid|despite|upon|without|within|against|and|or|but|nor|yet|than|because|although|though|whereas|while|if|unless|who|whose|whom|which)\b/i;
/** Words that carry nothing of an event on their own: function words, pronouns, time words, reporting verbs. */
const EMPTY_WORD = new RegExp(
  `^(?:${[
    'the a an this that these those its it their they them his her he she we us our i you your my one some any much many more most',
    'few little all each both other another such no not of in at on by for with from to into as and or but so then than again also too',
    'still just only even there here now that which who what when where how is are was were be been being has have had do does did',
    'will would can could may might must shall should say says said tell tells told according',
    'year years day days week weeks month months morning afternoon evening night weekend time times period season decade century',
    'today tonight yesterday tomorrow last next early late earlier later end start beginning middle half spring summer autumn fall winter',
    ...WEEKDAY_NAMES,
    ...MONTH_NAMES,
    ...MONTH_ABBREVIATIONS,
  ]
    .join(' ')
    .replace(/ /g, '|')})$`,
  'i',
);

/**
 * Whether a title reads as no event: it opens with a preposition or conjunction ("Of that year",
 * "By Friday", "And again"), or holds neither a verb nor a noun of substance ("The morning of that
 * day", "They say, and again"). A clause with a pronoun subject ("It happened again") is a clause;
 * a noun phrase with a noun of its own ("The 2019 general election") names something.
 */
export function isFragment(title: string): boolean {
  if (FRAGMENT_OPENER.test(title)) return true;
  const words = title.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return !words.some((w) => !EMPTY_WORD.test(w.replace(/['’]s$/i, '')) && !/^\d+(?:st|nd|rd|th|s)?$/i.test(w));
}

/** A conjunction that repeats the clause before it: "…were recorded in 2019, and again in spring 2021". */
const ELLIPSIS = /^(?:and|or|but)\b/i;
/** A subordinator before a phrase with no subject: "After mapping the asteroid for the summer". */
const SUBJECTLESS = /^(?:after|before|while|since|when|upon|on|by|without)\s+(?=\p{Ll}+ing\b)/iu;
/** A fronted phrase the clause relates to: "By Friday", "Since 2019", "For years after 1979". */
const RELATIONAL_OPENER = /^(?:since|until|till|by|before|after|for|between)\b/i;
/** How long a relational opener may be to be moved behind its clause. */
const RELATIONAL_OPENER_WORDS = 5;
/**
 * A subject right after an opening phrase without a comma: a pronoun ("At the general election in July
 * he had held on") or, right after the date, a noun after an article ("By Tuesday the blaze had
 * destroyed …": without it the whole clause went as the opener, and an appositive after it, "An area
 * larger than the Greek capital's city centre", became the title).
 */
const PRONOUN_SUBJECT = /\s(?:he|she|they|we|it|I)\s+(?=\p{Ll})/gu;
const ARTICLE_SUBJECT = /^\s+the\s+\p{Ll}+\s+(?=\p{Ll})/u;

/**
 * "Klitschko has won 16 fights in a row since losing to Lamon Brewster in April 2004", "was found
 * guilty of slaying Zurana Horton … in October 2011": the date ends a phrase of its own after the
 * clause, and that phrase is what happened then ("Losing to Lamon Brewster", "Slaying Zurana
 * Horton"); the clause is what followed from it. Only after the clause (a fronted "After
 * winning in 2004, he …" dates the clause too) and only a phrase the date closes.
 */
function trailingGerund(raw: string, start: number, end: number, maxWords: number): string | null {
  // Ages in apposition (", 34,") blanked, so "slaying Zurana Horton, 34, and wounding …" is one phrase.
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ').replace(AGE, (age) => ' '.repeat(age.length)) : '';
  const m = TRAILING_GERUND.exec(sentence.slice(0, start));
  // Closed by the date, or by a clause of its own after it ("… in October 2011 as he targeted …").
  if (!m || m.index === 0 || !/^\s*(?:[,;.!?]|$|(?:as|when|while|because|where)\s)/.test(sentence.slice(end))) return null;
  return phraseTitle(m[1]!.replace(/\s+/g, ' '), maxWords);
}
/**
 * A date inside a noun phrase after "since/after/before…" titles that phrase: "has not lost since his
 * April 2006 victory over Chris Byrd" dates the victory, not the unbeaten run ("Victory over Chris Byrd").
 */
function datedNounPhrase(raw: string, start: number, end: number, maxWords: number): string | null {
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ') : '';
  // "after last year's election of Rouhani": a date in the possessive dates the noun it owns, not the clause.
  const possessive = POSSESSIVE.exec(sentence.slice(end));
  const before = sentence.slice(0, start);
  if (!possessive && !DATED_PHRASE_OPENER.test(before)) return null;
  if (possessive && !POSSESSIVE_OPENER.test(before)) return null;
  // "at a March 30, 1972, meeting at Nixon's home": the comma closing the date is not the phrase's end.
  const after = sentence.slice(end + (possessive?.[0].length ?? 0));
  const rest = sentence.slice(start, end).includes(',') ? after.replace(/^,(?=\s+\p{Ll})/u, '') : after;
  const m = DATED_PHRASE_HEAD.exec(rest);
  if (!m || CLAUSE_WORD.test(m[1]!)) return null;
  // A noun or two say too little without their year: "The 1970 merger", "The 1979 Islamic revolution".
  // An infinitive after such a noun is the clause's ("the first coach since the 1970 merger to lead his team").
  const noun = m[1]!.replace(INFINITIVE_AFTER, '');
  const opener = possessive ? null : DATED_PHRASE_OPENER.exec(before);
  if (opener && countWords(noun) < MIN_WORDS && /\d{4}/.test(sentence.slice(start, end)))
    return phraseTitle(`${opener[1]} ${sentence.slice(start, end)} ${noun}`, maxWords);
  return phraseTitle(cutWords(m[1]!, maxWords), maxWords);
}
/**
 * A noun phrase after "following/after/since…" dated by "in" behind it titles that phrase: "becoming the
 * second woman to host the ceremony solo, following Whoopi Goldberg's four stints in 1994, 1996, 1999
 * and 2002" dates Goldberg's stints (each year of the list alike), not the sentence's main clause about
 * someone else. The phrase must be closed by the date (or the list it is in) and hold no verb.
 */
function phraseBeforeDate(raw: string, start: number, end: number, maxWords: number): string | null {
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ') : '';
  if (!/^\s*(?:[,;.!?]|$|(?:,\s+)?(?:and\s+)?\d{4}\b)/.test(sentence.slice(end))) return null;
  // A count back or a "last" needs no "in": "the worst storm since Hurricane Mara four years ago" dates the storm.
  const pattern = /\bago$|^last\s/i.test(sentence.slice(start, end).trim()) ? PHRASE_BEFORE_BARE_DATE : PHRASE_BEFORE_DATE;
  const m = pattern.exec(sentence.slice(0, start).replace(EARLIER_IN_LIST, ''));
  if (!m || CLAUSE_WORD.test(m[1]!) || FINITE_VERB.test(m[1]!) || /[,;:—–()“”"]/.test(m[1]!)) return null;
  return phraseTitle(m[1]!, maxWords);
}
const PHRASE_BEFORE_DATE = /\s(?:following|after|since|before|including|despite|unlike|like)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,9}?)in\s+$/u;
const PHRASE_BEFORE_BARE_DATE = /\s(?:following|after|since|before|including|despite|unlike|like)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,9}?)$/u;
/** The years before this one in a list ("in 1994, 1996, " before "1999"): the list shares one phrase. */
const EARLIER_IN_LIST = /(?:\b\d{4}(?:,\s+(?:and\s+)?|\s+and\s+))+$/;

/** An infinitive after a noun phrase, where the phrase ends: "to lead", not "to the Colts" or "to Cleveland". */
const INFINITIVE_AFTER = /\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|one|two|three)\b)\p{Ll}.*$/u;

/** A phrase as a card's title: long enough to say what happened, short enough for the card. */
function phraseTitle(phrase: string, maxWords: number): string | null {
  const title = capitalise(phrase.trim().replace(/[.!?]+$/, ''));
  const words = countWords(title);
  return words >= MIN_WORDS - 1 && words <= maxWords ? title : null;
}
/** The owner's "'s" right after a date, and the preposition that puts the owned phrase beside the clause. */
const POSSESSIVE = /^['’]s(?=\s)/;
const POSSESSIVE_OPENER = /\s(?:since|after|before|following|until|upon|from|over|amid|despite|during|with)\s+$/i;
/** A clause, not a noun phrase, opens with these ("in the 1930s when colonists arrived"). */
const CLAUSE_WORD = /^(?:when|where|which|who|whom|whose|that|and|but|or|as|while|because|if|after|before|until|since)\b/i;
/**
 * A date between a preposition's article and its noun dates that noun: "since his April 2006
 * victory", "present at a March 30, 1972, meeting at …", "convicted of the June 20, 2005 attempted
 * murder of a man".
 */
const DATED_PHRASE_OPENER = /\s(?:since|after|before|following|until|upon|from|over|at|of|in|for|to|on|during)\s+(his|her|their|its|the|a|an)\s+$/i;
/** A noun ("election", "Islamic revolution") and what follows it to the end of the clause, with no verb of its own ("was held"). */
const DATED_PHRASE_HEAD = /^\s+(\p{L}[\p{L}'-]*(?:\s+(?!(?:was|were|is|are|had|has|have|will|would)\b)[^\s,;:—–()“”"]+)*?)\s*(?:[,;:—–(]|\.\s*$|$)/u;

/** …the date's own locator is left out of the phrase, with a clock's hedge: "after hearing screams at about 10:40 p.m." is "Hearing screams". */
const TRAILING_GERUND =
  /\s(?:since|after|before|upon|(?:guilty|convicted|acquitted|accused|suspected|charged|arrested|jailed|sentenced)\s+(?:of|with|for))\s+((?!being\b)\p{Ll}+ing\b[^,;:—–()“”"]*?)\s+(?:(?:late|early)\s+)?(?:(?:shortly|just|soon|immediately)\s+(?:after|before)|(?:at\s+)?(?:about|around|approximately|roughly)|in|on|at|during)?\s*$/u;

/**
 * A better title from the same sentence for a fragment `title`, or null when there is none. The
 * phrase holding the date is usually an opener ("By Friday, 20 people had died", "Of the 40 miners
 * trapped on Monday, 12 were rescued"): the clause it leads into is the event, with a relational
 * opener moved behind it ("20 people had died by Friday"), because without it the clause says
 * something else. Only "and again in 2021" borrows the clause before it, which it repeats; any
 * other earlier clause is another event, so a fragment with nothing after it stays.
 */
function repairedTitle(title: string, raw: string, start: number, end: number, maxWords: number, otherTimes: readonly Range[]): string | null {
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ') : '';
  if (start < 0 || end > sentence.length || end <= start) return null;
  const subjectless = SUBJECTLESS.exec(title);
  if (subjectless) {
    const rest = capitalise(title.slice(subjectless[0].length));
    if (!isFragment(rest)) return rest;
  }
  const pieces = splitPieces(sentence, start, end);
  const piece = pieces.find((p) => p.start <= start && start < Math.max(p.end, p.start + 1));
  if (!piece) return null;
  // The same sentence with a stretch blanked (offsets kept) and the date with it: the title is then
  // taken from the first clause left, as for a date inside an attribution frame.
  const without = (from: number, to: number) => {
    const chars = sentence.split('');
    blank(chars, from, to);
    blank(chars, start, end);
    const t = clauseTitle(chars.join(''), start, end, maxWords, otherTimes);
    return t && !isFragment(t) ? t : null;
  };
  const pieceText = sentence.slice(piece.start, piece.end);
  if (ELLIPSIS.test(pieceText)) return without(piece.start, sentence.length);
  // An opening phrase without a comma ends where a pronoun subject starts.
  const rest = sentence.slice(end, piece.end);
  const subject = FRAGMENT_OPENER.test(pieceText) ? ([...rest.matchAll(PRONOUN_SUBJECT)][0] ?? ARTICLE_SUBJECT.exec(rest) ?? undefined) : undefined;
  const after = without(0, subject ? end + subject.index + 1 : piece.end);
  if (!after) return null;
  const opener = sentence.slice(piece.start, subject ? end + subject.index : piece.end).trim();
  const moved = `${after} ${opener.charAt(0).toLowerCase()}${opener.slice(1)}`;
  // Not behind a clause that ends in another clause: "…died in the floods that began by Monday" misreads.
  const endsInClause = /\b(?:that|which|who|whom|whose|when|where|while|after|before|since|until|as|because|if)\b/i.test(after);
  if (
    (!subject || subject.index === 0) &&
    !endsInClause &&
    RELATIONAL_OPENER.test(opener) &&
    countWords(opener) <= RELATIONAL_OPENER_WORDS &&
    countWords(moved) <= maxWords + KEEP_SLACK
  )
    return moved;
  return after;
}

/** A conjunction that opens a subordinate clause, as far as a reporting verb after it goes. */
const REPORT_SUBORDINATOR = /\b(?:after|before|when|because|since|while|until|once)\s/i;

/** A reporting verb and the "that" clause after it (`REPORTED`), to the title's end. */
const SAID_THAT = new RegExp(`${REPORTED.source}([^,;:]*)$`, 'i');
/** Two words in capitals, or one of five letters or more, opening a title. */
const SHOUTED = /^[“"]?(?:\p{Lu}+\s+\p{Lu}{2,}\b|\p{Lu}{5,}\b)/u;
const PRONOUN_START = /^[“"]?(?:it|they|he|she|this|that|these|those|we|i|you|there|nothing|something|everything|nobody|someone|everyone)\b/i;

/**
 * How well a title reads on a card, higher is better: a whole clause of four to ten words that
 * names who acted beats a fragment, a pronoun or a cut clause.
 */
export function titleScore(title: string): number {
  const n = countWords(title);
  let score = 0;
  if (n < MIN_WORDS) score -= 3;
  else if (n < 4) score -= 1;
  if (title.endsWith('…')) score -= 1;
  // "Whose was 68 on Saturday", "By 1958": a piece that lost what it leans on reads worse than a cut clause.
  if (isFragment(title)) score -= 2;
  // "Howard suggested that the possibility": what was said lost its verb to the cut.
  const said = SAID_THAT.exec(title);
  if (said && !FINITE_VERB.test(said[1]!)) score -= 1;
  if (PRONOUN_START.test(title)) score -= 1;
  if (/^[“"]/.test(title)) score -= 0.5; // a quotation is a voice, not a report of what happened
  // A tabloid's shouted opening ("A DOZEN footie fans were crushed", "PLUCKY Lea Morvan sailed") reads
  // worse on a card than another outlet's plain wording of the event; an acronym ("NASA launched") is no shout.
  if (SHOUTED.test(title)) score -= 0.75;
  // A name after the first word: "Voters went to the polls" < "Kestrel left Kourou".
  if (/^\S+\s.*\p{Lu}/u.test(title) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(title)) score += 0.5;
  return score;
}

/**
 * What a title from a mention that dates only the saying gives up (`datesSaying`): "HDZ won Sunday's
 * election, results showed on Monday" titles its Monday card by the claim, a Sunday win, where
 * another report's own Monday event ("Plenković addressed party members") tells that day.
 */
const SAYING_COST = 0.5;

/**
 * Whether the expression at `start`–`end` sits in a frame of saying the title leaves out ("…, results
 * showed on Monday", "The minister said on Friday that …"): it dates the saying, and the title is the
 * claim, which may have happened on another day.
 */
export function datesSaying(raw: string, start: number, end: number): boolean {
  const sentence = typeof raw === 'string' ? raw.replace(/\s/g, ' ') : '';
  if (start < 0 || end > sentence.length || end <= start) return false;
  const stripped = wholeLeadingFrame(sentence, stripAttribution(withoutParticipleAfterFrame(sentence, start)));
  if (stripped.slice(start, end).trim() === '') return true;
  // "The owner insisted on Sunday evening that no oil had reached the shore": a date between a verb of
  // saying and its "that".
  if (SAID_BEFORE.test(sentence.slice(0, start)) && /^\s*(?:(?:morning|afternoon|evening|night)\s+)?that\b/i.test(sentence.slice(end))) return true;
  // A short piece of its own between commas, "…, final results showed on Monday, …": what showed it, and when.
  const from = sentence.lastIndexOf(', ', start);
  const to = sentence.slice(end).search(/[,;:]|[.!?]\s*$/);
  const rest = from < 0 ? '' : `${sentence.slice(from + 2, start)} ${sentence.slice(end, to < 0 ? sentence.length : end + to)}`;
  return countWords(rest) <= 4 && SAYING_PIECE.test(rest.trim());
}
const SAID_BEFORE =
  /\b(?:said|says|insisted|insists|announced|confirmed|warned|claimed|reported|stated|added|revealed|told\s+\S+)\s+(?:(?:on|at|in|late|early)\s+)*$/i;
/** A verb of saying or showing, after at most three words: "final results showed", "officials said". */
const SAYING_PIECE = /^(?:[\p{L}'’-]+\s+){0,3}(?:said|says|showed|shows|show|announced|confirmed|reported|reports|added|stated|revealed|told\s+\S+)\b/iu;

/**
 * The title of an event from its mentions' titles, in mention order: the best-scoring one, among
 * those of the mentions that give the event its (narrowest) date when they read as well as any.
 */
export function bestTitle(titles: readonly { title: string; precise: boolean; saying?: boolean }[]): string {
  let best: { title: string; score: number } | null = null;
  for (const { title, precise, saying } of titles) {
    const score = titleScore(title) + (precise ? 0.25 : 0) - (saying ? SAYING_COST : 0);
    if (title && (!best || score > best.score)) best = { title, score };
  }
  return best?.title ?? titles[0]?.title ?? '';
}
