/**
 * Shape tests on a single cleaned line. Boilerplate and headlines are told apart from body text
 * mostly by shape (length, final punctuation, capitalisation), because copied text has lost the
 * markup (<nav>, <h1>, class names) that Readability scores on.
 */

/** Words = runs of non-space characters with at least one letter or digit ("›" and "–" are not words). */
export function wordCount(line: string): number {
  let n = 0;
  for (const token of line.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** Set in capitals, as tabloids set headlines: two capital letters or more and no small one ("BRIDGE HORROR", "HERO!"). */
export function isInCapitals(line: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** Ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[.!?…](?:["'”’»)\]]*)$/.test(line);
}

/**
 * Running text rather than a label: a line that ends like a sentence and has at least 8 words, or
 * any line of 25+ words. Menus, headings, bylines and link lists almost never pass; body paragraphs
 * almost always do. Question/exclamation headlines of 8–14 words would pass the first test, so "?"
 * and "!" only count from 15 words on.
 */
/**
 * A final full stop that belongs to an abbreviation ("… win in K. C.", "… troops in the U.S.",
 * "… in Washington, D.C.") ends no sentence. Such a short line above the body is a headline: read
 * as a sentence, it was kept as body text or, above a lead, removed as a menu line.
 */
export const ABBREVIATION_END = /(?:^|[\s,(])(?:\p{Lu}\.\s?){1,3}$/u;
/** A headline is short; a lead sentence that happens to end in "U.S." is longer. */
export const ABBREVIATED_HEADLINE_WORDS = 14;

export function isProse(line: string): boolean {
  const words = wordCount(line);
  if (isTitleCase(line)) return false;
  if (words >= 25) return true;
  if (words < 8) return false;
  if (words <= ABBREVIATED_HEADLINE_WORDS && ABBREVIATION_END.test(line)) return false;
  if (/[.…](?:["'”’»)\]]*)$/.test(line)) return true;
  return words >= 15 && endsSentence(line);
}

/**
 * Function words that real headlines and sentences contain and menus do not. Used to tell a row of
 * section names ("World UK Business Politics Tech") from a Title Case headline.
 */
export const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'into',
  'over',
  'after',
  'before',
  'against',
  'amid',
  'about',
  'across',
  'despite',
  'without',
  'under',
  'near',
  'during',
  'through',
  'behind',
  'between',
  'towards',
  'toward',
  'outside',
  'since',
  'until',
  'via',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'says',
  'said',
  'its',
  'his',
  'her',
  'their',
  'not',
  'no',
  'up',
  'out',
  'off',
  'new',
  'first',
  'how',
  'why',
  'what',
  'who',
  'when',
  'where',
  'than',
  'this',
  'that',
  // Pronouns: "We take these issues very seriously." closes an article, and menus never say "we".
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'you',
  'these',
  'those',
]);

/** Whether any word of `line` is a function word (case-insensitive). */
export function hasFunctionWord(line: string): boolean {
  return (
    line
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      // "we're", "it's", "they’ll": the word before the contraction.
      .some((w) => FUNCTION_WORDS.has(w.replace(/['’]\p{L}*$/u, '')))
  );
}

/** Small words a sentence never capitalises inside it, and a headline set in Title Case does. */
const TITLE_CASE_SMALL = /\s(?:And|Of|In|To|For|With|At|On|By|From|Into|After|Over|As)\s/;

/**
 * A headline set in Title Case ("Swimmer And Actress Dies Aged 91."): every word of three letters or
 * more capitalised, small words inside it too. A sentence full of names ("President Barack Obama met
 * Vladimir Putin in Moscow") still writes its verb and small words in lower case.
 */
export function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’]{2,}/gu) ?? [];
  return words.length >= 4 && TITLE_CASE_SMALL.test(line) && words.every((w) => /^\p{Lu}/u.test(w));
}
