import { foldDiacritics } from './fold-diacritics.ts';

/**
 * Character-level clean-up that keeps every offset where it was: each replacement is one UTF-16
 * unit for one, so spans found in the normalised text index the original text too.
 * Curly quotes become straight, dashes become '-', non-breaking spaces become spaces.
 */
export function normalizeChars(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** Lower-cases a word, drops its accents and a possessive ending: "Iran's" → "iran", "countries'" → "countries", "Maraş" → "maras". */
export function normalizeWord(word: string): string {
  return foldDiacritics(word).toLowerCase().replace(/'s$/, '').replace(/'$/, '');
}
