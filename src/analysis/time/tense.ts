import { isSpacedDecimalPoint } from '../text/spaced-decimal.ts';
import { WEEKDAY } from './words.ts';
/**
 * Tense around an offset, judged inside its own sentence from the nearest tense cue. "Nearest"
 * rather than "sentence majority" because news packs clauses: in "said on Monday it will vote on
 * Friday", Monday belongs to "said" (past) and Friday to "will" (future).
 */
export type Tense = 'PAST' | 'PRESENT' | 'FUTURE' | null;

// Titles and initials end in a period without ending the sentence ("Mr. Kerry", "U.S. officials").
const NOT_A_BOUNDARY =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Prof|Rev|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|U\.S|U\.N|U\.K|E\.U)|\b[A-Z])\.$/;
const BOUNDARY = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
/** A weekday as the tagger reads one (`WEEKDAY`), right after "a.m." or "p.m.": see `sentenceBounds`. */
const DAY_AFTER_CLOCK = new RegExp(`^${WEEKDAY}(?![a-z])`);
/** …or a bracket that goes on with the clock, a conversion or a zone ("(2140 GMT)", "(local time)"), not one that opens a sentence. */
const CLOCK_GOES_ON = new RegExp(`${DAY_AFTER_CLOCK.source}|^\\((?:\\d|[a-z])`);

// "would"/"could" are future-in-the-past: in news they mostly point after the DCT ("said it would vote on Friday").
// Time words themselves ("last", "next", "ago", "tomorrow") are not cues: they date their own
// expression, not the neighbouring one ("agreed last week to raise output in the spring").
const FUTURE = new Set([
  'will',
  "'ll",
  'shall',
  'wo',
  'would',
  'could',
  'might',
  'upcoming',
  'expected',
  'expects',
  // Present verbs of expecting, verbs only: "Traders now anticipate one more cut before Christmas".
  // (The forms that are also nouns, "forecast(s)", "project(s)", are `FORESEES`.)
  'expect',
  'anticipate',
  'anticipates',
  'predict',
  'predicts',
  'plans',
  'plan',
  'intends',
  'aims',
  'due',
  'going',
  'hopes',
  // An obligation lies ahead: "must leave by Friday" (but see "must have" below).
  'must',
]);
// Past verbs of intention followed by "to" look forward: "agreed to meet again in the spring".
const INTENT = new Set([
  'agreed',
  'decided',
  'promised',
  'pledged',
  'vowed',
  'planned',
  'hoped',
  'wanted',
  'voted',
  'threatened',
  'expected',
  'sought',
  'asked',
  'urged',
  'called',
  'aimed',
  'intended',
  'prepared',
  'moved',
  'offered',
  // Directives look forward too: "ordered residents to leave by Friday".
  'ordered',
  'told',
  'instructed',
  'directed',
  'urging',
  'asking',
  'calling',
  'ordering',
]);
// A directive's object may be a long noun phrase: "ordered residents of the lower town to leave",
// "urging lawmakers in both houses to pass it by Friday".
const DIRECTIVE = new Set(['ordered', 'told', 'instructed', 'directed', 'urged', 'urging', 'asked', 'asking', 'ordering']);
// "X is said to be hiding", "was found to be carrying": a report about the present or past, not a plan.
const REPORTED_AS = new Set(['said', 'found', 'believed', 'reported', 'thought', 'known', 'alleged', 'understood', 'considered', 'seen', 'shown']);
/** Adverbs that sit between an auxiliary and its verb without changing what the auxiliary says. */
const BETWEEN_VERBS = new Set(['already', 'also', 'just', 'since', 'still', 'then', 'later', 'reportedly', 'allegedly', 'apparently']);
const PRESENT = new Set([
  'is',
  'are',
  'am',
  'says',
  'say',
  'does',
  'do',
  "'re",
  'remains',
  'continues',
  'takes',
  'comes',
  'begins',
  'starts',
  'ends',
  'goes',
  'runs',
  'opens',
  'closes',
  'expires',
  'lasts',
  'reopens',
]);
/**
 * A fixture, a meeting or a sitting told in the present tense is on the calendar, so the day it
 * names lies ahead: "New Orleans plays at Seattle on Saturday", "Kessler appears in court on Monday",
 * "Mbappe, who turns 24 on Tuesday". Read as a plain present (the nearer day either way), a Tuesday
 * told on Thursday was two days back.
 */
const SCHEDULED = new Set([
  'plays',
  'faces',
  'hosts',
  'visits',
  'meets',
  'turns',
  'travels',
  'votes',
  'returns',
  'resumes',
  'appears',
  'tours',
  'opens',
  'arrives',
  'flies',
  'jets',
  'unveils',
  'attends',
  'testifies',
]);
/**
 * The same verbs in the plural, a present only after their subject ("City face Ashby on
 * Saturday", "MPs vote on Tuesday", "They travel to Wembley"): elsewhere the form is as often a
 * noun ("the vote on Tuesday") or an infinitive ("to face trial").
 */
const PRESENT_PLURAL = new Set(['play', 'face', 'host', 'visit', 'meet', 'travel', 'vote', 'return', 'resume', 'appear', 'go']);
/**
 * Verbs of expecting that are also nouns: "Economists forecast another cut by Christmas" looks ahead;
 * "the Bank's forecasts for 2026", "the project in March" and the past "The IMF forecast in April
 * that …" do not. A verb only after its subject (`FORESEES_SUBJECT`; a plural one for the bare form,
 * whose singular is a past) and before its object, not before a preposition or a verb.
 */
const FORESEES = new Set(['forecast', 'forecasts', 'project', 'projects']);
const FORESEES_SUBJECT = {
  plural: /(?:\b(?:they|we|I|you)|\b\p{L}\p{Ll}+[^s\W]s)(?:\s+(?:now|also|still|all|widely|generally|broadly|largely|mostly))?\s+$/u,
  singular: /(?:\p{Lu}[\p{L}-]*|\b(?:it|he|she))(?:\s+(?:now|also|still|widely|generally))?\s+$/u,
};
const FORESEES_OBJECT = /^\s+(?!(?:for|of|in|on|at|to|from|by|with|was|were|is|are|has|have|had|will|would|and|or)\b)(?:that\b|\p{Ll})/u;
function foresees(lower: string, before: string, ahead: string): Tense {
  // "The forecasts show …": a determiner before the word makes it the noun.
  if (!FORESEES.has(lower) || DETERMINER.has(/(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '')) return null;
  if (lower.endsWith('s')) return FORESEES_SUBJECT.singular.test(before) && FORESEES_OBJECT.test(ahead) ? 'FUTURE' : null;
  if (FORESEES_SUBJECT.plural.test(before)) return FORESEES_OBJECT.test(ahead) ? 'FUTURE' : null;
  // The bare form after a singular subject is its past: "The IMF forecast in February that growth would slow".
  return lower === 'forecast' && FORESEES_SUBJECT.singular.test(before) ? 'PAST' : null;
}
/** What may stand right before a plural verb as its subject: a capitalised word, "they"/"we", or a plural noun; not a possessive ("Monday's vote"). */
const SUBJECT_BEFORE = /(?:\p{Lu}[\p{L}-]*|\b(?:they|we)|\b\p{Ll}{2,}[^s\W]s)\s+$/u;
// After these, an -ed word is a participle and the auxiliary carries the tense ("will be played", "remain closed").
const AUXILIARY = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  "'s",
  "'re",
  'has',
  'have',
  'had',
  'get',
  'gets',
  'got',
  'remain',
  'remains',
  'stay',
  'stays',
  'become',
]);
const PAST_IRREGULAR = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'took',
  'went',
  'came',
  'met',
  'made',
  'left',
  'began',
  'won',
  'lost',
  'fell',
  'rose',
  'gave',
  'got',
  'saw',
  'found',
  'held',
  'led',
  'ran',
  'sold',
  'bought',
  'paid',
  'sent',
  'spent',
  'struck',
  'hit',
  'cut',
  'shut',
  'quit',
  'shot',
  'killed',
  'became',
  'brought',
  'thought',
  'knew',
  'wrote',
  'spoke',
  'broke',
  'chose',
  'drew',
  'flew',
  'grew',
  'threw',
  'wore',
  'stood',
  'sat',
  'felt',
  'kept',
  'meant',
  'built',
  'fought',
  'caught',
  'taught',
  'quit',
  'rang',
  'sang',
  'drove',
  'rode',
  'fled',
  'hid',
  'dug',
  'swung',
  'sank',
  'shook',
  'forgot',
  'froze',
  'withdrew',
  'overtook',
  'woke',
  'swept',
  'has',
  'have',
  'been',
  'announced',
  'reported',
  'confirmed',
  'died',
  'signed',
  'voted',
  'shut',
]);
// -ed words that point forward ("scheduled for Friday", "expected on Monday").
const ED_NOT_PAST = new Set([
  'scheduled',
  'expected',
  'planned',
  'proposed',
  'needed',
  'red',
  'bed',
  'shed',
  'hundred',
  'speed',
  'seed',
  'need',
  'feed',
  'indeed',
  'united',
  'based',
  'related',
  'limited',
  'detailed',
  'advanced',
  'sacred',
  'wicked',
  'naked',
  'aged',
]);

/**
 * Past forms that are also nouns ("one more cut before Christmas", "a rate cut", "another hit"): after
 * a determiner, a quantifier or a noun of what is cut they are the noun, no tense cue.
 */
const NOUN_TOO = new Set(['cut', 'hit', 'shot', 'shut']);
const NOUN_BEFORE = new Set([
  'another',
  'more',
  'further',
  'any',
  'first',
  'second',
  'third',
  'latest',
  'big',
  'biggest',
  'deep',
  'sharp',
  'rate',
  'tax',
  'pay',
  'price',
  'job',
  'budget',
  'spending',
]);

const ARRANGED = new Set(['scheduled', 'set', 'slated', 'due']);
const PUT_OFF = /^(?:postpon|delay|adjourn|defer|reschedul)[a-z]*$/;
/** Verbs that name a day for what they call or order: "called a 24-hour strike for Tuesday". */
const CALLED = new Set(['called', 'announced', 'ordered', 'declared', 'organised', 'organized', 'arranged', 'booked', 'fixed']);
/** …the day they name, in their clause: "for Tuesday", "until Thursday", "for next Monday". */
const CALLED_FOR_DAY = /^[^,;.]{0,50}?\b(?:for|until|till)\s+(?:next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A state that lasts until a day or date, within the clause: "a warning until Wednesday evening". */
const HOLDS_UNTIL = /^[^,;.]{0,40}?\b(?:until|till|through)\s+(?:[A-Z]|\d)/;
/** What a delay puts off comes within its clause, then "until" or "to" and a day or date: "the man's testimony until Monday". */
const PUT_OFF_TO = /^[^,;.]{0,50}?\b(?:until|till|to)\s+(?:next\s+|later\s+|early\s+|mid-)?(?:[A-Z]|\d)/;
/** A backdating reaches back to a day or month, whatever the tense that tells it: "will be backdated to September". */
const BACKDATE = /^(?:back-?dat|antedat)[a-z]*$/;
/** What is backdated comes within its clause, then "to" or "from" and a day or date: "the rise to April". */
const BACKDATE_TO = /^[^,;.]{0,50}?\b(?:to|from)\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:[A-Z]|\d)/;
const PLUPERFECT = new Set(['been', 'had']);
const PERFECT_HAVE = new Set(['have', 'has', "'ve"]);
const CHANGED_PLAN = new Set(['originally', 'initially', 'previously', 'first', 'once']);

/** "to be voted", "to be flown", "to be held": a passive infinitive, irregular participles too. */
const PASSIVE_INFINITIVE =
  /^\s+be\s+(?:[a-z]+(?:ed|en|wn)|held|built|sent|paid|made|done|won|kept|left|met|set|put|shut|cut|hit|sold|told|brought|found|laid|led|heard|struck|hung|run)\b/;
const BARE_AFTER = new Set(['will', 'would', 'could', 'should', 'might', 'must', 'may', 'can', 'shall', "'ll", 'to']);

const RELATIVE = /^\s*(?:who|whose|which|where)\b/i;
/** Words before a noun: "the vote on Tuesday", "their return on Monday". */
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'to',
  'no',
  'each',
  'every',
  'one',
]);

/**
 * "agreed to meet", "ordered residents to leave": "to" and a verb. Not "to" and a noun phrase:
 * "crews were called to the scene on Friday" went there on Friday, it did not plan to.
 */
const TO_VERB = String.raw`\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]`;
const INTENT_TO = new RegExp(String.raw`^(?:\s+[a-z]+){0,3}?` + TO_VERB);
const DIRECTED_TO = new RegExp(String.raw`^(?:\s+[a-z]+){0,6}?` + TO_VERB);

/**
 * A directive told in the past passive, with a weekday after what was directed: "The plant was ordered
 * to shut its doors on Monday" tells when it was ordered, as "was ordered on Monday to shut" does; read
 * as the directive's intent it was the Monday ahead, a shutdown that had not happened. A deadline keeps
 * it ahead ("were told to leave by Friday"), and so does a present passive ("are urged to vote on Thursday").
 */
const PAST_PASSIVE = new Set(['was', 'were']);
const PASSIVE_DIRECTIVE_DAY = new RegExp(`^${WEEKDAY}(?![a-z])`);
const DEADLINE_BEFORE = /\b(?:by|before|until|till|within|ahead\s+of|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$/i;

/** A verb of saying and the "that" of what was said, from the cue to the expression. */
const SAYING = /^(?:say|says|said|tell|tells|told|report|reports|reported|claim|claims|claimed|announce|announces|announced)\s+(?:[a-z]+\s+){0,2}?that\s/i;

interface Cue {
  at: number;
  tense: Exclude<Tense, null>;
  /** "agreed to …": where its "to" stands; what follows it is future, but the agreeing itself is past. */
  intent?: number;
  /** A directive told in the past passive, "was ordered to …": see `PASSIVE_DIRECTIVE_DAY`. */
  passive?: true;
  /** "has issued a warning until …": where the date it holds until starts; that date is ahead, the rest of the clause past. */
  until?: number;
}

/**
 * How far past the start of what a perfect holds until its date may run ("until 10 a.m. on
 * Wednesday"), and what ends it sooner: a new clause or a preposition that starts another time
 * ("has agreed terms until 2029 after completing tests on Monday": Monday is the tests', past).
 */
const UNTIL_REACH = 24;
const UNTIL_ENDS = /[,;]|\b(?:after|before|following|when|since|as|once)\b/i;

/**
 * "shut" after a verb of moving or staying is where it ends up, not a past: "before the gates
 * swing shut on Friday", "the market slams shut on Monday". Read as a past it dated those days back.
 */
const SHUT_AFTER = new Set([
  'slam',
  'slams',
  'swing',
  'swings',
  'snap',
  'snaps',
  'click',
  'clicks',
  'clang',
  'clangs',
  'bang',
  'bangs',
  'slide',
  'slides',
  'keep',
  'keeps',
]);

/**
 * A clause of time after a future ("will vote before the session ends on Friday", "must leave when
 * the order comes on Monday") tells the future in the present, so its present looks ahead as the main
 * clause does; read as a plain present it was the nearer day, often the one just gone. The clause's
 * subject is short: a pronoun, or a noun with its determiner.
 */
const TIME_CLAUSE = /\b(?:before|until|till|once|when|after|as\s+soon\s+as)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** A present verb in the third person right after such a clause's subject, "before the market slams". */
const TIME_CLAUSE_VERB = /\b(?:before|until|till|once|when|after|as\s+soon\s+as)\s+(?:(?:the|a|an|its|his|her|their|our|this|that)\s+)?[\p{L}-]+\s+$/iu;

/** The tense a word marks on its own ("said" PAST, "will" FUTURE, "says" PRESENT), or null for no verb cue. */
export function classify(word: string): Exclude<Tense, null> | null {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return 'FUTURE';
  if (PAST_IRREGULAR.has(w)) return 'PAST';
  if (PRESENT.has(w)) return 'PRESENT';
  if (w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && word[0] === word[0]?.toLowerCase()) return 'PAST';
  return null;
}

/**
 * Where the sentences of `text` start, plus `text.length + 1` as a sentinel: a rough split, good
 * enough to keep one sentence's tense cues and dates away from the next one's.
 */
export function sentenceBounds(text: string): number[] {
  const bounds: number[] = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (m[0].startsWith('.') && NOT_A_BOUNDARY.test(before)) continue;
    // "They will face the Steelers at 1:45 p.m. Sunday": a day after the clock goes with it. Split
    // there, "Sunday" had no verb to take its tense from and fell to the nearer, past, Sunday.
    // So does a bracketed conversion after the clock, "at 10:40 p.m. (2140 GMT) on Saturday": split
    // there, the clock had no day and took the DCT while the conversion took Saturday.
    if (/\b[ap]\.m\.$/i.test(before) && CLOCK_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // A decimal point spaced as text rebuilt from tokens has it ("a quake measuring 6. 4 hit …").
    if (m[0].startsWith('. ') && isSpacedDecimalPoint(text, m.index)) continue;
    bounds.push(m.index + m[0].length);
  }
  bounds.push(text.length + 1);
  return bounds;
}

/** The `[start, end)` of the sentence holding `offset`, given `sentenceBounds(text)`. */
export function sentenceOf(bounds: number[], offset: number): [number, number] {
  const i = Math.max(0, lowerBound(bounds, offset + 1, (b) => b) - 1);
  return [bounds[i] ?? 0, Math.min(bounds[i + 1] ?? offset + 1, bounds[bounds.length - 1]! - 1)];
}

export function makeTenseLookup(text: string): (offset: number) => Tense {
  const bounds = sentenceBounds(text);

  const cues: Cue[] = [];
  // Not inside a token that starts with digits: the "am" of "9am" is no verb.
  const WORD = /(?<![A-Za-z0-9'])[A-Za-z']+/g;
  let prev = '';
  let prev2 = '';
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    const ahead = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "Had expected to testify on Thursday": a plan told in the pluperfect was one for the past. Not
    // the present perfect's "been": "have been ordered to leave by noon on Friday" looks ahead.
    const pluperfect = PLUPERFECT.has(prev) && !(prev === 'been' && PERFECT_HAVE.has(prev2));
    const pastPlan = INTENT.has(lower) && pluperfect;
    const intended = INTENT.has(lower) && !pastPlan ? (DIRECTIVE.has(lower) ? DIRECTED_TO : INTENT_TO).exec(ahead) : null;
    let tense = pastPlan ? 'PAST' : classify(m[0]);
    if (NOUN_TOO.has(lower) && (DETERMINER.has(prev) || NOUN_BEFORE.has(prev))) tense = null;
    // "will visit the flooded city on Thursday", "inspect the damaged bridge": a participle after an
    // article or a possessive describes a noun, no past ("that flooded the city" is a verb, "to" an infinitive's).
    if (tense === 'PAST' && lower.endsWith('ed') && DETERMINER.has(prev) && prev !== 'that' && prev !== 'to') tense = null;
    tense = foresees(lower, text.slice(Math.max(0, m.index - 40), m.index), ahead) ?? tense;
    if (SCHEDULED.has(lower) || (PRESENT_PLURAL.has(m[0]) && !DETERMINER.has(prev) && SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))) {
      tense = 'FUTURE';
    }
    // An arrangement points ahead: "talks are set to resume Monday", "scheduled to close Monday",
    // "the plan is to vote Friday"; unless it was put in the past ("had been due to expire Friday").
    // "Were due to remain until Monday" tells the plan in the past tense; it still lies ahead.
    if (ARRANGED.has(lower) || lower === 'is' || lower === 'are') {
      if (/^\s+to\s+(?!the\b|a\b|an\b|blame\b)[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
        tense = ARRANGED.has(lower) && pluperfect ? 'PAST' : 'FUTURE';
      }
    }
    // "A trial date was set for October 28", "a hearing was scheduled for Wednesday": an arrangement
    // tells when something will happen, whatever the tense it is reported in; not one that changed
    // ("The launch, originally scheduled for Thursday, was delayed").
    // So does a plan: "further strikes planned for Thursday and Saturday".
    if ((ARRANGED.has(lower) || lower === 'planned') && !pluperfect && !CHANGED_PLAN.has(prev) && /^\s+(?:for|until)\s/.test(ahead)) tense = 'FUTURE';
    // "Postponing the testimony until Monday", "the vote was delayed to Friday": a day something is put
    // off to lies ahead, whatever the tense of the clause that tells it; not a delay told in the past
    // perfect ("the trial, which had been postponed until May, opened").
    if (PUT_OFF.test(lower) && !pluperfect && PUT_OFF_TO.test(ahead)) tense = 'FUTURE';
    // Its opposite: a pay rise "will be backdated to September" is paid from a September behind the
    // DCT, however future the clause; the participle after "be" is the cue, not "will".
    const backdated = BACKDATE.test(lower) && BACKDATE_TO.test(ahead);
    if (backdated) tense = 'PAST';
    // What has been done until a day holds until then: "Forecasters have issued a red flag warning
    // until Wednesday evening", "the road has been closed until Friday" (the Wednesday before had been read).
    // Only that date, though: "has agreed terms until 2029 after completing tests in Lyon on Monday"
    // is last Monday (read as a future clause, it was the coming one).
    const perfect = PERFECT_HAVE.has(prev) || (prev === 'been' && PERFECT_HAVE.has(prev2));
    const holds = perfect && tense === 'PAST' ? HOLDS_UNTIL.exec(ahead) : null;
    // A strike called for Tuesday, a closure announced until Thursday: the day is what was called, ahead.
    if (CALLED.has(lower) && !pluperfect && CALLED_FOR_DAY.test(ahead)) tense = 'FUTURE';
    // "must have left": a guess about the past, not an obligation.
    if (lower === 'must' && /^\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b/.test(text.slice(m.index + 4, m.index + 40))) tense = 'PAST';
    // After a modal or "to" the verb is a bare infinitive whatever it looks like: "will shut", "would have to".
    const participle = !backdated && tense === 'PAST' && ((AUXILIARY.has(prev) && !AUXILIARY.has(lower)) || BARE_AFTER.has(prev));
    if (lower === 'shut' && SHUT_AFTER.has(prev)) tense = null;
    // "has to sell", "have to leave by Friday": an obligation, ahead like "must" ("had to" stays past).
    if ((lower === 'has' || lower === 'have') && new RegExp('^' + TO_VERB).test(ahead)) tense = 'FUTURE';
    // "has until Friday to lodge an appeal": the time left runs to a day ahead ("had until" stays past).
    // Read as a perfect's "has", the Friday just gone had been the deadline.
    if ((lower === 'has' || lower === 'have') && /^\s+(?:until|till)\s/.test(ahead)) tense = 'FUTURE';
    // The present of a clause of time after a future looks ahead with it (see `TIME_CLAUSE`).
    const sentenceStart = bounds[lowerBound(bounds, m.index + 1, (b) => b) - 1] ?? 0;
    const lastCue = cues.at(-1);
    const inTimeClause =
      (tense === 'PRESENT' || (tense === null && /^\p{Ll}+[^s\W]s$/u.test(m[0]))) && lastCue?.tense === 'FUTURE' && lastCue.at >= sentenceStart;
    if (inTimeClause && (tense === 'PRESENT' ? TIME_CLAUSE : TIME_CLAUSE_VERB).test(text.slice(Math.max(sentenceStart, m.index - 40), m.index)))
      tense = 'FUTURE';
    // A passive infinitive looks ahead: "the measures to be voted on Thursday", "is to be sentenced Friday".
    if (lower === 'to' && !REPORTED_AS.has(prev) && PASSIVE_INFINITIVE.test(ahead)) tense = 'FUTURE';
    if (intended)
      cues.push({
        at: m.index,
        tense: 'PAST',
        intent: m.index + m[0].length + intended[0].search(/to\s+\S+$/),
        ...(DIRECTIVE.has(lower) && PAST_PASSIVE.has(prev) && { passive: true as const }),
      });
    else if (holds && tense === 'PAST') cues.push({ at: m.index, tense: 'PAST', until: m.index + m[0].length + holds[0].length - 1 });
    else if (tense && !participle) cues.push({ at: m.index, tense });
    // "had already agreed to", "was also charged": the adverb leaves the auxiliary the verb's.
    if (!BETWEEN_VERBS.has(lower)) [prev2, prev] = [prev, lower];
  }
  // Clause breaks: a cue after the expression counts only up to the next comma, semicolon,
  // coordinating word ("won on Sunday and will take office on May 14") or condition ("could reach the
  // city by the weekend if conditions did not change").
  const breaks: number[] = [];
  const BREAK = /[,;]|\b(?:and|but|while|whereas|if|unless)\b/g;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) breaks.push(m.index);

  return (offset: number): Tense => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((bounds[mid] ?? 0) <= offset) lo = mid;
      else hi = mid;
    }
    const from = bounds[lo] ?? 0;
    const to = bounds[hi] ?? text.length;
    const nextBreak = breaks[lowerBound(breaks, offset, (b) => b)];
    const clauseEnd = nextBreak === undefined ? to : Math.min(to, nextBreak);
    // Only two candidates can be nearest: the last cue before the offset and the first at or after it.
    const i = lowerBound(cues, offset, (c) => c.at);
    const before = i > 0 && cues[i - 1]!.at >= from ? cues[i - 1]! : null;
    const after = i < cues.length && cues[i]!.at < clauseEnd ? cues[i]! : null;
    // A verb of saying before "that" is not the reported clause's: "Police say that on Saturday around
    // 11:30 p.m., Kimani Gray was standing outside his home" is a past Saturday (the present "say" had
    // dated it two days ahead). The clause's own verb decides, past any commas; with none, no cue does.
    if (before && SAYING.test(text.slice(before.at, offset))) {
      const own = i < cues.length && cues[i]!.at < to ? cues[i]! : null;
      return own ? own.tense : null;
    }
    // Cues after the expression count a little less: verbs usually precede their adverbials.
    const best = before && (!after || offset - before.at <= (after.at - offset) * 1.2) ? before : after;
    // What the intent is for lies ahead ("agreed to meet again in the spring"); when it was formed, not
    // ("agreed at the weekend to slash spending").
    if (best?.until !== undefined && offset >= best.until && offset - best.until <= UNTIL_REACH && !UNTIL_ENDS.test(text.slice(best.until, offset)))
      return 'FUTURE';
    if (best?.intent !== undefined && best.intent < offset) {
      const pastDay = best.passive && PASSIVE_DIRECTIVE_DAY.test(text.slice(offset, offset + 10)) && !DEADLINE_BEFORE.test(text.slice(best.intent, offset));
      return pastDay ? 'PAST' : 'FUTURE';
    }
    if (best) return best.tense;
    // Nothing before the expression or in its clause ("On Friday, the Senate voted"): the first
    // cue later in the sentence decides, unless the expression sits in a relative clause whose
    // verb was not recognised ("Aberdour, who beat them in March, will wonder…").
    const clauseStart = breaks[lowerBound(breaks, offset, (b) => b) - 1];
    if (clauseStart !== undefined && clauseStart >= from && RELATIVE.test(text.slice(clauseStart + 1, clauseStart + 12))) return null;
    const later = cues[lowerBound(cues, clauseEnd, (c) => c.at)];
    return later && later.at < to ? later.tense : null;
  };
}

/** First index whose key is >= `at` in an array sorted by key. */
function lowerBound<T>(items: T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
