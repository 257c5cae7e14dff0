import { stemmer } from 'stemmer';
import BRITISH from './british-spellings.json' with { type: 'json' };
import { normalizeChars, normalizeWord } from './normalize.ts';
import { findNumbers } from './numbers.ts';
import { isStopword } from './stopwords.ts';

/** One word or number of a text, with the forms the similarity compares. */
export interface Token {
  start: number;
  end: number;
  /** The text as written (after quote/dash normalisation). */
  text: string;
  /** Lower-case, possessive dropped: "Iran's" → "iran". */
  norm: string;
  /** Porter stem of `norm`; for numbers `#` + value ("two" → `#2`, "1,000" → `#1000`). */
  stem: string;
  stop: boolean;
  /** Set for quantities written in digits or words. */
  value?: number;
  /** Set for bare 1800–2100 integers read as years. */
  year?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+|[.][\p{L}](?=\.)|\.(?=[\p{L}]\.))*'?/gu;

/**
 * "-our" words whose British spelling drops the "u" in American English; a list, since "four",
 * "hour", "tour" and "detour" end alike.
 */
const OUR_WORDS =
  /^(?:col|fav|lab|harb|hon|neighb|behavi|rum|hum|arm|vig|tum|od|flav|endeav|savi|splend|val|vap|parl|clam|ferv|rig|ard|cand)our(?=s|ed|ing|ite|ites|able|ably|er|ers|$)/;

/**
 * One spelling for words British and American outlets spell apart, so "centre" / "center", "metres"
 * / "meters", "favourite" / "favorite" and "hospitalised" / "hospitalized" are one term: reports of
 * one event are often one British, one American. Names already meet across these (spelling.ts);
 * their words did not. "-ize" and "-yze" take the British "-ise" and "-yse", the other way from
 * "-tre" and "-our": Porter strips "-ize" further than "-ise" ("organized" → "organ", "hospitalized"
 * → "hospit", the stem of "hospital"), which would join a word to a different one.
 */
function oneSpelling(word: string): string {
  return spelledByRules(BRITISH_SPELLINGS.get(word) ?? word);
}

/**
 * British spellings no rule below states ("jewellery" / "jewelry", "defence" / "defense", "grey" /
 * "gray", "tyres" / "tires"), each mapped to its American one: `scripts/make-british-spellings.ts`
 * writes the table from a published word list, kept to the words `spelledByRules` leaves apart.
 */
// A Map, not the object: a word of the text is a key, and "constructor" must not find Object's.
const BRITISH_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(BRITISH as Record<string, string>));

/** The suffix rules of `oneSpelling`: "-tre", "-our" and "-ize" / "-yze". */
export function spelledByRules(word: string): string {
  return word
    .replace(/^(\p{L}{2,})tre(s?)$/u, '$1ter$2')
    .replace(OUR_WORDS, (m) => m.slice(0, -2) + 'r')
    .replace(IZE, '$1is$2')
    .replace(YZE, '$1ys$2');
}
const IZE = /^(\p{L}{3,})iz(e|ed|es|ing|ation|ations|ational|er|ers)$/u;
const YZE = /^(\p{L}{2,}l)yz(e|ed|es|ing|er|ers)$/u;

const stemCache = new Map<string, string>();
/** Porter stem, memoised: the same few thousand words recur across every sentence of a comparison. */
export function stem(lowerWord: string): string {
  let s = stemCache.get(lowerWord);
  if (s === undefined) {
    s = stemmer(oneSpelling(lowerWord));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lowerWord, s);
  }
  return s;
}

/**
 * Splits text into word and number tokens. Hyphenated words split into their parts ("US-led" →
 * "US", "led") so either half can match; dotted acronyms stay whole ("U.S." → norm `us`).
 * Numbers come from `findNumbers`, so "two and a half" is a single token with value 2.5.
 */
export function tokenize(input: string): readonly Token[] {
  let tokens = tokenized.get(input);
  if (!tokens) {
    // A bound, not an eviction policy: one comparison's texts fit, and a long session cannot grow it.
    if (tokenized.size >= TOKENIZED_MAX) tokenized.clear();
    tokenized.set(input, (tokens = tokenizeText(input)));
  }
  return tokens;
}

/**
 * Texts already tokenized. A comparison tokenizes about half its characters twice or more (a sentence,
 * then its claims and its main clause; a timeline's terms of the same sentence): on 10 reports of
 * 5,000 words, 272,000 of 570,000 characters. Callers share the tokens, so none may change them.
 */
const tokenized = new Map<string, readonly Token[]>();
const TOKENIZED_MAX = 4096;

function tokenizeText(input: string): Token[] {
  const text = normalizeChars(input);
  const numbers = findNumbers(text);
  const tokens: Token[] = [];
  let n = 0;
  for (const m of matchWords(text)) {
    while (n < numbers.length && numbers[n]!.end <= m.start) {
      pushNumber(tokens, numbers[n]!);
      n++;
    }
    const num = numbers[n];
    if (num && m.start < num.end && m.end > num.start) continue; // part of a number span
    const raw = m.text.replace(/\.$/, '');
    const acronym = /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(m.text);
    const norm = acronym ? m.text.replace(/\./g, '').toLowerCase() : normalizeWord(raw);
    if (!norm) continue;
    tokens.push({ start: m.start, end: m.end, text: m.text, norm, stem: stem(norm), stop: isStopword(norm) });
  }
  for (; n < numbers.length; n++) pushNumber(tokens, numbers[n]!);
  return tokens;
}

function pushNumber(tokens: Token[], num: { start: number; end: number; text: string; value: number; year: boolean }): void {
  const v = Math.round(num.value * 1000) / 1000;
  tokens.push({ start: num.start, end: num.end, text: num.text, norm: String(v), stem: `#${v}`, stop: false, value: v, year: num.year });
}

function* matchWords(text: string): Generator<{ start: number; end: number; text: string }> {
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    // Trailing apostrophe is a plural possessive ("countries'") only after s.
    if (word.endsWith("'") && !/s'$/i.test(word)) word = word.slice(0, -1);
    // Acronyms keep their final dot ("U.S."), other words never do.
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && text[start + word.length] === '.') word += '.';
    yield { start, end: start + word.length, text: word };
  }
}

/** The content terms of a text: stems of non-stopwords and `#value` for numbers, in order. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop)
    .map((t) => t.stem);
}
