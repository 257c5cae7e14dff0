import { isSpacedDecimalPoint } from './spaced-decimal.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { TITLES } from './titles.ts';

/**
 * Sentence splitting for report bodies.
 *
 * A hand-written scanner rather than `Intl.Segmenter`: the segmenter (ICU's default English rules,
 * as shipped in V8/Node and browsers) splits after every "Mr.", "Dr.", "U.S.", "W." and "Sept." that
 * is followed by a capital or a digit ("Mr. | Smith", "George W. | Bush", "Sept. | 24"), and news copy
 * is full of them. Running it first and merging afterwards would need the same abbreviation knowledge
 * as scanning directly, and ICU data differs between engines, while the worker, the CLI and the
 * build-time cache must give the same answer. So we scan once, in O(n), with explicit rules.
 *
 * The scanner only considers a boundary after a run of terminal punctuation (. ! ? … and "...")
 * plus any closing quotes/brackets, when whitespace (or the end) follows; "3.5", "$1.2bn" and
 * "example.com" never qualify because no space follows the dot. Each candidate is then judged by
 * `isBoundary` from the word before it and the word after it. Blank lines and bullet/dash lines are
 * hard boundaries regardless of punctuation.
 */

export interface SentenceSpan {
  /** UTF-16 offset of the first non-space character. */
  start: number;
  /** UTF-16 offset just past the last non-space character. */
  end: number;
}

/**
 * Abbreviations that are mid-sentence by nature (they introduce something): no split even before a
 * capital ("vs. Chelsea", "cf. Smith"). "e.g."/"i.e." are usually followed by lowercase anyway.
 */
// Kept short on purpose: words that are also ordinary English ("art", "para", "sec") would glue two
// real sentences together, which costs more than a rare split after the abbreviation.
const NEVER_FINAL = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'approx', 'incl', 'fig', 'figs', 'vol', 'pp', 'nos']);

/** Abbreviations that stay attached to a following number: "No. 10", "Sept. 24", "Jan. 5", "pp. 3". */
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'art',
  'sec',
  'vol',
  'p',
  'pp',
  'fig',
  'figs',
  'ch',
  'para',
  'tel',
  'ca',
  'approx',
  'nr',
  'v',
  'vs',
  ...MONTH_ABBREVIATIONS,
  'st',
]);

/**
 * Abbreviations that commonly END a sentence as well as appearing inside one ("…in the U.S. The
 * president said", "…at 9 a.m. He said"). For these the next word decides: see SENTENCE_STARTERS.
 * Any dotted acronym (U.S., U.N., D.C., a.m.) is treated the same way, see `isDottedAcronym`.
 */
const MAY_END = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'sr', 'al', 'plc', 'llc', 'dept', 'govt', ...MONTH_ABBREVIATIONS, 'est', 'no']);

/** Words that name a clock's zone after "a.m."/"p.m." ("10 a.m. Eastern", "6 p.m. Greenwich Mean Time"). */
const CALENDAR_WORDS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, ...WEEKDAY_NAMES.map((d) => d.slice(0, 3))]);
const CLOCK_ZONE_WORDS = new Set([
  'eastern',
  'central',
  'mountain',
  'pacific',
  'atlantic',
  'greenwich',
  'local',
  'british',
  'moscow',
  'universal',
  'coordinated',
]);

/**
 * Closed-class words (pronouns, determiners, conjunctions, prepositions, auxiliaries) that open new
 * sentences but rarely continue a name. After a MAY_END abbreviation, "U.S. The" splits while
 * "U.S. President", "U.S. Navy", "U.N. Security Council" do not. The cost is that "in the U.S.
 * Officials said" stays one sentence; an open-class list of sentence starters would guess wrong far
 * more often ("U.S. Officials" is also a valid noun phrase).
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'with',
  'as',
  'after',
  'before',
  'when',
  'while',
  'if',
  'although',
  'though',
  'however',
  'meanwhile',
  'still',
  'also',
  'then',
  'now',
  'yesterday',
  'today',
  'earlier',
  'later',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'no',
  'not',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
  'since',
  'during',
  'under',
  'over',
  'from',
  'by',
  'to',
  'of',
  'according',
  'such',
  'other',
  'another',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'mr',
  'mrs',
  'ms',
  'dr',
  'asked',
  'despite',
  'instead',
  'separately',
  'last',
  'next',
  'one',
  'two',
  'three',
  'several',
  'because',
  'until',
  'once',
  'even',
  'only',
]);

/** One to three capitalised words and a speech verb: the attribution after a quoted question. */
const SPEAKER_THEN_VERB =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|told|added|wrote|replied|shouted|cried|insisted|wondered|tweeted|continued|explained|demanded|recalled|exclaimed|joked|warned|declared|yelled|answered)\b/u;

/** Quotes and brackets that close a sentence and stay with it (“…left.” → the ” belongs to the sentence). */
const CLOSERS = '"\'”’»)]}›';
/** Quotes and brackets that may open the next sentence; skipped when looking at its first word. */
const OPENERS = '"\'“‘«([{‹';
/**
 * A fact box's line: a short label with a capital, a colon, then its value ("Length of operation: 16
 * hours", "Visitors on Monday: 5,600"). The whole line before the colon is the label: a line of prose
 * wrapped mid-sentence seldom opens on a capital and reaches a colon within a few words.
 */
const LABEL_LINE = /^[ \t]*\p{Lu}[\p{L}'’ -]{0,30}:[ \t]+\S[^\n]{0,80}$/u;
/** Bullet markers at the start of a line: each bullet line is its own sentence. */
const BULLET_LINE = /^[ \t]*(?:[-–—•*·▪●◦‣]|\d{1,3}[.)])[ \t]+\S/;
/** A line that is its own sentence: a bullet's, or a fact box's "Label: value" ("Print run: 45 million notes"). */
const isListItem = (line: string) => BULLET_LINE.test(line) || LABEL_LINE.test(line.trimEnd());

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** "U.S", "U.N", "a.m", "D.C", "J.R.R": single letters joined by dots (the final dot is excluded). */
function isDottedAcronym(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** The word just before the terminal punctuation at `end` (exclusive), without opening quotes. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  let word = text.slice(start, end);
  while (word && OPENERS.includes(word[0]!)) word = word.slice(1);
  // "the Aoraki-Mt. Cook park": the abbreviation is the last part of a hyphenated word.
  // …but "mg/L." and "km/h." end on a unit, whose letter after the slash is no initial.
  if (/^\p{Ll}{1,4}\/\p{L}$/u.test(word)) return word;
  return word.replace(/^.*[-–/](?=\p{L})/u, '');
}

/** The next word after `from`, skipping opening quotes/brackets; '' at the end of the text. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  while (i < text.length && OPENERS.includes(text[i]!)) i++;
  let j = i;
  while (j < text.length && !isSpace(text[j]) && !/[,.;:!?…"”’)]/.test(text[j]!)) j++;
  // When punctuation follows directly (". . ."), return that one character so the caller can see it.
  return j > i ? text.slice(i, j) : (text[i] ?? '');
}

/**
 * Does a sentence end at this candidate? `punct` is the terminal run ("." "?!" "..." "…"), `before`
 * the word it is attached to (without the run) and `next` the following word.
 */
function isBoundary(punct: string, before: string, next: string, feet = false): boolean {
  if (next === '') return true;
  const first = next[0]!;
  // Spaced ellipsis ". . ." or stray punctuation: the sentence has not really ended yet.
  if (first === '.' || first === ',' || first === ';' || first === ':') return false;
  // A lowercase continuation is the strongest "not a boundary" signal: covers "e.g. the", "a.m. on",
  // "etc. and", "“Why?” he asked" and "defending themselves…” against". Words like "iPhone" or
  // "eBay" that start lowercase but carry a capital still start a sentence.
  if (isLower(first) && !/\p{Lu}/u.test(next.slice(1))) return false;
  if (punct !== '.') return true; // ? ! … and "..." followed by a capital or digit: a new sentence.

  const lower = before.toLowerCase();
  const bare = lower.replace(/^[^\p{L}\p{N}]+/u, '');
  // "on E. 52nd St.": a compass point before a numbered street.
  if (isDigit(first)) return !BEFORE_NUMBER.has(bare) && !(/^[nsew]$/.test(bare) && /^\d+(?:st|nd|rd|th)\b/i.test(next)) && !spacedFigure(bare, next);
  // Titles never end a sentence: "Mr. Smith", "Dr. Jones", "Gen. Allen", "St. Louis".
  // …but after a figure "ft." is feet, which may end one: "The water rose 3 ft. Roads closed."
  if (TITLES.has(bare) && !MAY_END.has(bare) && !feet) return false;
  // A single capital initial never ends one: "George W. Bush", "J. K. Rowling"; a unit after a figure may ("approaching 38C.").
  if (/^\p{Lu}$/u.test(before.replace(/^[^\p{L}\p{N}]+/u, ''))) return false;
  if (NEVER_FINAL.has(bare)) return false;
  // After a clock time only a day, a month or a time zone goes on ("9 a.m. Monday", "8 p.m. ET",
  // "10 a.m. Eastern"); any other capital opens a sentence ("at about 3 a.m. More than 200…").
  if ((bare === 'a.m' || bare === 'p.m') && isUpper(first)) {
    const word = next.replace(/[^\p{L}]+$/u, '');
    return !(CALENDAR_WORDS.has(word.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(word) || CLOCK_ZONE_WORDS.has(word.toLowerCase()));
  }
  if (MAY_END.has(bare) || isDottedAcronym(bare)) {
    // "…in the U.S. The president said" splits; "U.S. President Obama" does not.
    const starter = next.toLowerCase().replace(/[^\p{L}]+$/u, '');
    return isUpper(first) && SENTENCE_STARTERS.has(starter);
  }
  return true;
}

/**
 * A figure after a full stop and a space that text rebuilt from tokens split from its point ("a.
 * 38-caliber revolver"): after an article, or joined to its noun by a hyphen, which no sentence opens
 * on ("38-caliber revolver was found"). A decimal point ("magnitude-5. 9") is `isSpacedDecimalPoint`.
 */
function spacedFigure(before: string, next: string): boolean {
  return /^(?:a|an|the)$/.test(before) || /^\d+-\p{L}/u.test(next);
}

/**
 * After an abbreviation's full stop, a short bracket the sentence goes on after, with a comma or a
 * lower-case word: "at 4:17 a.m. (0117 GMT) at a depth of 18 km", "at 1:24 p.m. (1024 GMT), AFAD
 * said", a bracket the sentence closes after, "hit the overpass at about 10.50 a.m. (0950 GMT).", and a
 * wire dateline's credit and dash after a state's abbreviation: "CAPE CANAVERAL, Fla. (AP) — NASA's new
 * moon rocket …". "at 5 p.m. (Reuters) Police said" ends at the stop.
 */
const BRACKET_GOES_ON = /^\s+\([^().!?\n]{1,40}\)(?:[,;:.!?]|\s+\p{Ll}|\s*[-–—]{1,2}\s)/u;

/**
 * After an exclamation or question mark, a short bracket the sentence goes on after, with a comma, a
 * lower-case word or a figure: a name that exclaims and its translation, "the liberal Forward!
 * (Naprej!) 12, officials said", had been three sentences, and the party's 12 seats left the claim
 * (user test X, W11). Unlike `BRACKET_GOES_ON`, a figure goes on too: an exclaimed sentence closed by
 * an aside and followed by one opening on a figure is rarer than a list of names and their counts.
 */
const EXCLAIMED_BRACKET_GOES_ON = /^\s+\([^()\n]{1,40}\)(?:[,;:]|\s+[\p{Ll}\p{N}])/u;

/**
 * A bracket opened in the middle of a sentence, its own "!" or "?" just before it closes: "(Naprej!)"
 * after "Forward!". An aside that opens a sentence, "They lost. (What a night!) 12 members …", is not.
 */
const ASIDE_OPENED_MID_SENTENCE = /[^\s.]\s+\([^()\n]{0,40}$/u;

/** The "m" of a spaced "a. m." or "p. m.", before its full stop. */
const SPACED_MERIDIEM = /(?:^|[\s\d])[ap]\. m$/i;

/**
 * Quotation marks that open (after a space, a bracket, a dash or a colon, before a word) and close
 * (after a word or punctuation, before a space, punctuation or the end). Single quotes close only
 * after punctuation ("fast,’ she said"), since after a letter they are as often an apostrophe
 * ("the neighbours’ homes").
 */
const QUOTE_MARK =
  /(?<=^|[\s([{—–-])(?<dq>["“])(?=[\p{L}\p{N}'‘])|(?<=^|[\s([{—–-])(?<sq>['‘])(?=\p{L})|(?<=[^\s])(?<dc>["”])(?=[\s,.;:!?)\]}—–-]|$)|(?<=[.,!?…])(?<sc>['’])(?=[\s)\]}—–-]|$)/gu;

/**
 * A quotation longer than this is not kept as one sentence: a quote left open by a missing or
 * stray mark would otherwise glue a paragraph together, and a long quote is several claims anyway.
 */
const MAX_QUOTATION_CHARS = 600;

/**
 * The [open, close] offsets of each quotation closed on the line it opens on, double and single
 * quotes tracked apart so that one may hold the other. A quote left open at the end of a line (a
 * quotation running into the next paragraph, as news prints it) pairs with nothing.
 */
function quotationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let double = -1;
  let single = -1;
  const close = (open: number, at: number) => {
    if (open >= 0 && at - open <= MAX_QUOTATION_CHARS && !text.slice(open, at).includes('\n')) spans.push([open, at]);
  };
  for (const m of text.matchAll(QUOTE_MARK)) {
    const g = m.groups!;
    // An opening mark while one is open restarts the quotation: the earlier mark was stray.
    if (g.dq !== undefined) double = m.index;
    else if (g.sq !== undefined) single = m.index;
    else if (g.dc !== undefined) {
      close(double, m.index);
      double = -1;
    } else {
      close(single, m.index);
      single = -1;
    }
  }
  return spans;
}

/** Where each line starts, for bullet and blank-line boundaries. */
function hardBoundaries(text: string): Set<number> {
  const hard = new Set<number>();
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  for (let k = 1; k < lineStarts.length; k++) {
    const start = lineStarts[k]!;
    const prevStart = lineStarts[k - 1]!;
    const line = text.slice(start, lineStarts[k + 1] ?? text.length);
    const prev = text.slice(prevStart, start);
    // Blank line = paragraph break; a list item (or the line after one) = list item boundary.
    if (line.trim() === '' || prev.trim() === '' || isListItem(line) || isListItem(prev)) hard.add(start);
  }
  return hard;
}

/**
 * Splits `text` into sentence spans (UTF-16 offsets, trimmed, in order, non-overlapping). A quotation
 * of several sentences inside one pair of quotes on one line stays one sentence ("“We lost everything.
 * The water came so fast,” she said."): split, it left a sentence ending inside the quote and an
 * orphan "The water came so fast,” she said." whose speaker and words no longer met. `quotes: 'split'`
 * splits there all the same, for callers that want the quotation's own sentences (its claims).
 */
export function splitSentences(text: string, options: { quotes?: 'keep' | 'split' } = {}): SentenceSpan[] {
  const cuts: number[] = [0];
  const hard = hardBoundaries(text);
  for (const at of hard) cuts.push(at);
  const quoted = options.quotes === 'split' ? [] : quotationSpans(text);

  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '。' || ch === '！' || ch === '？') {
      // Chinese and Japanese full stops need no following space: always a boundary.
      i++;
      while (i < n && '。！？」』）”’'.includes(text[i]!)) i++;
      cuts.push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      i++;
      continue;
    }
    // The terminal run: ".", "...", "?!", "…", then closing quotes/brackets ("left.”", "(sic.)").
    const runStart = i;
    while (i < n && '.!?…'.includes(text[i]!)) i++;
    const punctEnd = i;
    while (i < n && CLOSERS.includes(text[i]!)) i++;
    if (i < n && !isSpace(text[i])) continue; // "3.5", "U.S.-led", "example.com": not a candidate.
    const run = text.slice(runStart, punctEnd);
    const punct = run === '.' ? '.' : run.includes('?') || run.includes('!') ? '?' : '…';
    const before = wordBefore(text, runStart);
    // "1. Nothing agreed" at the start of a line is a list marker, not a one-word sentence.
    if (punct === '.' && /^\d{1,3}$/.test(before) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, runStart - before.length - 80), runStart - before.length)))
      continue;
    const next = wordAfter(text, i);
    // "4:30 p. m. ET", "8 p. m. Saturday": text rebuilt from tokens spaces "p.m."; it is that abbreviation.
    const meridiem = punct === '.' && SPACED_MERIDIEM.test(text.slice(Math.max(0, runStart - 6), runStart));
    // Lower-case "ft." after a figure: feet, not Fort.
    const feet = before === 'ft' && /\d\s*$/.test(text.slice(Math.max(0, runStart - before.length - 8), runStart - before.length));
    if (!isBoundary(punct, meridiem ? 'p.m' : before, next, feet) || (punct === '.' && isSpacedDecimalPoint(text, runStart))) continue;
    if (punct === '.' && BRACKET_GOES_ON.test(text.slice(i, i + 60))) continue;
    if (run === '!' || run === '?') {
      if (EXCLAIMED_BRACKET_GOES_ON.test(text.slice(i, i + 60))) continue;
      const closesAside = text[punctEnd] === ')' && ASIDE_OPENED_MID_SENTENCE.test(text.slice(Math.max(0, runStart - 60), runStart));
      if (closesAside && /^\s+[\p{N},;:]/u.test(text.slice(i, i + 2))) continue;
    }
    // “Is it over?” Cameron asked. — a quoted question or exclamation followed by a capitalised
    // speaker and a speech verb is one sentence, like “Why?” he asked. Not applied after “…over.”:
    // a full stop inside the quote means the writer ended the sentence there.
    if (punct === '?' && i > punctEnd && SPEAKER_THEN_VERB.test(text.slice(i, i + 80))) continue;
    // Inside a quotation that closes further on: the quoted speaker has not finished.
    if (quoted.some(([open, close]) => open < runStart && close >= i)) continue;
    cuts.push(i);
  }

  cuts.sort((a, b) => a - b);
  cuts.push(n);
  const spans: SentenceSpan[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let start = cuts[k]!;
    let end = cuts[k + 1]!;
    if (end <= start) continue;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
