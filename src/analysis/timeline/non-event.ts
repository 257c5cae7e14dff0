import { readWireDateline } from '../report/wire-dateline.ts';
import { classify, makeTenseLookup } from '../time/tense.ts';
import type { Timex } from '../time/types.ts';
import { MONTH_NAMES, MONTH_SHORT, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { quotedSentenceAround } from '../text/quoted-sentence.ts';
import { isCaption } from '../text/caption.ts';
import { foldRanges } from './fold-ranges.ts';
import { isClockOnly } from './narrative-anchor.ts';

/**
 * Deciding that a dated expression is not an event. The tagger finds every time expression, as it
 * should; but "a 2025 bond", "a 19th-century tower", "If they had said something in January" or a
 * wire dateline's own date name no happening a reader would put on a timeline. Each rule below is
 * about the shape of the sentence around the expression, never about a particular text.
 */
export type NonEventReason =
  /** A span of time or a rate ("for three days", "aged 35", "every week"), or a span's far end ("will take until the summer"): no point in time. */
  | 'duration'
  /** A clock time restated in another zone, in brackets after the first: "at 4:17 a.m. (0117 GMT)". */
  | 'conversion'
  /** A year, decade or century that describes a thing: "a 2025 bond", "the 1956 arch dam", "a 19th-century tower". */
  | 'modifier'
  /** A year inside a name: "asteroid 2009 KR14". */
  | 'designation'
  /** Page furniture: "Read more about …", "This was published under the … government", "Published 6 March 2024". */
  | 'furniture'
  /** The report's own dateline: "PORT LOUIS, Mauritius, March 3, 2019 (AFP) —" dates the report, not an event. */
  | 'dateline'
  /** What did not happen: "If they had said something in January". */
  | 'counterfactual'
  /** A recurring day, not an occasion: "still closes its tills on Christmas Day", "each September". */
  | 'habit'
  /** A date that only bounds a count: "has flooded three times since Christmas". */
  | 'count'
  /** A verbless scrap of a quote: "“Not this year,” she said". */
  | 'quoted-fragment'
  /** The clock of a game or a bout: "with 7:42 left in the first half", "stopped it at 2:56 of the sixth". */
  | 'game-clock'
  /** The other side of a comparison: "different than they were in 1978", "higher than last year". */
  | 'comparison'
  /** A year only bounds when something happened: "Before 1997, Gigante had served only five years" happened some time before. */
  | 'bound'
  /** A question, which asks whether something happened: "Have you had problems with your internet connection since Tuesday?" */
  | 'question'
  /** The hours a piece of advice is for, any day: "advised people to stay out of the sun between 11am and 3pm". */
  | 'advice'
  /** A company's fiscal quarter or half ("in its fiscal third quarter"): its months are the company's, not the calendar's. */
  | 'fiscal';

/**
 * The expressions of one sentence that may date an event: ranges folded into one expression each
 * (`fold-ranges.ts`), then every expression `whyNotAnEvent` has a reason against dropped. Never
 * throws on odd input: what it cannot read it keeps.
 */
export function eventTimexes(sentence: string, timexes: Timex[]): Timex[] {
  if (typeof sentence !== 'string' || !Array.isArray(timexes)) return [];
  const valid = timexes.filter((t) => t && Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.end <= sentence.length && t.start < t.end);
  return foldRanges(sentence, valid).filter((t) => whyNotAnEvent(sentence, t) === null);
}

/**
 * Why `timex` (offsets into `sentence`) does not date an event, or null when it may. Judged within
 * the quoted sentence that holds it, when the sentence keeps a quotation of several whole: another
 * sentence of the quote is another statement.
 */
export function whyNotAnEvent(sentence: string, timex: Timex): NonEventReason | null {
  const around = quotedSentenceAround(sentence, timex.start, timex.end);
  if (around.start === 0 && around.end === sentence.length) return whyNotAnEventIn(sentence, timex);
  return whyNotAnEventIn(sentence.slice(around.start, around.end), { ...timex, start: timex.start - around.start, end: timex.end - around.start });
}

function whyNotAnEventIn(sentence: string, timex: Timex): NonEventReason | null {
  if (timex.type === 'DURATION' || timex.type === 'SET') return 'duration';
  if (LASTS_UNTIL.test(sentence.slice(Math.max(0, timex.start - 60), timex.start))) return 'duration';
  const before = sentence.slice(0, timex.start);
  const after = sentence.slice(timex.end);
  if (STAY_FOR_BEFORE.test(before) && STAYED_OVER.test(sentence.slice(timex.start, timex.end))) return 'duration';
  if (isFurniture(sentence)) return 'furniture';
  if (isDatelineDate(sentence, timex)) return 'dateline';
  if (isConversion(before, after)) return 'conversion';
  if (isDesignation(after)) return 'designation';
  if (isFiscalPart(timex, before)) return 'fiscal';
  if (
    isModifier(timex, before, after) ||
    HYPHENED_TO_WORD.test(after) ||
    MODEL_YEAR_AFTER.test(after) ||
    isForecastYear(timex, before, after) ||
    isPlanAside(before, after)
  )
    return 'modifier';
  if (COUNT_BEFORE.test(before)) return 'count';
  if (
    (COMPARED_BEFORE.test(before) && !RANGE_ON.test(after)) ||
    MANNER_COMPARED.test(before) ||
    SHARE_OF_WHAT.test(before) ||
    (CHANGE_SINCE.test(before) && !WHEN_AFTER.test(after)) ||
    (FIRST_SINCE.test(before) && !WHEN_AFTER.test(after) && BARE_YEAR.test(sentence.slice(timex.start, timex.end))) ||
    isRankSince(before, after)
  )
    return 'comparison';
  if (BOUND_BEFORE.test(before) && BARE_YEAR.test(sentence.slice(timex.start, timex.end))) return 'bound';
  if (isParticipleYear(before, sentence.slice(timex.start, timex.end))) return 'modifier';
  if (isGameClock(sentence, timex, before, after)) return 'game-clock';
  if (EVERY_BEFORE.test(before) || isHabit(sentence, timex)) return 'habit';
  if (isAdviceHours(sentence, timex, before, after)) return 'advice';
  if (isCounterfactual(sentence, timex)) return 'counterfactual';
  if (isQuotedFragment(sentence, timex)) return 'quoted-fragment';
  if (QUESTION.test(sentence) || WHETHER_BEFORE.test(before)) return 'question';
  return null;
}

/**
 * A game's or a bout's clock read as a time of day: minutes and seconds with no "a.m."/"p.m." and
 * the words of a game around them ("7:42 left", "2:56 of the sixth round", "at the 2:15 mark",
 * "stopped it at 2:56"). The tagger puts them on the publication day at 2:56 in the morning.
 */
function isGameClock(sentence: string, timex: Timex, before: string, after: string): boolean {
  const written = sentence.slice(timex.start, timex.end);
  if (!/^\d{1,2}:\d{2}$/.test(written)) return false;
  return GAME_CLOCK_AFTER.test(after) || GAME_CLOCK_BEFORE.test(before);
}
const GAME_CLOCK_AFTER =
  /^\s*(?:left|remaining|to go|to play|gone|mark\b|into\s+(?:the\s+)?(?:\w+\s+)?(?:half|quarter|period|round|overtime|game|fight|bout)|of\s+(?:the\s+)?(?:\w+\s+)?(?:half|quarter|period|round|overtime))/i;
const GAME_CLOCK_BEFORE = /\b(?:stopped\s+(?:it|the\s+(?:fight|bout|contest))\s+at|at\s+the)\s*$/i;

/** A sentence that ends on a question mark (a quoted question ends on its speaker instead). */
const QUESTION = /\?[!?]*["”’')]*\s*$/;
/**
 * A date inside an indirect question, after "whether" in its sentence: "Nobody can tell us whether we
 * will leave tomorrow or on Friday" asks, and had made two cards of a departure nobody knew. A date
 * before it ("will decide on Monday whether to sell") dates the deciding.
 */
const WHETHER_BEFORE = /\bwhether\b[^.;:!?]*$/i;

/**
 * A company's fiscal quarter or half: "a charge in its fiscal third quarter", "its fiscal 2024 first
 * half". The tagger writes the calendar's quarter (TimeBank does the same), but a fiscal year may
 * start in any month: the card had put a charge for a quarter that ends in December in July to
 * September. A fiscal year alone stays: a year is coarse enough.
 */
function isFiscalPart(timex: Timex, before: string): boolean {
  return /-(?:Q|H)[1-4]$/.test(timex.value) && (/\bfiscal\b/i.test(timex.text) || /\bfiscal\s+$/i.test(before) || OWNED_BEFORE.test(before));
}
/**
 * A quarter or half someone owns is the one they report for: "will book it in its third-quarter
 * results", "the brewer's third-quarter profit" (a "2025-Q3 Results on Oct. 28" card had put a company's
 * quarter on the calendar's). "The year's second quarter" is the calendar's.
 */
const OWNED_BEFORE = /(?:\b(?:its|their)|(?<!\byear)['’]s)\s+$/i;

/**
 * Where someone is, or what stays shut, for a holiday: "as commuters were heading home for the
 * weekend", "shut for Christmas". The holiday is the stay's span, not when anything happened; it had
 * made a weekend card of the commute on which a blackout struck.
 */
const STAY_FOR_BEFORE = /\b(?:home|away|off|closed|shut|stay|stays|stayed|staying)\s+for\s+(?:the\s+|this\s+)?$/i;
const STAYED_OVER = /^(?:(?:the|this)\s+)?(?:weekend|holidays?|Christmas|Easter|New\s+Year|summer|winter|night)$/i;

/** The far end of a span, not a happening: "the repairs will take until the summer", "the drought lasted until May". */
const LASTS_UNTIL = /\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting)\s+(?:[\p{L}'’]+\s+){0,3}?(?:until|till|through|into)\s+$/iu;

// ── furniture ────────────────────────────────────────────────────────────────────────────────
// Lines a page puts around an article. The report parser removes most; these are the ones that
// can survive it (a line glued to the text, a pasted page) and must still not become events.
const FURNITURE = [
  /^\W*(?:read|see|watch|listen)\s+(?:more|also|next|again)\b/i,
  /^\W*(?:related|more on this|more about|also read|further reading)\b/i,
  /\bthis (?:was|page was|article was|story was|news story was|press release was) published under\b/i,
  /^\W*(?:first\s+|last\s+)?(?:published|updated|posted|modified|filed|last\s+(?:updated|modified|reviewed))\b\s*(?:on|at|:)?\s*(?:\d|[A-Z][a-z]{2})/i,
  /\b\d[\d,.]*\s*[km]?\s+(?:views|likes|comments|shares|reads)\b/i,
  /©|\bcopyright\b|\ball rights reserved\b/i,
];

/** …and a photo's caption or credit, which the facts leave out too: it describes a picture, not an event. */
function isFurniture(sentence: string): boolean {
  return FURNITURE.some((re) => re.test(sentence)) || isCaption(sentence);
}

// ── dateline ─────────────────────────────────────────────────────────────────────────────────
/** Where a dateline's head ends: the credit in brackets or slashes, or the dash after it. */
const DATELINE_END = /\s*(?:\(|\/\s*\p{Lu}|--|[–—]|\s-\s)/u;

/**
 * A clock time in brackets after another, the same moment in another zone: "at 4:17 a.m. (0117 GMT)",
 * "at 09:10 hours (0440 GMT) on Monday". It dates nothing the time before it does not, and on its own
 * it lost the day ("on Monday") to the other card.
 */
function isConversion(before: string, after: string): boolean {
  return /\d(?:\s*(?:[aApP]\.?\s?[mM]\.?|hours|hrs|h|local(?:\s+time)?|[A-Z]{2,4})){0,2}\s*\(\s*$/.test(before) && /^[^()]{0,20}\)/.test(after);
}

function isDatelineDate(sentence: string, timex: Timex): boolean {
  const dateline = readWireDateline(sentence);
  if (!dateline?.date) return false;
  // Past the place: "LONDON/BRUSSELS, Oct 13 (Reuters) -" names two cities with a slash.
  const comma = sentence.indexOf(',');
  const end = DATELINE_END.exec(sentence.slice(comma + 1));
  return !!end && timex.end <= comma + 1 + end.index;
}

// ── designations and modifiers ───────────────────────────────────────────────────────────────
/** A code right after the year: "asteroid 2009 KR14", "comet 1996 B2", "2019-nCoV". */
const CODE_AFTER = /^[\s-]+(?:\p{Lu}{1,4}\d[\p{L}\d-]*|\p{Lu}\d[\p{L}\d]*|[a-z]?Co[VR]\b)/u;

/** A vehicle's model year: "the 2021 to 2023 model years", "2022 model-year SUVs" describe cars, not a time anything happened. */
const MODEL_YEAR_AFTER = /^[\s-]+model[\s-]+years?\b/i;

/**
 * A year or decade joined by a hyphen to the word after it is one adjective with it: "the 1992-built
 * vessel", "a 1960s-era liner", "a 2019-registered trawler", "1920s-style". It says what the thing
 * is, with or without a determiner; "2019-nCoV" is a designation and "2005-06" a range, both read
 * before this.
 */
const HYPHENED_TO_WORD = /^-(?!onwards?\b|on\b)\p{Ll}{2,}\b(?!-)/u;

function isDesignation(after: string): boolean {
  return CODE_AFTER.test(after);
}

/** Values that can describe a thing ("a 2025 bond", "the 1870s clock", "a 19th-century tower"): years, decades, centuries, ranges of them. */
const DESCRIPTIVE = /^(?:\d{2,4})(?:\/\d{2,4})?$/;
/** A determiner or possessive right before the expression, maybe with one adjective between. */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|your|this|that|these|those|whose|[\p{L}\d.]+['’]s?)\s+(?:(?!year\b)[a-z]+\s+)?$/iu;
const DETERMINER_INSIDE = /^(?:the|a|an)\s/i;
const HYPHENATED = /-(?:century|centuries)$/i;
/** Words after a date that show it is not describing a noun: function words, verbs of being, pronouns. */
const FUNCTION_WORDS = new Set(
  (
    'the a an and or but nor so yet of in on at to for from by with about after before since until till during ' +
    'between through into onto over under against among within without as than when while where which who whom whose ' +
    'that this these those it its he she they we you i is are was were be been being has have had will would ' +
    'could should may might must can did do does not no also then there here now ago later earlier onwards ' +
    'alone only again too either'
  ).split(' '),
);
/**
 * Nouns for happenings: "the 2019 election", "Iran's 1979 Islamic revolution", "the 2022 final".
 * With one of these in the words after it, the date dates the happening and stays an event.
 */
const EVENT_NOUNS = new Set(
  (
    'election elections vote votes poll polls referendum by-election primary primaries revolution war wars invasion uprising ' +
    'coup crisis crash collapse attack attacks bombing bombings earthquake quake flood floods flooding storm hurricane ' +
    'typhoon cyclone fire fires wildfire wildfires blaze disaster drought famine pandemic outbreak epidemic recession ' +
    'protest protests riot riots strike strikes massacre shooting explosion accident rescue trial verdict ruling ' +
    'agreement deal treaty accord merger takeover acquisition launch landing visit summit meeting talks conference ' +
    'games olympics olympic cup final finals championship championships tournament season race marathon festival ' +
    'ceremony inauguration census survey report study inquiry investigation campaign edition opening closure ' +
    'restoration renovation recall flight mission eruption tsunami landslide derailment fall boom ' +
    'upheaval unrest revolt rebellion insurgency conflict battle siege fighting clashes violence killings murder ' +
    'assassination kidnapping hijacking scandal bankruptcy default bailout shutdown lockdown blackout spill leak ' +
    'heatwave fires uprisings massacres crackdown purge raid raids arrest arrests resignation departure ' +
    'victory win defeat loss relegation promotion title triumph upset debut premiere release rollout ' +
    'wedding funeral birth death deaths debate hearing hearings session sessions negotiations ceasefire truce ' +
    'withdrawal annexation independence merger split privatisation privatization nationalisation ' +
    'nationalization reform reforms overhaul crisis crises surge slump downturn rally sell-off selloff ' +
    'listing flotation ipo offering auction reshuffle transition handover swearing-in visit visits tour ' +
    'expedition voyage crossing trip journey ascent summit sighting discovery breakthrough approval ' +
    'announcement decision agreement agreements deals pact pacts accords ' +
    'competition contest match matches fixture fixtures derby playoff play-off playoffs world cup ' +
    // Periods: "in the 1988 period", "the 2019 to 2020 academic year" are dates, not descriptions.
    'period year years season seasons quarter half term session month week decade era ' +
    // Figures tied to a period are dated facts too ("its 2023 profit", "the 2021 census").
    'profit profits loss losses revenue revenues sales results turnover earnings figures growth output turnout'
  ).split(' '),
);
/** "stars of the 1950s", and of a second decade joined to the first ("of the 1940s and 1950s"). */
const OF_PERIOD = /(\p{L}+)\s+of\s+(?:the\s+)?(?:\d{3}0['’]?s\s+(?:and|or|&)\s+(?:the\s+)?)?$/u;
/** How many words after the date may belong to the noun it describes ("the 1956 arch dam", "Iran's 1979 Islamic revolution"). */
const NOUN_WINDOW = 3;

/** A verb right after the date makes the date its subject: "the 1990s saw a boom", "the 20th century rose". */
const isVerb = (word: string): boolean => classify(word) !== null || /^[a-z]{3,}ed$/.test(word);

function isModifier(timex: Timex, before: string, after: string): boolean {
  const value = timex.value.replace(/-?X+$/, '');
  if (!DESCRIPTIVE.test(timex.value) && !DESCRIPTIVE.test(value)) return false;
  // "the last great icon of the 1950s", "the most photographed woman of the 20th century": a decade or
  // century after "of" says what the thing belongs to; "the riots of the 1960s" still dates the riots.
  const owner = OF_PERIOD.exec(before);
  if (owner && /^\d{2,3}$/.test(value) && !EVENT_NOUNS.has(owner[1]!.toLowerCase())) return true;
  const words = /^\s+([\p{L}\s'’-]+)/u.exec(after)?.[1]?.trim().split(/\s+/).slice(0, NOUN_WINDOW) ?? [];
  const next = words[0]?.toLowerCase().replace(/['’]s$/, '');
  // "a 19th-century tower": the hyphen already makes it an adjective; "the 1956 arch dam" needs a determiner.
  const describes = next !== undefined && !FUNCTION_WORDS.has(next) && !isVerb(next) && /^\p{L}/u.test(next);
  if (!describes) return false;
  // A decade before a noun describes it with or without a determiner ("famous 1950s pin-up star",
  // "1980s style"); a year needs one ("in 2019 police found" dates the finding).
  // A century hyphened to its noun says what kind of thing it is, even of a happening: "21st-century
  // fires" are modern fires, not fires dated to the century (a card "20" had opened a wildfire's timeline).
  if (HYPHENATED.test(timex.text)) return true;
  const decade = /^\d{3}$/.test(value) && /^\p{Ll}/u.test(words[0]!) && !/\b(?:in|during|since|by|from|until|through|throughout|of)\s+$/i.test(before);
  if (!decade && !HYPHENATED.test(timex.text) && !DETERMINER_INSIDE.test(timex.text) && !DETERMINER_BEFORE.test(before)) return false;
  return !words.some((w) => EVENT_NOUNS.has(w.toLowerCase().replace(/['’]s?$/, '')));
}

/**
 * The year a forecast, an outlook, a target or a budget is for: "lowered its forecast for economic
 * growth in 2026 to 1.25%", "raised its inflation forecast for 2026", "cut its 2026 growth forecast".
 * The year is what the figure is about, not when anything happened; the lowering is the event. Only
 * a whole year that ends the phrase (not "the target for the 2026 elections", an event of its own),
 * with no verb between ("estimates of how many people died in 2019" dates the deaths).
 */
const FORECAST_NOUN = String.raw`(?:forecasts?|outlook|targets?|budgets?|projections?|estimates?|guidance|predictions?|expectations?)`;
const FORECAST_FOR = new RegExp(String.raw`\b${FORECAST_NOUN}\s+(?:for|of)\s+((?:[\p{L}\p{N}%.'’-]+\s+){0,4}?)(?:(?:in|for|during)\s+)?$`, 'iu');
/** "its 2026 growth forecast": the year before the figure's noun and the forecast. */
const YEAR_FORECAST_AFTER = new RegExp(
  String.raw`^[\s-]+(?:(?:economic|growth|gdp|inflation|revenue|sales|profit|earnings|spending|deficit|borrowing|unemployment|price|rate|output)\s+){0,2}${FORECAST_NOUN}\b`,
  'iu',
);
/**
 * A plan's date in an aside on a noun, between commas, with the sentence going on past it: "Work on
 * the road, due for completion in 2026, has been suspended since the kidnapping" tells the
 * suspension; 2026 had been its card, titled "Work on the road has been suspended". The same plan
 * told as the sentence's claim ("The road is due for completion in 2026") still dates it.
 */
const PLAN_ASIDE_BEFORE =
  /[\p{L}\d)’'"”]\s*,\s*(?:(?:which|that)\s+(?:is|was|are|were|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?(?:due|scheduled|slated|planned|set|expected)(?:\s+(?:for|to)(?:\s+[\p{L}-]+){1,3}?)?\s+(?:in|by|on|for|before|around|at)\s+$/iu;
const ASIDE_CLOSES = /^\s*,\s*\p{L}/u;
function isPlanAside(before: string, after: string): boolean {
  return PLAN_ASIDE_BEFORE.test(before.slice(-90)) && ASIDE_CLOSES.test(after);
}

/**
 * A year right after an amount that an indefinite noun phrase gives: "offered a pay rise of 3 % this
 * year", "an increase of £200 in 2026". The year says which year the amount is for, as a forecast's
 * does; the offer is the event, and it is not dated by it. "The Bank expects growth of 1.5% in 2026"
 * (no article) is a forecast told as the claim, and keeps its year.
 */
const AMOUNT_OF_BEFORE =
  /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+of\s+(?:(?:about|around|roughly|nearly|almost|just|only|up\s+to|at\s+least|more\s+than|less\s+than)\s+)?(?:[$£€¥]\s*)?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|(?:k|m|bn|million|billion|thousand)\b|(?:pounds|dollars|euros)\b)?\s+(?:(?:in|for)\s+)?$/iu;

function isForecastYear(timex: Timex, before: string, after: string): boolean {
  if (!/^\d{4}$/.test(timex.value)) return false;
  if (AMOUNT_OF_BEFORE.test(before.slice(-80))) return true;
  if (YEAR_FORECAST_AFTER.test(after) && DETERMINER_BEFORE.test(before)) return true;
  const m = FORECAST_FOR.exec(before);
  if (!m || m[1]!.split(/\s+/).some((w) => w && isVerb(w.toLowerCase()))) return false;
  const next = /^\s*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  return /^\s*(?:$|[,.;:!?)])/.test(after) || (next !== undefined && FUNCTION_WORDS.has(next));
}

/**
 * "Than" right before the date, maybe with a subject and a verb of being between: the date is what
 * something is measured against ("the tenets are different than they were in 1978", "sales were
 * higher than in 2019"), not when anything happened. So is a figure's date right after the figure's
 * noun ("more than double the number the year before", "up from the level a year earlier").
 */
/** "from Monday to Friday": the start of a range, not the other side of a comparison. */
const RANGE_ON = /^\s*(?:to|until|till|through)\b/i;
const COMPARED_BEFORE =
  /\bthan\s+(?:(?:it|they|he|she|we|you|i|there|that|this|those)\s+)?(?:(?:was|were|did|had|had been|is|are|does|do|has|have)\s+)?(?:(?:in|on|at|during|of|for)\s+)?$|\bthe\s+(?:number|figure|total|level|amount|rate|tally|count)\s+$|\b(?:up|down|rose|fell|higher|lower)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|points?)?\s+from\s+$|\bcompared\s+(?:with|to)\s+$/i;

/**
 * A manner measured against a time, its verb said again by "did", "was" or "used to": "we are doing
 * it the way we did 25 years ago", "the square looks as it did in 1900", "just like they were in
 * 2019". The date is the other side of the comparison; nothing is told of what happened then.
 */
const MANNER_COMPARED =
  /\b(?:the\s+(?:same\s+)?way|(?:just\s+|much\s+)?(?:as|like))\s+(?:[\p{L}'’-]+\s+){1,3}?(?:did|do|does|was|were|had|used\s+to(?:\s+be)?)(?:\s+(?:it|so|things))?\s+(?:(?:in|on|at|during|back\s+in)\s+)?$/iu;

/**
 * An amount measured as a share or a multiple of what something was at a date: "a fraction of what
 * the old stadium cost a decade ago", "twice what it was worth in 2019", "half of what they paid
 * last year". The date is the baseline of the measure; nothing is told of what happened then.
 */
const SHARE_OF_WHAT =
  /\b(?:fraction|half|third|quarter|fifth|tenth|twice|double|triple|treble|times|(?:per\s*cent|percent|%))\s+(?:of\s+)?what\s+(?:[\p{L}'’-]+\s+){1,4}?(?:cost|costs|was|were|paid|earned|made|spent|charged|sold|fetched|raised|got|had|did)(?:\s+(?:worth|for|it|them|in\s+total))?\s+(?:(?:in|on|at|during|back\s+in)\s+)?$/iu;

/**
 * How the change is measured, between it and "since": "pay has fallen by about 12 per cent in real
 * terms since 2020" had put a card on 2020 titled by the sentence's other claim.
 */
const CHANGE_MEASURE = String.raw`(?:in\s+(?:real|nominal|cash|absolute|relative|value|volume|dollar|sterling)(?:\s+terms)?|on\s+average|overall|in\s+total)`;
/**
 * The baseline of a change by an amount: "has risen by about 0.9 degrees since 1900", "sales are
 * up 40% since 2019", "the toll has halved since 2010". What is told is the change to now; the
 * date is where it is measured from, no event on it. Without an amount ("Prices have risen since
 * August") the date may be when a rise began, and a "when" clause after the date tells what
 * happened then ("since 1900, when records began").
 */
const CHANGE_SINCE = new RegExp(
  String.raw`\b(?:(?:risen|rose|rises?|fallen|fell|falls?|increased|increases?|decreased|decreases?|grown|grew|grows?|dropped|drops?|declined|declines?|climbed|climbs?|jumped|jumps?|soared|slumped|plunged|gained|shrunk|shrank|shrinks?|warmed|cooled|up|down)(?:\s+\p{Ll}+ly)?\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just\s+(?:over|under)|an\s+estimated)\s+)?(?:[\d.,]+\s*(?:%|°\s*[CF]?|percent|per\s+cent|(?:[\p{L}°]+\s+){0,2}?[\p{L}°]+)?|a\s+(?:third|quarter|half|fifth|tenth)|half)|(?:doubled|tripled|trebled|quadrupled|halved))(?:\s+${CHANGE_MEASURE})?\s+since\s+$`,
  'iu',
);

/**
 * "The first win since 2019", "the worst floods since 1953": a bare year after "since", with a first,
 * last or superlative before it in the clause, is what the sentence is measured against. A state
 * that began then ("had held the seat since 2005") and a happening ("the first meeting since the
 * 1979 revolution") still date something, as does a year a "when" clause tells ("the worst since
 * 2018, when a blaze burned 27,000 hectares").
 */
const WHEN_AFTER = /^\s*,?\s*when\b/i;
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)|only|last|latest|biggest|largest|smallest|highest|lowest|worst|best|longest|sharpest|steepest|deepest|strongest|weakest';
const FIRST_SINCE = /\b(?:first|only|last|most|least|best|worst|\p{Ll}{3,}est)\b[^,;:.!?]*\bsince\s+$/iu;

/**
 * Any date, not only a year, after a ranked noun and "since": "its fourth reduction since August",
 * "the first rise since March 2020", "Britain's biggest one-day fall since Tuesday" count from the date,
 * which is the start of the span measured, no event on it. Tighter than `FIRST_SINCE`, whose
 * superlative may stand anywhere before a year: here the ordinal or superlative heads the phrase
 * right before "since" (after a determiner or possessive, at most three words and no verb between),
 * so "The largest hospital has been without power since Tuesday" still dates the power cut.
 * "since Tuesday's crash" and a "when" clause after the date date something.
 */
/** Nouns in "-est", no superlatives: "the unrest since Monday" began on Monday. */
const EST_NOUNS = String.raw`(?:interest|protest|request|arrest|contest|forest|harvest|inquest|conquest|quest|test|rest|chest|west|guest|honest|modest|manifest|digest|unrest)\b`;
const RANK_SINCE = new RegExp(
  String.raw`(?:\b(?:the|its|their|his|her|our|a)|['’]s)\s+(?:(?:${ORDINALS})((?:\s+[\p{L}\p{N}'’-]+){0,3}?)(?:\s+in\s+a\s+row)?|(?!${EST_NOUNS})\p{Ll}{2,}est((?:\s+[\p{L}\p{N}'’-]+){1,3}))\s+since\s+$`,
  'iu',
);
function isRankSince(before: string, after: string): boolean {
  const m = RANK_SINCE.exec(before);
  if (!m || WHEN_AFTER.test(after) || /^['’]s\b/.test(after)) return false;
  return !(m[1] ?? m[2] ?? '')
    .trim()
    .split(/\s+/)
    .some((w) => w && (isVerb(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase())));
}

/** "Before 1997," / "prior to 2010": what follows happened some time before the year, not in it. */
const BOUND_BEFORE = /\b(?:before|prior\s+to)\s+$/i;
const BARE_YEAR = /^(?:\d{4}|the\s+\d{3}0s)$/i;

/**
 * A participle with its year after the object of a preposition that follows a verb: "drifted into
 * the crime family founded in 1931", "searched the home of a man arrested in 2019". The year
 * describes the thing, as "the 1931 family" would, and the sentence's event is elsewhere. "The firm
 * expanded in 2019" and "The roof of the chapel collapsed in 1962" read alike but have no verb
 * before the phrase: there the participle is the sentence's own verb.
 */
function isParticipleYear(before: string, written: string): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const m = PARTICIPLE_AFTER_OBJECT.exec(before);
  return (
    !!m &&
    before
      .slice(0, m.index)
      .split(/\s+/)
      .some((w) => isVerb(w.toLowerCase()))
  );
}
const PARTICIPLE_AFTER_OBJECT =
  /\b(?:of|into|in|at|to|from|with|for|by|on|onto|near|inside|about|over|under|through|against|among|between)\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had)\s)[\p{L}'’-]+\s+){0,3}?(?:\p{Ll}{2,}ed|built|made|set|held|founded|begun|written|laid|won|known|drawn|sold|bought|taken|given|shot|struck|hit)\s+(?:in|during)\s+$/iu;

// ── counts, habits, counterfactuals ──────────────────────────────────────────────────────────
const COUNT_BEFORE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a dozen|dozens of|countless|numerous)\s+times\s+(?:since|in|during|over)\s+$|\b(?:once|twice|thrice)\s+(?:since|in|during)\s+$/i;
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
/** Adverbs that make a present-tense clause a habit: "still closes its tills on Christmas Day". */
const HABITUAL =
  /\b(?:still|always|usually|normally|traditionally|typically|generally|customarily|invariably|never|every\s+year|each\s+year|annually|as\s+usual)\b/i;
const BARE_SEASON = /^(?:summer|winter|spring|autumn|fall)$/i;
/** The expression states its own year, so it names one occasion however habitual the clause: "closed on Christmas Day 2019". */
const OWN_YEAR = /\d{4}/;

/** The stretch between the commas or semicolons around the expression, and where it starts. */
function clauseAround(sentence: string, timex: Timex): { text: string; start: number } {
  const start = Math.max(sentence.lastIndexOf(',', timex.start - 1), sentence.lastIndexOf(';', timex.start - 1)) + 1;
  const ends = [sentence.indexOf(',', timex.end), sentence.indexOf(';', timex.end)].filter((i) => i >= 0);
  return { text: sentence.slice(start, ends.length ? Math.min(...ends) : sentence.length), start };
}

function isHabit(sentence: string, timex: Timex): boolean {
  if (OWN_YEAR.test(timex.text) || /^(?:last|next|this)\b/i.test(timex.text)) return false;
  const clause = clauseAround(sentence, timex);
  if (isYearlySpan(clause.text.slice(0, timex.start - clause.start), timex)) return true;
  // A season without "the", "last" or a year is any year's, unless it lies ahead: "where children
  // fished in summer"; "the work will be finished in summer" still names the one to come.
  if (BARE_SEASON.test(timex.text) && /\bin\s+$/i.test(sentence.slice(0, timex.start)))
    return makeTenseLookup(clause.text)(timex.start - clause.start) !== 'FUTURE';
  if (isYearlyRateMonth(sentence, timex, clause.text)) return true;
  if (!HABITUAL.test(clause.text)) return false;
  // Judged in the clause alone: the main clause's "added" must not make "which still halts … on
  // Christmas Day" past. No tense cue at all, beside a habitual adverb, is the present of habit.
  const tense = makeTenseLookup(clause.text)(timex.start - clause.start);
  return tense === 'PRESENT' || tense === null;
}

/**
 * The span of a period that comes round every year, told in the present: "The cyclone season in
 * Queensland runs from November to April", "the school year runs from September to July". Only a
 * season, a school or fiscal year or a term as the subject, its present "runs/lasts/…" and bare
 * months (no year, no day): "The exhibition runs from November to April" and "the consultation window
 * runs from May to June" are one show and one window, and "this year's season lasted from …" or "the
 * 2024 season runs …" name one season.
 */
const YEARLY_SUBJECT = /\b(?:season|year|term|semester)\b[^,;.]{0,40}?\s(?:runs|lasts|stretches|extends|spans)\s+(?:from\s+)?$/i;
const ONE_OF_THEM = /\b(?:this|next|last|that|coming|current)\b|\d{4}/i;
/** A month's name as a sentence writes it ("July"). */
const MONTH = `(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const BARE_MONTHS = new RegExp(String.raw`^${MONTH}(?:\s+(?:to|until|till|through|and|-|–)\s+${MONTH})?$`);
function isYearlySpan(before: string, timex: Timex): boolean {
  const m = YEARLY_SUBJECT.exec(before);
  return !!m && BARE_MONTHS.test(timex.text) && !ONE_OF_THEM.test(before);
}

/**
 * Bare months in a sentence that tells a yearly rate in the present: "Greece's ferries carry 20
 * million passengers a year, many of them tourists travelling to the islands in July and August",
 * "Ski lifts carry 300,000 people a year in January and February". The months are when the habit
 * peaks, any year's. Only when the months stand in the rate's clause or in a phrase with no verb of
 * its own after it ("…, the contract ends in March" tells one ending), with no past or future cue
 * at the rate or the months ("carried … a year … in July" tells one year), and with no verb or
 * conjunction between the rate and the months ("… a year and reopens in March" is one reopening).
 */
const YEARLY_RATE = /\b(?:a|per|each|every)\s+year\b(?!\s+(?:ago|earlier|later|after|before|on|from|or))|\bannually\b/i;
const MONTH_LIST = new RegExp(String.raw`\b${MONTH}\b(?:\s*,)?(?:\s+(?:and|or|to|until|through))?\s*`, 'g');
function isYearlyRateMonth(sentence: string, timex: Timex, clause: string): boolean {
  if (!BARE_MONTHS.test(timex.text)) return false;
  const rate = [...sentence.slice(0, timex.start).matchAll(new RegExp(YEARLY_RATE.source, 'gi'))].at(-1);
  if (!rate) return false;
  const tense = makeTenseLookup(sentence);
  if (![tense(rate.index), tense(timex.start)].every((t) => t === 'PRESENT' || t === null)) return false;
  const between = sentence.slice(rate.index + rate[0].length, timex.start).replace(MONTH_LIST, ' ');
  if (between.split(/[\s,;]+/).some((w) => w && (isVerb(w.toLowerCase()) || /^(?:and|but|or|then|until|after|before|when|while)$/i.test(w)))) return false;
  return clause.includes(rate[0]) || !clause.split(/[\s,;]+/).some((w) => w && isVerb(w.toLowerCase()));
}

/**
 * Hours of the day a piece of advice or a rule is for, with no day named: "The HSE advised people to
 * stay out of the sun between 11am and 3pm", "Residents should not water gardens from 8am to 6pm".
 * They hold any day, so no card goes on the publication day. Only a range of clock times (a single
 * "leave by 6pm" is a deadline on a day) after a verb of advising and its "to", or "should", "must",
 * "avoid".
 */
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midday|midnight)`;
const HOURS_FROM = new RegExp(String.raw`\b(?:between|from)\s+$`, 'i');
const HOURS_TO = new RegExp(String.raw`^\s*(?:and|to|until|till|-|–)\s*${CLOCK}`, 'i');
const HOURS_END = new RegExp(String.raw`\b(?:between|from)\s+${CLOCK}\s*(?:and|to|until|till|-|–)\s*$`, 'i');
const ADVICE =
  /\b(?:advised|advises|advise|advising|urged|urges|urge|urging|told|tells|asked|asks|encouraged|encourages|recommended|recommends|warned|warns|reminded|reminds)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+\p{Ll}|\b(?:should|shouldn['’]t|must|ought\s+to|avoid|avoiding)\b/iu;
const SHORT_MONTH = `(?:${MONTH_SHORT.join('|')})`;
const DAY_NAMED = new RegExp(
  String.raw`\b(?:today|tonight|tomorrow|yesterday|${WEEKDAY_NAMES.join('|')}|this\s+(?:morning|afternoon|evening)|${SHORT_MONTH}[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${SHORT_MONTH})`,
  'i',
);
function isAdviceHours(sentence: string, timex: Timex, before: string, after: string): boolean {
  if (!isClockOnly(sentence.slice(timex.start, timex.end)) || DAY_NAMED.test(sentence)) return false;
  const inRange = (HOURS_FROM.test(before) && HOURS_TO.test(after)) || HOURS_END.test(before);
  return inRange && ADVICE.test(before);
}

/** "If they had said something in January", "Had the dam been repaired in 2019", "would have opened in May". */
const IF_HAD = /\b(?:if|unless)\b[^,;.!?]*?\bhad\b/i;
const HAD_INVERTED = /(?:^|[,;]\s*)\W*had\s+(?:they|we|he|she|it|I|you|the|officials|anyone)\b/i;
// A participle after "have", so "would have to wait" (an obligation) is not read as "would have waited".
const WOULD_HAVE = /\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\s+(?:been|had|done|made|gone|seen|known|taken|given|[a-z]+(?:ed|en|wn|ne))\b/i;

/**
 * A plan told as overtaken, before the date in its clause: "We were meant to be home tonight", "was
 * supposed to fly on Monday", "She was planning a trip to Japan next spring" (a murdered woman's), "had
 * planned to marry in June". What was meant did not happen, or not then. "said it was planning to open
 * a plant next year" reports a plan that still stands, so the progressive needs no verb of saying before it.
 */
const OVERTAKEN_PLAN =
  /\b(?:was|were)\s+(?:(?:meant|supposed)\s+to|due\s+to\s+have)\b|\bhad\s+(?:been\s+)?(?:planned|planning|hoped|hoping|intended|intending|meant|supposed)\b/i;
const PLANNING = /\b(?:was|were)\s+(?:planning|hoping\s+to|intending\s+to)\b/i;
const SAID_BEFORE = /\b(?:said|says|told|announced|confirmed|added|explained)\b/i;
function isOvertakenPlan(clauseBefore: string): boolean {
  if (OVERTAKEN_PLAN.test(clauseBefore)) return true;
  const plan = PLANNING.exec(clauseBefore);
  return !!plan && !SAID_BEFORE.test(clauseBefore.slice(0, plan.index));
}

function isCounterfactual(sentence: string, timex: Timex): boolean {
  const clause = clauseAround(sentence, timex);
  if (isOvertakenPlan(clause.text.slice(0, timex.start - clause.start))) return true;
  // The condition dates only what it holds: in "A woman hit and killed by a motorist Wednesday night
  // … might be alive if the driver had listened", Wednesday night is what happened.
  const condition = IF_HAD.exec(clause.text);
  const datedCondition = !!condition && clause.start + condition.index < timex.start;
  return datedCondition || HAD_INVERTED.test(clause.text) || WOULD_HAVE.test(clause.text);
}

// ── quoted fragments ─────────────────────────────────────────────────────────────────────────
/** A quote this short with no verb in it says no more than the words: "“Not this year,”". */
const FRAGMENT_WORDS = 6;
const OPEN = '“‘"';
const CLOSE = '”’"';

function isQuotedFragment(sentence: string, timex: Timex): boolean {
  let open = -1;
  for (let i = timex.start - 1; i >= 0; i--) {
    const ch = sentence[i]!;
    if (CLOSE.includes(ch) && ch !== '"' && ch !== '’') return false;
    if (OPEN.includes(ch) && ch !== '’') {
      // A straight quote opens only when it is not already closing an earlier one.
      if (ch === '"' && (sentence.slice(0, i).split('"').length - 1) % 2 === 1) return false;
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const closeAt = [...sentence.slice(timex.end)].findIndex((ch) => ch === '”' || ch === '"');
  if (closeAt < 0) return false;
  const quote = sentence.slice(open + 1, timex.end + closeAt);
  if (quote.trim().split(/\s+/).length > FRAGMENT_WORDS) return false;
  return makeTenseLookup(quote)(timex.start - open - 1) === null;
}
