import { GLUED_SUM, isLetterSum } from './currency-codes.ts';
import { aliasForm, lookupAlias } from './aliases.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { isCommonWord } from './common-words.ts';
import { normalizeChars } from './normalize.ts';
import { isNumberWord, STREET_WORD } from './numbers.ts';
import { isStopword } from './stopwords.ts';
import { isIrregularForm } from './synonyms.ts';
import ORDINARY from './ordinary-stems.json' with { type: 'json' };
import { stem } from './tokenize.ts';

/** A person, place or organisation named in a text. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Canonical key shared by all variants of the same name ("US", "U.S.", "United States" → `united states`). */
  key: string;
  kind: 'person' | 'place' | 'organisation' | 'other';
}

/** Titles stripped from the key; what follows a title is a person. Longest first where they overlap. */
const TITLES = [
  'Vice President',
  'President',
  'Deputy Prime Minister',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Interior Minister',
  'Finance Minister',
  'Minister',
  'Foreign Secretary',
  'Home Secretary',
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Cabinet Secretary',
  'Secretary',
  'Inspector-General',
  'Inspector General',
  'Chief of Police',
  'Chief of Staff',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Emperor',
  'Sheikh',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Senator',
  'Sen',
  'Rep',
  'Representative',
  'Congressman',
  'Congresswoman',
  'Governor',
  'Gov',
  'Mayor',
  'General',
  'Gen',
  'Colonel',
  'Col',
  'Lt',
  'Lieutenant',
  'Major',
  'Captain',
  'Capt',
  'Admiral',
  'Sergeant',
  'Sgt',
  'Chief Justice',
  'Judge',
  'Justice',
  'Ambassador',
  'Premier',
  'Commissioner',
  'Chairman',
  'Chairwoman',
  'Chief Executive',
  'CEO',
  'Chief Financial Officer',
  'CFO',
  'Chief Operating Officer',
  'COO',
  'Chief Information Officer',
  'CIO',
  'Chief Technology Officer',
  'CTO',
  'Fire Chief',
  'Police Chief',
  'Chief Constable',
  'Attorney General',
  'District Attorney',
  'Prosecutor',
  'Speaker',
  'Ayatollah',
  // Honorifics of West African and South Asian news: "Alhaji Atiku Abubakar", "Shri Ashwini Vaishnaw".
  'Alhaji',
  'Alhaja',
  'Asiwaju',
  'Mallam',
  'Shri',
  'Smt',
  'Archbishop',
  'Bishop',
  'Rev',
  'Supreme Leader',
  'Crown Prince',
  'Coach',
  // A player's position before the name: "RB DeShawn Wynn", "Quarterback Peyton Manning".
  'QB',
  'RB',
  'WR',
  'TE',
  'LB',
  'CB',
  'Quarterback',
  'Linebacker',
  'Goalkeeper',
  'Striker',
  'Midfielder',
  'Pitcher',
  'Detective',
  'Inspector',
  'Chief Inspector',
  'Superintendent',
  'Chief Superintendent',
  'Warden',
  'Principal',
  'Headteacher',
  'Head Teacher',
  'Headmaster',
  'Headmistress',
  'Officer',
  'Deputy',
  'Sheriff',
  'Dep',
  'Det',
  // A nationality said as a noun describes the person named after it: "32-year-old Englishman Robert Buckley".
  'Englishman',
  'Englishwoman',
  'Frenchman',
  'Frenchwoman',
  'Irishman',
  'Irishwoman',
  'Scotsman',
  'Scotswoman',
  'Welshman',
  'Welshwoman',
  'Dutchman',
  'Dutchwoman',
  'Briton',
]
  .map((t) => t.split(/\s+/))
  .sort((a, b) => b.length - a.length);

/** Titles written short with a full stop ("Mr.", "Lt."), and "St." of saints: the stop is the abbreviation's, not a sentence end. */
const ABBREVIATED_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Rev', 'Dep', 'Det', 'St']);

/** Name-internal lower-case particles ("Bashar al-Assad" is one token; "Ludwig van Beethoven" is not). */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'di', 'du', 'dos']);
/** Connectors allowed inside organisation names ("Bank of England", "Islamic State of Iraq and the Levant"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and']);
/** The connectors of an "of" phrase: "Department of Justice", "Secretary for Health". */
const OF_WORDS = new Set(['of', 'for']);
const PRONOUN_I = /^I(?:['’](?:m|ve|d|ll))?$/;
const DATE_WORDS = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...'mon tue tues wed thu thur thurs fri sat sun'.split(' ')]);
// A band or a tower ends no person's name; read as people, they kept apart the timeline's tellings of one day.
const ORG_SUFFIX =
  /\b(?:Ministry|Party|Council|Assembly|Committee|Bank|Agency|Company|Corp|Corporation|Inc|Ltd|Group|University|College|Association|Union|Commission|Court|Parliament|Army|Navy|Police|Times|News|Post|Institute|Foundation|Office|Department|Congress|Senate|Organisation|Organization|Service|Services|Authority|Administration|Board|Federation|League|Club|Airways|Airlines|Network|Front|Movement|Brigade|Forces|Guard|Fund|Motors|Electric|Dynamics|Hospital|Mills|Foods|Games|Cup|Open|Center|Centre|Clinic|Hotel|Studios|Records|Pictures|Bureau|Prison|Academy|School|Schools|Band|Orchestra|Choir|Unit|Squad)$/;
const PLACE_SUFFIX =
  /\b(?:City|River|Mountains?|Province|County|Island|Islands|Lake|Sea|Ocean|Valley|Bay|Gulf|Region|District|State|Square|Airport|Coast|Peninsula|Strait|Desert|Stadium|Arena|Park|Bridge|Station|Street|Road|Avenue|Tower|Cathedral|Museum|Church|Chapel|Temple|Mosque|Synagogue)$/;
/**
 * Kinds of places and bodies, which name one only with more words ("Qeshm Airport", "the Judiciary
 * Committee"). Not "Congress", "Parliament", "Senate", "Police", "Army": alone, they name the one there is.
 */
const GENERIC_NOUN =
  /^(?:Street|Road|Avenue|Square|Airport|Station|Bridge|Park|Stadium|Arena|Tower|County|District|Region|Province|Island|Valley|Coast|Committee|Council|Commission|Department|Office|Ministry|Agency|Board|Authority|Services?|Unit|Squad|Group|Company|Corporation|Court|Hospital|Clinic|Hotel|School|College|University|Institute|Foundation|Association|Union|Federation|Club|Center|Centre|Bureau|Prison|Academy|Network|Fund|Church|Museum)$/;
/** Squares and streets named first: "Place Vendome", "Rue de Rivoli", "Piazza Navona"; and Ireland's counties, "Co Tyrone". */
const PLACE_PREFIX = /^(?:Place|Rue|Piazza|Plaza|Boulevard|Avenida|Calle|Via|Mount|Lake|Cape|Fort|County|Co)\s/;
/** Words that open sentences and are not in the common-word lists: "No one was hurt", "Hundreds fled", "Instead, …". */
const OPENING_WORDS = new Set(
  'no others instead whatever whoever throughout hundreds thousands millions billions dozens scores every meanwhile nevertheless nonetheless otherwise elsewhere overall initially eventually finally'.split(
    ' ',
  ),
);
/**
 * Plural nouns for the people and crews a news story is about, and indefinite pronouns: opening a
 * sentence they take its capital, not a name's ("Crews battled the flames", "Everyone was asleep"),
 * and read as names they made two sentences share one.
 */
const GROUP_WORDS = new Set(
  (
    'everyone everybody everything someone somebody something anyone anybody anything nobody nothing ' +
    'crews rescuers firefighters residents witnesses neighbours neighbors villagers locals survivors victims relatives ' +
    'passengers commuters motorists drivers pedestrians protesters protestors demonstrators activists campaigners volunteers ' +
    'workers employees troops soldiers officers detectives investigators prosecutors lawyers jurors doctors nurses paramedics ' +
    'medics scientists researchers experts analysts engineers inspectors ambulances fans spectators shoppers ' +
    'tourists visitors students pupils teachers parents patients farmers fishermen miners climbers hikers divers pilots ' +
    'inmates prisoners suspects gunmen attackers militants rebels insurgents mourners onlookers bystanders homeowners tenants'
  ).split(' '),
);
/** A day of the calendar, not a name: "New Year's Eve", "Christmas", "Valentine's Day". */
const HOLIDAY =
  /^(?:New Year(?:['’]s)?(?: (?:Eve|Day))?|Christmas(?: (?:Eve|Day))?|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Halloween|Hanukkah|Ramadan|Passover|Boxing Day|Labou?r Day|Memorial Day|Independence Day|Valentine['’]?s?(?: Day)?)$/;
/** "New Year's | Eve": the possessive ends the name before its day. */
const HOLIDAY_OWNER = /\b(?:New Year|Valentine|Christmas)['’]s\s+$/;
/**
 * "Competition and Markets Authority", "Securities and Exchange Commission", "Food and Drug
 * Administration": one capitalised word no alias table knows, "and", then capitalised words up to an
 * organisation's last word. "Britain and France", "Britain and France Telecom", "Obama and the Federal
 * Reserve" stay two names (a known name first, or no such ending).
 */
function bodyNamedByAnd(seq: readonly Word[], words: readonly Word[], k: number, isCap: (w: Word) => boolean): boolean {
  const head = seq.filter((w) => w.text !== 'The');
  if (head.length !== 1 || !/^\p{Lu}\p{Ll}{3,}$/u.test(head[0]!.text) || lookupAlias(head[0]!.text)) return false;
  const article = seq[0]!.text === 'The' || (/^the$/i.test(words[seq[0]!.idx - 1]?.text ?? '') && !seq[0]!.afterBreak);
  for (let j = k; j < Math.min(words.length, k + 3); j++) {
    const w = words[j]!;
    if ((j > k && w.afterBreak) || !isCap(w)) return false;
    if (ORG_SUFFIX.test(w.text)) return true;
    if (article && j > k && namedByOf(words, j + 1, isCap)) return true;
  }
  return false;
}

/**
 * The fields of a government department or a body's brief, which end the second half of its "of X
 * and Y Z" name: "the Department of Health and Human Services", "the Department of Housing and Urban
 * Development". A tail that ends otherwise is a name of its own: "the Department of Justice and
 * Maria Ortega".
 */
const PORTFOLIO =
  /^(?:Services|Affairs|Development|Resources|Security|Safety|Change|Care|Management|Protection|Planning|Industry|Industries|Trade|Technology|Welfare|Relations|Sport|Culture|Media|Energy|Transport|Environment|Health|Education|Science|Innovation|Skills|Works|Infrastructure|Communities|Housing|Justice|Defen[cs]e|Commerce|Labou?r|Agriculture|Fisheries|Forestry|Tourism|Immigration|Employment|Pensions|Heritage|Arts|Research|Enforcement|Equality|Emergencies)$/;
/** Two or three capitalised words from `k`, the last a `PORTFOLIO` field and no capital after it. */
function portfolioTail(words: readonly Word[], k: number, isCap: (w: Word) => boolean): boolean {
  for (let n = 2; n <= 3; n++) {
    const tail = words.slice(k, k + n);
    if (tail.length < n || tail.some((w, j) => (j > 0 && w.afterBreak) || !isCap(w))) return false;
    const next = words[k + n];
    if (PORTFOLIO.test(tail[n - 1]!.text) && !(next && !next.afterBreak && isCap(next))) return true;
  }
  return false;
}

/**
 * "the Rock and Roll Hall of Fame", "the Arts and Letters Society of Leeds": after "the", one word no
 * alias table knows, "and", then two capitalised words or more going on into "of" and a capitalised
 * word. One "the" before it all makes it one name: it had been "Rock", a person "Roll Hall" and "Fame"
 * (user test X). Without the article, "Harriman and Secretary of State Dean Rusk" stays two names, and
 * so does "the Duke and Duchess of Sussex" (one word before "of").
 */
function namedByOf(words: readonly Word[], at: number, isCap: (w: Word) => boolean): boolean {
  const [of, owner] = [words[at], words[at + 1]];
  return of?.text === 'of' && !of.afterBreak && !!owner && !owner.afterBreak && isCap(owner);
}

/** Words a title of a work leaves in lower case between its capitalised ones: "Walk to the Harbour". */
const TITLE_SMALL_WORDS = new Set('a an the and or nor but of to in on at for from with by as into onto over under up down out off upon via'.split(' '));
/** A quotation of two to eight words: straight quotes, as `normalizeChars` leaves every quote. */
const QUOTATION = /(?<![\p{L}\p{N}])(["'])(\S[^"'\n]{1,80}?\S)\1(?![\p{L}\p{N}])/gu;

/**
 * Titles of works quoted in Title Case ("her hit “Walk to the Harbour”", "'Winter in Lisbon,'"): one
 * name each, of kind `other`, keyed by the whole title. Read word by word, the song "Run to the River"
 * had given the place "River" to the timeline's who/where (user test X). A quotation is a title when
 * every word is capitalised or one of the small words a title leaves in lower case, it ends on a
 * capital, holds two capitalised words or more and some lower case ("NOT A PENNY" is a shout), and it
 * is no name the alias table knows (“United States” policy stays the country).
 */
function quotedTitles(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const core = m[2]!.replace(/[,.!?]$/, '');
    const ws = core.split(' ');
    if (ws.length < 2 || ws.length > 8 || !/\p{Ll}/u.test(core) || lookupAlias(core)) continue;
    const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
    if (!capital(ws[0]!) || !capital(ws[ws.length - 1]!) || ws.filter(capital).length < 2) continue;
    if (!ws.every((w) => capital(w) || TITLE_SMALL_WORDS.has(w))) continue;
    const start = m.index + 1;
    // Keyed without a leading article, as the title's words run in prose: "A House of Small Weathers" / her novel, A House of Small Weathers.
    out.push({ start, end: start + core.length, text: core, key: aliasForm(core.replace(/^An?\s+/, '')), kind: 'other' });
  }
  return out;
}

/**
 * Acronyms of things, not of anyone: "arrested on suspicion of DUI" had DUI the first name of a
 * story's filter of people, organisations and places.
 */
const COMMON_ACRONYMS = new Set([
  'DUI',
  'DWI',
  'OWI',
  'DUII',
  'MVP',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'GDP',
  'IPO',
  'DNA',
  'HIV',
  'ATM',
  'SUV',
  'ICU',
  'GPS',
  'TV',
  'PC',
  'RBI',
  'RBIs',
  'ERA',
  'MPH',
  'KPH',
  'PhD',
  'MBA',
  'FAQ',
  'URL',
  'PDF',
  'AI',
  'VAT',
  'ID',
  'IDs',
  'Q&A',
]);
/** Time zones and the half of a clock name no one: "09:10 GMT", "4:30 a.m. ET", "3:30 AM" were organisations beside a story's cast. */
const TIME_ZONES = new Set([
  'AM',
  'PM',
  'A.M.',
  'P.M.',
  'GMT',
  'UTC',
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'BST',
  'CET',
  'CEST',
  'EET',
  'IST',
  'JST',
  'AEST',
  'AEDT',
]);
/** Words that begin "X of Y" names without being organisation or place suffixes themselves. */
const NAME_HEADS = new Set([
  'House',
  'Republic',
  'Kingdom',
  'Museum',
  'Church',
  'Isle',
  'Duke',
  'Duchess',
  'Prince',
  'Princess',
  'Queen',
  'King',
  'Archbishop',
  'Bishop',
  'Cathedral',
  'Palace',
  'Bank',
  'Statue',
  'Tower',
  'Port',
  'Cape',
  'Gulf',
  'Bay',
  'Sea',
  'Lake',
  'Mount',
  'Strait',
  'Order',
  'Secretary',
  'Minister',
  'Ministry',
  'Department',
  'Office',
  'Institute',
  'University',
  'College',
  'School',
  'Academy',
  'Society',
  'Federation',
  'Court',
  'Council',
  'Board',
  'Commission',
  'Committee',
  'Party',
  'Union',
  'Organization',
  'Organisation',
  'Association',
  'Friends',
  'Sisters',
  'Brothers',
  'Daughters',
  'Sons',
  'Battle',
  'Treaty',
  'Declaration',
  'Book',
  'Acts',
]);
const PLACE_CUE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside']);
/** First words found only in place names: "Los Angeles", "San Francisco", "Kuala Lumpur". */
const CITY_OPENERS = new Set('Los Las San Santa Sao Kuala Buenos Tel Abu Rio Puerto Costa Baton Hong Sri Des Dar'.split(' '));
const LAW_SUFFIX = /\b(?:Act|Treaty|Accord|Accords|Agreement|Convention|Amendment)$/;
/** Place cues that lead to people as well (see `classify`). */
const PERSON_CUE = new Set(['to', 'from']);
/** First words of many-word place names: "San Francisco", "Los Angeles", "New Orleans", "Kuala Lumpur". */
const PLACE_OPENERS: ReadonlySet<string> = new Set([
  ...CITY_OPENERS,
  ...'New Old North South East West Upper Lower Great Little Central Santo St Saint El La Le Les Port Fort Mount Cape Ho Long Palm Grand Salt'.split(' '),
]);

interface Word {
  text: string;
  start: number;
  end: number;
  initial: boolean;
  possessive: boolean;
  afterBreak: boolean;
  idx: number;
  /** In a headline set in title case or capitals, where a capital letter does not mark a name. */
  titled: boolean;
  /** Starts a sentence or a line (an opening bracket or quote does not). */
  lineStart: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'.&][\p{L}\p{N}]+)*/gu;

/** "KLITSCHKO" as running prose writes it, "Klitschko": how a headline in capitals finds the names the text spells out. */
const titleCased = (w: string) => (/\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase());

function isCapital(w: string): boolean {
  if (/^\p{Lu}/u.test(w)) return true;
  // "al-Assad", "el-Sisi", "bin-Laden": lower-case particle glued to a capitalised name.
  return /^(?:al|el|bin|ibn|de|d|van|von)[-'](\p{Lu})/u.test(w);
}

/**
 * Finds names: runs of capitalised words, split at titles ("British Prime Minister David Cameron"
 * → `united kingdom` + `david cameron`), looked up in the alias table, with acronyms defined in
 * the text and surnames that repeat an earlier full name resolved to the full name's key.
 */
/**
 * A zone after a clock time ("05:02 BST", "10:15 PST") names no one and starts no name: read as one,
 * it joined the capital after it ("BST Councillors", "PST Alaska Airlines" on a live page's entries).
 */
function isClockZone(text: string, w: Word): boolean {
  return /^(?:[A-Z]{1,3}[SD]?T|GMT|UTC)$/.test(w.text) && /(?:\d[:.]\d{2}|\d\s*[ap]\.?\s?m\.?)\s*$/i.test(text.slice(Math.max(0, w.start - 12), w.start));
}

/**
 * A nickname in quotes inside a name, blanked to spaces (offsets stay): "Dan 'Corro' Corrigan" and
 * "Tyler "Ty" Brandt" are one person, not a first name, a quoted title and a stray surname.
 */
const NICKNAME = /(?<=\b\p{Lu}\p{Ll}+ )(['"])\p{Lu}[\p{L}.-]*\1(?= \p{Lu}\p{Ll})/gu;
const withoutNicknames = (text: string) => text.replace(NICKNAME, (m) => ' '.repeat(m.length));

/** Stems of the 20,000 commonest words English writes in lower case (`scripts/make-ordinary-words.ts`). */
const ORDINARY_STEMS = new Set((ORDINARY as string).split(' '));

export function findNames(input: string): NameMention[] {
  const text = withoutNicknames(normalizeChars(input));
  const words = scanWords(text);
  const capsElsewhere = new Set<string>();
  for (const w of words) if (!w.initial && !w.titled && isCapital(w.text)) capsElsewhere.add(w.text.replace(/'s$/, ''));
  const lowerElsewhere = new Set<string>();
  for (const w of words) if (!w.initial && /^\p{Ll}/u.test(w.text)) lowerElsewhere.add(w.text);
  // In a headline ("Actress Esther Williams Dies at 91") a capital marks a name only where the text
  // capitalises the same word in running prose, or the word is a known name or a short acronym.
  const isCap = (w: Word) =>
    isCapital(w.text) &&
    (!w.titled ||
      capsElsewhere.has(w.text) ||
      capsElsewhere.has(titleCased(w.text)) ||
      lookupAlias(w.text) !== undefined ||
      (/^\p{Lu}{2,4}$/u.test(w.text) && !allCapsLine(words, w)));

  const raw: NameMention[] = [];
  const titles = quotedTitles(text);
  let title = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    while (title < titles.length && titles[title]!.end <= w.start) title++;
    const quoted = titles[title];
    if (quoted && quoted.start <= w.start) {
      raw.push(quoted);
      while (i < words.length && words[i]!.start < quoted.end) i++;
      continue;
    }
    // "Fifteen workers were killed": a number word opening a sentence is a figure, not a name.
    // Nor does the pronoun "I" start one: read as a name, every pair of quotes saying "I" shared one.
    if (
      !isCap(w) ||
      (DATE_WORDS.has(w.text.toLowerCase()) && !isFirstName(words, i)) ||
      isNumberWord(w.text.toLowerCase()) ||
      PRONOUN_I.test(w.text) ||
      isClockZone(text, w)
    ) {
      i++;
      continue;
    }
    const seq: Word[] = [w];
    let j = i + 1;
    let sawOf = false;
    while (j < words.length) {
      if (seq[seq.length - 1]!.possessive) {
        const owned = ownedName(text, seq, words, j, isCap);
        if (!owned) break;
        seq.push(...words.slice(j, j + owned));
        j += owned;
        continue;
      }
      const next = words[j]!;
      if (next.afterBreak) break;
      const lower = next.text.toLowerCase();
      // Month names can be surnames after a first name ("Theresa May"), never on their own.
      if (isCap(next) && (!DATE_WORDS.has(lower) || (lower === 'may' && !seq[seq.length - 1]!.initial && !matchTitle(seq, seq.length - 1)))) {
        seq.push(next);
        j++;
        continue;
      }
      // A numbered street: "East 223rd Street", "West 52nd St".
      const street = words[j + 1];
      if (/^\d+(?:st|nd|rd|th)$/.test(next.text) && street && !street.afterBreak && isCap(street) && STREET_WORD.test(street.text)) {
        seq.push(next, street);
        j += 2;
        continue;
      }
      // A connector joins only when a capitalised word follows it: "Bank of England", not "Iran and".
      let k = j;
      const bridge: Word[] = [];
      while (k < words.length && !words[k]!.afterBreak && (CONNECTORS.has(words[k]!.text) || PARTICLES.has(words[k]!.text))) {
        bridge.push(words[k]!);
        k++;
      }
      const after = words[k];
      const okBridge =
        bridge.length > 0 &&
        bridge.length <= 2 &&
        after &&
        !after.afterBreak &&
        isCap(after) &&
        !DATE_WORDS.has(after.text.toLowerCase()) &&
        // "and" only continues a name already inside an "of" phrase ("State of Iraq and the Levant");
        // otherwise "Britain and France" would become one name.
        // Even then only before a one-word tail, so "Bank of England and the National Health Service" stays two names.
        (!bridge.some((b) => b.text === 'and') ||
          (sawOf && !(words[k + 1] && !words[k + 1]!.afterBreak && isCap(words[k + 1]!))) ||
          (sawOf && bridge.length === 1 && portfolioTail(words, k, isCap)) ||
          bodyNamedByAnd(seq, words, k, isCap)) &&
        !(bridge[0]!.text === 'the' && !sawOf) &&
        !bridge.every((b) => b.text === 'the');
      if (!okBridge || personOf(seq, bridge, words, k, sawOf, isCap)) break;
      if (bridge.some((b) => b.text === 'of' || b.text === 'for')) sawOf = true;
      seq.push(...bridge, after!);
      j = k + 1;
    }
    i = j;
    raw.push(...splitSequence(text, seq, capsElsewhere, lowerElsewhere, words));
  }

  // Acronyms the text defines: "Islamic State (IS)", "Islamic State of Iraq and the Levant (ISIL)".
  const defined = new Map<string, NameMention>();
  for (const m of raw) {
    const after = text.slice(m.end, m.end + 14);
    const def = /^\s*\((\p{Lu}(?:\.?\p{Lu}){1,7}\.?)\)/u.exec(after);
    if (def && m.text.includes(' ')) defined.set(def[1]!.replace(/\./g, ''), m);
  }
  // Acronyms that spell the initials of a longer name in the same text (ISIL, NHS…), when not defined outright.
  // Indexed by initials and by surname so long texts stay linear (a scan per name was quadratic).
  const byInitials = new Map<string, NameMention>();
  for (const x of raw) if (x.text.includes(' ') && !byInitials.has(initials(x.text))) byInitials.set(initials(x.text), x);
  for (const m of raw) {
    const bare = m.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(bare) || defined.has(bare) || lookupAlias(m.text)) continue;
    const long = byInitials.get(bare);
    if (long) defined.set(bare, long);
  }

  const teams = teamNames(text, raw);
  const bySurname = new Map<string, NameMention[]>();
  const byGivenName = new Map<string, NameMention[]>();
  for (const p of raw) {
    if (p.kind !== 'person' || !p.key.includes(' ') || teams.has(p.key)) continue;
    // The last word of the name as written, which may be a double-barrelled one ("Bankman-Fried").
    const tokens = p.key.split(' ');
    const surname = tokens
      .slice(
        -Math.min(
          tokens.length - 1,
          p.text
            .trim()
            .split(/\s+/)
            .pop()!
            .split(/[-‐‑–]/).length,
        ),
      )
      .join(' ');
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
    byGivenName.set(tokens[0]!, [...(byGivenName.get(tokens[0]!) ?? []), p]);
  }
  return raw.map((named) => {
    // A name written around a nickname keeps its words as written (`withoutNicknames` blanked them).
    const m = /\s{2}/.test(named.text) ? { ...named, text: input.slice(named.start, named.end) } : named;
    const bare = m.text.replace(/\./g, '');
    const def = defined.get(bare);
    if (def && def !== m) return { ...m, key: def.key, kind: def.kind };
    const team = teams.get(m.key);
    if (team) return { ...m, key: team, kind: 'organisation' as const };
    if (!/\s/.test(m.text.trim()) && !lookupAlias(m.text)) {
      // A surname alone repeats the full name given elsewhere in the text ("David Cameron" … "Cameron"):
      // the nearest full name before it, or the first one after it when none comes before. After "Sir"
      // or "Dame" the one word is the given name, as British usage shortens a knight's or a dame's
      // name ("Dame Vivienne Carrow" … "Dame Vivienne").
      const candidates = (KNIGHTED.test(text.slice(Math.max(0, m.start - 6), m.start)) ? byGivenName : bySurname).get(m.key);
      if (candidates) {
        let lo = 0;
        let hi = candidates.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (candidates[mid]!.start <= m.start) lo = mid + 1;
          else hi = mid;
        }
        const best = candidates[lo - 1] ?? candidates[0]!;
        return { ...m, key: best.key, kind: 'person' as const };
      }
    }
    return m;
  });
}

/** "Sir" or "Dame" right before a name: what follows is a given name. */
const KNIGHTED = /\b(?:Sir|Dame)\s+$/;

/**
 * Teams and bands that the finder would read as people by their shape ("Indianapolis Colts", "Tar
 * Heels"): the text calls them "the Colts" or "the Kansas City Chiefs", a plural with "the" before
 * it, which a person's name never takes ("the Williams family" describes a family). The long name
 * and the plural alone both key as the plural, so "Indianapolis Colts" in one report and "the Colts"
 * in another are one organisation.
 */
function teamNames(text: string, raw: NameMention[]): Map<string, string> {
  const plurals = new Set<string>();
  for (const m of raw) {
    const word = m.text
      .replace(/['’]s?$/, '')
      .split(' ')
      .pop()!;
    if (!/[^su]s$/.test(word) || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (ATTRIBUTIVE_NOUN.test(text.slice(m.end, m.end + 16))) continue;
    plurals.add(word.toLowerCase());
  }
  const teams = new Map<string, string>();
  for (const m of raw) {
    if (m.kind !== 'person' || !m.key.includes(' ')) continue;
    const last = m.key.split(' ').pop()!;
    if (!plurals.has(last)) continue;
    teams.set(m.key, last);
    teams.set(last, last);
  }
  return teams;
}

/** Nouns a surname describes after "the": "the Grigoropoulos family", "the Nichols trial". */
const ATTRIBUTIVE_NOUN =
  /^\s+(?:family|families|case|trial|home|house|household|estate|brothers|sisters|twins|couple|murders?|killings?|shooting|era|administration|government|campaign)\b/i;

/** A word that opens or closes an "X of Y" name of its own: "Bank of England", "Union of Concerned Scientists". */
const isNameHead = (w: string) => ORG_SUFFIX.test(w) || PLACE_SUFFIX.test(w) || NAME_HEADS.has(w);

/**
 * Whether "of" between `seq` and the words from `k` joins a person to something else rather than
 * making one name: after a full name ("Francesca Grifo of the Union of Concerned Scientists"), or
 * between a lone word and a full name ("Athens of Alexandros Grigoropoulos"). "Bank of England",
 * "Islamic State of Iraq", "Republic of South Africa" open on a word that heads such names.
 */
function personOf(seq: Word[], bridge: Word[], words: Word[], k: number, sawOf: boolean, isCap: (w: Word) => boolean): boolean {
  if (sawOf || !bridge.some((b) => b.text === 'of')) return false;
  const last = seq[seq.length - 1]!.text;
  if (isNameHead(last) || isNameHead(seq[0]!.text) || matchTitle(seq, 0) > 0) return false;
  if (seq.length >= 2) return seq.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text));
  const [first, second, third] = [words[k], words[k + 1], words[k + 2]];
  const capital = (w: Word | undefined) => !!w && !w.afterBreak && isCap(w) && /^\p{Lu}\p{Ll}/u.test(w.text);
  return bridge.length === 1 && capital(first) && capital(second) && !capital(third) && !PLACE_OPENERS.has(first!.text) && !isNameHead(second!.text);
}

/** Month names that are also first names ("Jan Smyth", "April Ross"); weekdays never are. */
const MONTH_FIRST_NAMES = new Set(['jan', 'april', 'may', 'june', 'august']);
/** Words before a month that make it a date: "in June Smith…" is June the month. */
const DATE_CUES = new Set([
  'in',
  'on',
  'since',
  'by',
  'from',
  'until',
  'till',
  'of',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'during',
  'this',
  'that',
  'before',
  'after',
  'through',
]);

/** A month word at `i` starts a person's name: a capitalised surname follows it and no date cue precedes it. */
function isFirstName(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  const prev = words[i - 1];
  if (!MONTH_FIRST_NAMES.has(w.text.toLowerCase()) || !next || next.afterBreak || w.text.endsWith('.')) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || DATE_WORDS.has(next.text.toLowerCase())) return false;
  return !(prev && !w.afterBreak && DATE_CUES.has(prev.text.toLowerCase()));
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The last two words are initials, each with its full stop: "U. S." */
function afterInitials(text: string, words: readonly Word[]): boolean {
  const [x, y] = [words[words.length - 2], words[words.length - 1]];
  return !!x && !!y && /^\p{Lu}$/u.test(x.text) && /^\p{Lu}$/u.test(y.text) && /^\. +$/.test(text.slice(x.end, y.start));
}

function scanWords(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    const start = m.index;
    // "fined Rs2,500", "Dh2.5 million": a sum, however capitalised; it breaks any name around it.
    if (GLUED_SUM.test(t) || isLetterSum(t, text.slice(start + t.length, start + t.length + 12))) continue;
    const gap = text.slice(last, start);
    const prevWord = words[words.length - 1];
    // Sentence-initial: start of text, after . ! ? : ; or an opening quote/bracket/line break.
    // "Mr. LaCalamita", "Lt. Gerry Scherlinck": the full stop of an abbreviated title ends no sentence.
    // …nor does an initial's: "George W. Bush", "T. Y. Hilton", "L. A. County" (unless a common word
    // follows one initial: "vitamin C. Then"; "A" is one only as an initial itself, with its own full
    // stop), nor that of spaced initials, whatever follows: "the U. S. Department of Agriculture".
    const afterInitial =
      !!prevWord &&
      /^\. +$/.test(gap) &&
      /^\p{Lu}$/u.test(prevWord.text) &&
      /^\p{Lu}/u.test(t) &&
      ((!isStopword(t.toLowerCase()) && !isCommonWord(t.toLowerCase())) || (t.length === 1 && text[start + 1] === '.') || afterInitials(text, words));
    const afterTitle = (!!prevWord && /^\. +$/.test(gap) && ABBREVIATED_TITLES.has(prevWord.text)) || afterInitial;
    // "…moved to the U.S. The move…": an acronym's last full stop ends the sentence before "The", "He", "In".
    const afterAcronym = !!prevWord && prevWord.text.endsWith('.') && /^ +$/.test(gap) && /^\p{Lu}/u.test(t) && isStopword(t.toLowerCase());
    const initial = afterAcronym || (!afterTitle && (!prevWord || /[.!?:;"(\n\u2022|]\s*$/.test(gap) || (/^\s*["(-]/.test(gap) && /\n/.test(gap))));
    const afterBreak = afterAcronym || (!afterTitle && (!prevWord || !/^ +$/.test(gap) || prevWord.possessive));
    let possessive = false;
    if (/'s$/i.test(t)) {
      t = t.slice(0, -2);
      possessive = true;
    } else if (text[start + t.length] === "'" && t.endsWith('s')) possessive = true;
    words.push({
      text: t,
      start,
      end: start + t.length,
      initial,
      possessive,
      afterBreak,
      idx: words.length,
      titled: false,
      lineStart: !prevWord || /[.!?\n]["')\]\u2019\u201d]*\s*$/.test(gap),
    });
    last = start + m[0].length;
  }
  markHeadlines(words);
  return words;
}

/**
 * Words a title-case headline leaves in lower case: articles, conjunctions, short prepositions. Its
 * verbs are capitalised ("Climber Was Found"), so a lower-case "was" or "is" among capitals is prose:
 * "Mark Vinar was with Guy Cotter." is a sentence full of names, not a headline.
 */
const TITLE_CASE_LOWER = new Set('a an the and but or nor for so yet as at by in of off on per to up via with from into onto over upon vs v'.split(' '));

/**
 * Marks title-case and all-capitals sentences or lines: at least four words, the first and every
 * other word that is not a short function word capitalised. There a capital is typography.
 */
function markHeadlines(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !words[i]!.lineStart) continue;
    const seg = words.slice(from, i).filter((w) => /\p{L}/u.test(w.text));
    const capitalised = seg.filter((w) => /^\p{Lu}/u.test(w.text));
    // A stretch that opens after "Mr." or an initial is the rest of a sentence: "L. A. County Sheriff's Deputy Jerry Ortiz in June".
    const afterAbbreviation = from > 0 && !words[from]!.initial;
    const titled =
      !afterAbbreviation && seg.length >= 4 && /^\p{Lu}/u.test(seg[0]!.text) && seg.every((w) => /^\p{Lu}/u.test(w.text) || TITLE_CASE_LOWER.has(w.text));
    if (titled && capitalised.length >= 4) for (const w of seg) w.titled = true;
    from = i;
  }
}

/** The word's headline is set in capitals, so its capitals say nothing ("BRAZEN ESCAPE"). */
function allCapsLine(words: Word[], w: Word): boolean {
  const near = words.slice(Math.max(0, w.idx - 3), w.idx + 4).filter((x) => x.titled);
  return near.length >= 3 && near.every((x) => !/\p{Ll}/u.test(x.text));
}

function matchTitle(seq: Word[], i: number): number {
  for (const t of TITLES) {
    if (i + t.length > seq.length) continue;
    if (t.every((p, k) => seq[i + k]!.text.replace(/\.$/, '') === p)) return t.length;
  }
  return 0;
}

/** A sentence's first word that is an everyday word, not a name ("Later", "Then", "Meanwhile"). */
const isOrdinaryOpener = (lower: string) => isStopword(lower) || isCommonWord(lower) || OPENING_WORDS.has(lower);

/** Name words before a title, not a sentence's everyday first word ("Later King …") nor a place ("Saudi King …"). */
const nameWordsBefore = (piece: readonly Word[]) =>
  piece.some((w) => !w.initial || !isOrdinaryOpener(w.text.toLowerCase())) && !piece.some((w) => lookupAlias(w.text)?.kind === 'place');

/** Titles of courtesy: what follows is a surname, even one that is also a title ("Mr King"). */
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']);

/**
 * A participle opening a sentence starts a clause ("Born in 1923 in Nashville, …", "Taken together,
 * …"); "born" is missing from the irregular verbs only because its verb's other participle is "borne".
 */
const isParticiple = (lower: string) => lower === 'born' || isIrregularForm(lower);

function splitSequence(text: string, seq: Word[], capsElsewhere: Set<string>, lowerElsewhere: Set<string>, all: Word[]): NameMention[] {
  const out: NameMention[] = [];
  let piece: Word[] = [];
  const flush = (person: boolean) => {
    // Sentence-initial capitals of ordinary words are not names: "Asked to respond", "Senior officials".
    while (piece.length > 0) {
      const first = piece[0]!;
      const lower = first.text.toLowerCase();
      const head = lower.split('-')[0]!;
      // An acronym that is also a stopword ("US", "IT") may open a name; a lone capital "A" opens a sentence.
      const allCaps = /^[\p{Lu}.]{2,}$/u.test(first.text);
      const ordinary =
        (isStopword(lower) && !allCaps) ||
        CONNECTORS.has(first.text) ||
        PARTICLES.has(first.text) ||
        (first.initial &&
          !lookupAlias(first.text) &&
          (isCommonWord(lower) ||
            OPENING_WORDS.has(lower) ||
            GROUP_WORDS.has(lower) ||
            ((/(?:ed|ing|ly)$/.test(head) || isParticiple(lower)) && !capsElsewhere.has(first.text)) ||
            // A word alone that the text never capitalises mid-sentence, and that it writes in lower
            // case ("Windows were blown out" / "shut their windows") or that English does ("Forecasters
            // expect", "Staff were sent home"): "Brannock said" stays a name, and so does "Brown said"
            // where the text has "Mr Brown".
            (piece.length === 1 && !capsElsewhere.has(first.text) && (lowerElsewhere.has(lower) || ORDINARY_STEMS.has(stem(lower))))));
      // "Fighters of the Islamic State…": an unknown sentence-initial word bridged onto a known name.
      const rest = piece.findIndex((w, k) => k > 0 && !CONNECTORS.has(w.text));
      // Kept when the first word heads a name of its own ("Bank of England", "University of Lagos").
      const heads = ORG_SUFFIX.test(first.text) || PLACE_SUFFIX.test(first.text) || NAME_HEADS.has(first.text);
      const bridgedOnto =
        first.initial && !capsElsewhere.has(first.text) && rest > 1 && !heads && !lookupAlias(text.slice(first.start, piece[piece.length - 1]!.end));
      if (bridgedOnto) {
        piece = piece.slice(rest);
        continue;
      }
      if (!ordinary) break;
      piece = piece.slice(1);
    }
    while (piece.length > 0 && (CONNECTORS.has(piece[piece.length - 1]!.text) || PARTICLES.has(piece[piece.length - 1]!.text))) piece = piece.slice(0, -1);
    if (piece.length > 0) out.push(...classify(text, piece, person, all));
    piece = [];
  };
  let i = 0;
  while (i < seq.length) {
    // Known multi-word names win over titles inside them ("United Nations General Assembly").
    const known = longestAlias(text, seq, i);
    if (known > 0 && piece.length === 0 && (known > 1 || i + 1 === seq.length || matchTitle(seq, i + 1) > 0)) {
      flush(false);
      // A known name keeps its first word even at a sentence's start ("New York police said").
      out.push(...classify(text, seq.slice(i, i + known), false, all));
      i += known;
      continue;
    }
    let t = matchTitle(seq, i);
    // "Stephen King", "Martin Luther King Jr.", "Mr King": after name words or a courtesy title, "King"
    // is a surname; it is a title where it opens the name ("King Charles") or follows a country ("Saudi
    // King Salman", "Spanish King Juan Carlos").
    if (t === 1 && seq[i]!.text === 'King' && nameWordsBefore(piece)) t = 0;
    // The title after this one, if any; after a courtesy title "King" is the surname the title names.
    const courtesyKing = t === 1 && COURTESY.has(seq[i]!.text.replace(/\.$/, '')) && seq[i + 1]?.text === 'King';
    const nextTitle = i + t < seq.length && !courtesyKing ? matchTitle(seq, i + t) : 0;
    // A title counts only before more name words ("President Obama"); "the President said" names nobody.
    // …unless what follows is an organisation: "General Motors", "Premier League", "Justice Department".
    const restIsOrg = t > 0 && ORG_SUFFIX.test(text.slice(seq[i]!.start, seq[seq.length - 1]!.end));
    // "Coach of the Year", "Secretary of the Navy": a title joined by "of" names an award or an office, not a person "Year".
    const ofPhrase = i + t < seq.length && CONNECTORS.has(seq[i + t]!.text);
    // "Commissioner of Police John Mbeki", "Minister of Health Anna Kowal": the office's body is one word
    // a body or an everyday word names, and the person the words after it.
    const body = ofPhrase && seq[i + t]!.text === 'of' ? seq[i + t + 1] : undefined;
    const named = seq.slice(i + t + 2);
    if (
      t > 0 &&
      body &&
      (ORG_SUFFIX.test(body.text) || isCommonWord(body.text.toLowerCase())) &&
      named.length >= 2 &&
      named.every((w) => /^\p{Lu}/u.test(w.text) && !CONNECTORS.has(w.text))
    ) {
      flush(false);
      piece = named;
      flush(true);
      return out;
    }
    // "Sheriff Deputy Ortiz", "Chief Executive Officer Tim Cook": the first of two titles names no one either.
    if (t > 0 && !restIsOrg && !ofPhrase && nextTitle > 0) {
      i += t;
      continue;
    }
    if (t > 0 && !restIsOrg && !ofPhrase && i + t < seq.length && nextTitle === 0) {
      flush(false);
      i += t;
      piece = seq.slice(i);
      flush(true);
      return out;
    }
    // "Department of Justice", "Ministry of Justice": a title as the object of a body's "of" ends its name;
    // "the Minister of Justice" names no one.
    if (t > 0 && i + t >= seq.length && piece.length > 1 && OF_WORDS.has(seq[i - 1]!.text) && piece.some((w) => ORG_SUFFIX.test(w.text))) {
      piece.push(...seq.slice(i));
      break;
    }
    if (t > 0 && !restIsOrg && i + t >= seq.length) {
      flush(false);
      return out;
    }
    piece.push(seq[i]!);
    i++;
  }
  flush(false);
  return out;
}

/**
 * Owners whose possessive opens the name of a body or a place: "the Sheriff's Department", "the
 * People's Council", "Children's Hospital", "the District Attorney's Office". Only these (and a saint,
 * "St. Mary's Hospital") before a name of several words: after another name the possessive ends it,
 * "Britain's Foreign Office".
 */
const POSSESSIVE_OWNERS = new Set(
  'Sheriff Sheriffs People Peoples Women Children Men Workers Veterans Farmers Citizens Nurses Teachers Miners Governor Mayor Attorney Coroner Marshal Marshals Prosecutor Examiner Commissioner'.split(
    ' ',
  ),
);

/** How many words after a possessive (`words[j]` on) complete a name it opens (see `POSSESSIVE_OWNERS`), or 0. */
function ownedName(text: string, seq: Word[], words: Word[], j: number, isCap: (w: Word) => boolean): number {
  const owner = seq[seq.length - 1]!;
  const saint = seq.length >= 2 && /^(?:St|Saint)$/.test(seq[seq.length - 2]!.text);
  if (!/^['’]s? +$/.test(text.slice(owner.end, words[j]!.start))) return 0;
  // Any other owner that is no known name, before one word for a kind of place or body: a shop's name, "Sam's Club".
  const known = seq.some((w) => lookupAlias(text.slice(w.start, owner.end)));
  const most = POSSESSIVE_OWNERS.has(owner.text) || saint ? 3 : known ? 0 : 1;
  for (let n = 1; n <= most && j + n - 1 < words.length; n++) {
    const w = words[j + n - 1]!;
    if (!isCap(w) || (n > 1 && w.afterBreak) || w.possessive) return 0;
    if (ORG_SUFFIX.test(w.text) || PLACE_SUFFIX.test(w.text)) return n;
  }
  return 0;
}

function longestAlias(text: string, seq: Word[], i: number): number {
  for (let k = Math.min(seq.length, i + 8); k > i; k--) {
    if (seq[k - 1]!.possessive && k - 1 > i) continue;
    if (lookupAlias(text.slice(seq[i]!.start, seq[k - 1]!.end))) return k - i;
  }
  return 0;
}

/**
 * A tabloid's capitals for emphasis, not a name: "a SIX-YEAR deal", "HALF A MILLION homes", "for TEN
 * HOURS". Every word is a figure or an everyday word (`isCommonWord`), so acronyms ("UN", "NATO",
 * "WHO") stay names. As names, "SIX-YEAR" had hidden the six of a contract's length and "HOURS" had
 * been an organisation.
 */
function isShouted(surface: string): boolean {
  if (/\p{Ll}/u.test(surface)) return false;
  const words = surface
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const everyday = (w: string) => isNumberWord(w) || isCommonWord(w);
  return words.some(everyday) && words.every((w) => everyday(w) || (words.length > 1 && isStopword(w)));
}

function mention(text: string, ws: Word[], key: string, kind: NameMention['kind']): NameMention {
  const start = ws[0]!.start;
  const end = ws[ws.length - 1]!.end;
  return { start, end, text: text.slice(start, end), key, kind };
}

function classify(text: string, piece: Word[], person: boolean, all: Word[]): NameMention[] {
  const surface = text.slice(piece[0]!.start, piece[piece.length - 1]!.end);
  if (
    isShouted(surface) ||
    TIME_ZONES.has(surface) ||
    COMMON_ACRONYMS.has(surface) ||
    HOLIDAY.test(surface) ||
    (/^(?:Eve|Day)$/.test(surface) && HOLIDAY_OWNER.test(text.slice(0, piece[0]!.start)))
  )
    return [];
  const alias = lookupAlias(surface);
  if (alias && !person) return [mention(text, piece, alias.key, alias.kind)];
  // A kind of place or body alone names none: "Airport chief Ali Naghavi", "East 223rd Street", "the Committee said".
  if (piece.length === 1 && !alias && GENERIC_NOUN.test(surface)) return [];
  // "US-led", "Iran-backed": a known name glued to a lower-case word is that name.
  const glued = /^([^-]+)-(\p{Ll}[\p{Ll}-]*)$/u.exec(surface);
  if (piece.length === 1 && glued) {
    const head = lookupAlias(glued[1]!);
    if (head) return [{ start: piece[0]!.start, end: piece[0]!.start + glued[1]!.length, text: glued[1]!, key: head.key, kind: head.kind }];
    // "in Paris-the latest in a series": a dash written as a hyphen; the name ends before it.
    if (isStopword(glued[2]!)) {
      const end = piece[0]!.start + glued[1]!.length;
      return classify(text, [{ ...piece[0]!, text: glued[1]!, end }], person, all);
    }
  }
  // "British-Iranian": each half of a hyphenated demonym pair is its own country.
  if (piece.length === 1 && surface.includes('-')) {
    const parts = surface.split('-');
    const entries = parts.map((p) => lookupAlias(p));
    if (entries.every((e) => e?.demonym)) {
      let off = piece[0]!.start;
      return parts.map((p, k) => {
        const m: NameMention = { start: off, end: off + p.length, text: p, key: entries[k]!.key, kind: 'place' };
        off += p.length + 1;
        return m;
      });
    }
  }
  // A leading country or demonym before a longer name: "Iranian Hassan Rouhani" is rare, but
  // "US Secretary…" is caught by titles; here only split when the rest is itself known.
  if (!person && piece.length > 1) {
    for (let k = piece.length - 1; k >= 1; k--) {
      const head = lookupAlias(text.slice(piece[0]!.start, piece[k - 1]!.end));
      const tail = lookupAlias(text.slice(piece[k]!.start, piece[piece.length - 1]!.end));
      if (head?.demonym && tail) return [mention(text, piece.slice(0, k), head.key, head.kind), mention(text, piece.slice(k), tail.key, tail.kind)];
    }
  }
  const key = aliasForm(surface);
  const lastAlias = piece.length > 1 ? lookupAlias(piece[piece.length - 1]!.text) : undefined;
  let kind: NameMention['kind'];
  if (person) kind = 'person';
  // "South America", "Central Asia" are places; "Latin American" describes, it names no one.
  else if (lastAlias?.kind === 'place') kind = lastAlias.demonym ? 'other' : 'place';
  else if (ORG_SUFFIX.test(surface)) kind = 'organisation';
  else if (PLACE_SUFFIX.test(surface) || PLACE_PREFIX.test(surface) || (piece.length > 1 && CITY_OPENERS.has(piece[0]!.text))) kind = 'place';
  // "the Endangered Species Act", "the Paris Agreement": a law or a treaty, not a person.
  else if (piece.length > 1 && LAW_SUFFIX.test(surface)) kind = 'other';
  else if (/^(?:\p{Lu}\.?){2,6}$/u.test(surface)) kind = 'organisation';
  else {
    const idx = piece[0]!.idx;
    const prev = idx > 0 ? all[idx - 1]!.text.toLowerCase() : '';
    // Capitalised words without figures: a model number ("Voltaro PX500") names no one.
    const personShaped =
      piece.length >= 2 &&
      piece.length <= 4 &&
      piece.every((w) => (/^\p{Lu}/u.test(w.text) && !/\d/.test(w.text)) || PARTICLES.has(w.text) || /^(?:al|el|bin)-/.test(w.text));
    // "to" and "from" lead to people as often as to places ("a pass to Reggie Wayne", "a call from
    // Danny McPherson"): after them a two-word name is a place only when it opens like one ("to San Francisco").
    // "the 2006 movie, The Notorious Bettie Page": a capital "The" inside a sentence opens a title.
    const titleOfWork = idx > 0 && all[idx - 1]!.text === 'The' && !all[idx - 1]!.initial && !all[idx - 1]!.titled;
    if (titleOfWork) kind = 'other';
    // "in Hugh Hefner's fledgling Playboy magazine": the place cue leads to what the person owns.
    // …but a person "from" a name comes from a place: "a 58-year-old man from Hazel Grove".
    else if (
      PLACE_CUE.has(prev) &&
      (!((PERSON_CUE.has(prev) || piece[piece.length - 1]!.possessive) && personShaped && !PLACE_OPENERS.has(piece[0]!.text)) ||
        (prev === 'from' && idx > 1 && HAILING.has(all[idx - 2]!.text.toLowerCase())))
    )
      kind = 'place';
    else if (personShaped) kind = 'person';
    else kind = 'other';
  }
  // "Arcade Joseph Comeaux Jr.", "W. Mark Felt Sr.": the suffix tells a father from his son, but
  // reports call the man by the surname before it ("Comeaux"), which a key ending in "jr" hid.
  return [mention(text, piece, kind === 'person' && piece.length > 2 ? key.replace(GENERATION, '') : key, kind)];
}

const GENERATION = / (?:jr|sr|ii|iii|iv)$/;
/** People a report says come "from" somewhere: the name after "from" is their place (`classify`). */
const HAILING = new Set([
  'man',
  'woman',
  'men',
  'women',
  'boy',
  'girl',
  'teenager',
  'resident',
  'residents',
  'family',
  'couple',
  'driver',
  'mother',
  'father',
  'pensioner',
  'student',
  'worker',
]);
