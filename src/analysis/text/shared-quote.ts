import { isStopword } from './stopwords.ts';

/**
 * Two reports that carry the same words from one speaker report one thing said, however differently
 * each frames it: '"The mission is lost," he said, adding that the remains of the rocket fell into
 * the Atlantic.' / 'Red-faced bosses admitted: "The mission is lost."'. Scored as sentences the two
 * share little else (the frame is stripped, the rest of each sentence differs), and on the user
 * tests' stories five such pairs a reader links went unlinked, none that a reader does not.
 */

/** A sentence's words in lower case, and the runs of them it puts inside quotation marks. */
export interface QuoteWords {
  words: readonly string[];
  quoted: readonly (readonly string[])[];
}

/** Words in a row one side quotes and the other also has, and how many of them must not be stopwords. */
const MIN_WORDS = 4;
const MIN_CONTENT = 2;
/**
 * The share of the quote the run must be: most of what was said, not a phrase inside it. On whole
 * ECB+ train articles runs such as "the Endangered Species Act" or "to take advantage of this" in
 * long quotes linked sentences that state other things.
 */
const MOST = 0.6;

const QUOTED = /["“]([^"“”]+)["”]/g;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

export function quoteWords(text: string): QuoteWords {
  return { words: wordsOf(text), quoted: [...text.matchAll(QUOTED)].map((m) => wordsOf(m[1]!)).filter((q) => q.length >= MIN_WORDS) };
}

/**
 * Whether either sentence quotes at least `MIN_WORDS` words in a row that the other has too, at
 * least `MIN_CONTENT` of them not stopwords and `MOST` of the quote: a quote's frame may end inside the other's quotation
 * marks ('called the decision "a hammer blow" for Swindon' / '"This is a hammer blow for Swindon."').
 * Short generic quotes ("We are all very worried") do not count.
 */
export function sharesQuote(a: QuoteWords, b: QuoteWords): boolean {
  return a.quoted.some((q) => quotedIn(q, b.words)) || b.quoted.some((q) => quotedIn(q, a.words));
}

function quotedIn(quote: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + MIN_WORDS <= quote.length; i++) {
    for (let j = 0; j + MIN_WORDS <= words.length; j++) {
      let k = 0;
      let content = 0;
      while (i + k < quote.length && j + k < words.length && quote[i + k] === words[j + k]) {
        if (!isStopword(quote[i + k]!)) content++;
        k++;
        if (k >= MIN_WORDS && content >= MIN_CONTENT && k >= MOST * quote.length) return true;
      }
    }
  }
  return false;
}
