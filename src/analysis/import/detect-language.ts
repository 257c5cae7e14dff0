/**
 * A cheap language guess: which language's most frequent function words make up the largest share of
 * the words, plus the writing system for scripts no stopword list covers. Enough to warn "this is
 * not English" — the analysis (sentence splitting, lemmas, dates) is tuned for English only — and
 * far smaller than a trigram model such as franc, which would add ~100 KB for a yes/no question.
 */
const STOPWORDS: Record<string, string> = {
  English:
    'the of and to in a is that for on was with he it as at by from his have has are be said were an its which this not but they who will would been had after their more also',
  French: 'le la les de des du un une et est en que qui dans pour pas sur au aux par plus ne se ce il elle sont avec ont été mais son sa ses cette comme',
  German: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als nach wie aus bei wird sind hat noch einer über',
  Spanish: 'el la los las de del y en que un una es por con para se no su al lo como más pero sus le ha fue este esta son entre también sobre',
  Italian: 'il lo la gli le di del della e che un una è per con non si da al alla nel sono come anche ma più ha dei delle questo',
  Portuguese: 'o a os as de do da dos das e em que um uma é para com não se por no na ao mais foi como mas seu sua ele são pelo pela',
  Dutch: 'de het een en van in is dat op te voor met zijn niet aan er die ook als bij door naar om dan wordt heeft werd',
};

const SCRIPTS: [string, RegExp][] = [
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Russian or another Cyrillic-script language', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hindi or another Devanagari-script language', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

const LISTS = Object.entries(STOPWORDS).map(([language, words]) => [language, new Set(words.split(' '))] as const);

export interface LanguageGuess {
  /** Best guess, or null when the text is too short or matches no list. */
  language: string | null;
  english: boolean;
  /** Share of English stopwords among the words, for explanations. */
  englishRatio: number;
}

/** Under this many words, a text no stopword list fits and mostly capitalised is not called foreign. */
const TERSE_WORDS = 30;

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { language: null, english: true, englishRatio: 0 };
  // Japanese uses Han too, so kana decides before Han; the script share must be a majority of letters.
  for (const [language, re] of [SCRIPTS[1]!, SCRIPTS[0]!, ...SCRIPTS.slice(2)]) {
    const global = new RegExp(re.source, 'gu');
    const count = sample.match(global)?.length ?? 0;
    if (count > letters.length * (language === 'Japanese' ? 0.1 : 0.3)) return { language, english: false, englishRatio: 0 };
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  // Under ~8 words any ratio is noise: "Obama visits Berlin" has no stopword at all.
  if (words.length < 8) return { language: null, english: true, englishRatio: 0 };
  const scores = LISTS.map(([language, set]) => [language, words.filter((w) => set.has(w)).length / words.length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const englishRatio = scores.find(([l]) => l === 'English')![1];
  const [best, bestRatio] = scores[0]!;
  // English news prose runs at 0.3–0.45 on this list; a foreign text scores well under 0.1 in English
  // (shared words such as "a", "in", "die" keep it above zero) and higher in its own list.
  if (englishRatio >= 0.15 || (best === 'English' && englishRatio >= 0.08)) return { language: 'English', english: true, englishRatio };
  if (bestRatio >= 0.1) return { language: best, english: false, englishRatio };
  // No list fits: another language (Polish, Turkish, …) or not prose at all; unless the text is short
  // and terse, as English notes and lists are ("PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named
  // Maurice Cheeks coach." has no function word): there the lists say nothing either way.
  // Such notes are mostly names; a foreign sentence is mostly lower-case words.
  const capitalised = (sample.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).length;
  if (words.length < TERSE_WORDS && capitalised >= words.length / 2) return { language: null, english: true, englishRatio };
  return { language: null, english: false, englishRatio };
}
