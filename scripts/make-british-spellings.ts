/**
 * Writes `src/analysis/text/british-spellings.json`: `npm run -s make:spellings`.
 *
 * The British → American word list of `american-british-english-translator` (MIT, a dev dependency),
 * kept to the words the tokenizer's own rules (`oneSpelling`: "-tre", "-our", "-ise") leave with
 * another stem than their American spelling: "jewellery" / "jewelry", "defence" / "defense",
 * "tyres" / "tires", "manoeuvre" / "maneuver", "paediatric" / "pediatric". A table, since these
 * follow no rule a suffix could state ("grey", "plough", "draught", "judgement"). The tokenizer maps
 * a listed word to its American spelling before its rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { spelledByRules } from '../src/analysis/text/tokenize.ts';

const require = createRequire(import.meta.url);
const source = require.resolve('american-british-english-translator/data/british_spellings.json');
const pairs = Object.entries(JSON.parse(readFileSync(source, 'utf8')) as Record<string, string>);

/** Listed as spellings of one word, but two units: a tonne is 1,000 kg, an American ton 907 kg (`quantities.ts` converts the tonne). */
const NOT_ONE_WORD = new Set(['tonne', 'tonnes']);

const kept: Record<string, string> = {};
for (const [british, american] of pairs.sort(([a], [b]) => a.localeCompare(b))) {
  // One word each way, lower case: the tokenizer looks words up one at a time.
  if (!/^[a-z]+$/.test(british) || !/^[a-z]+$/.test(american) || NOT_ONE_WORD.has(british)) continue;
  const stem = (w: string) => stemmer(spelledByRules(w));
  if (stem(british) !== stem(american)) kept[british] = american;
}

const out = fileURLToPath(new URL('../src/analysis/text/british-spellings.json', import.meta.url));
writeFileSync(out, JSON.stringify(kept) + '\n');
console.log(`${Object.keys(kept).length} of ${pairs.length} British spellings kept (the others already stem as the American one) → ${out}`);
