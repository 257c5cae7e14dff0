import { wireDatelineLength } from './attribution.ts';
import { escapeRegExp } from './escape-reg-exp.ts';
import { foldDiacritics } from './fold-diacritics.ts';
import { COMMON_WORDS, VERY_COMMON_WORDS } from './common-words.ts';
import type { SegmentedReport } from './types.ts';

/** The first words of speech, not of a report: a greeting or the speaker's own "I" or "we". */
const SPEECH = /^\s*(?:good\s+(?:morning|afternoon|evening)|hello|thank|thanks|well|yes|no|i|i'm|i've|we|we're|we've|my|our|you)\b/i;

const isEverydayWords = (label: string) => label.split(/\s+/).every((w) => COMMON_WORDS.has(w) || VERY_COMMON_WORDS.has(w));

/**
 * Labels a live page or a digest opens a paragraph with that name no place: "BREAKING:", "UPDATE -",
 * a digest's sections ("WEATHER:", "SPORT:"), which `isEverydayWords` misses as rarer words.
 * The dateline reader takes any word in capitals before a colon or a dash.
 */
const LABELS =
  /^(?:breaking|update|updated|watch|live|latest|exclusive|correction|clarification|analysis|opinion|comment|video|photos?|pictured|editor'?s note|note|more|also|and finally|in brief|news in brief|briefly|read more|related|advertisement|sponsored|weather|traffic|travel|sports?|crime|courts?|politics|education|entertainment)$/;

/**
 * Each sentence's item place in a round-up: where a report opens two or more paragraphs on a
 * dateline ("NARBERTH: Police seized 23 cannabis plants …", "MIZIL: The town's annual wine fair …"),
 * it is a digest of items from several places, and each sentence belongs to the item whose dateline
 * comes last before it. Undefined for every sentence of a report with one dateline or none: a
 * single story's dateline is where it was filed, and its whole text is one item.
 */
export function briefItemPlaces(report: SegmentedReport): (string | undefined)[] {
  const opening = report.sentences.map((s) => {
    if (s.start !== 0) return undefined;
    const length = wireDatelineLength(s.text);
    if (!length) return undefined;
    const place = foldDiacritics(
      s.text
        .slice(0, length)
        .split(/[,:(–—-]/)[0]!
        .trim()
        .toLowerCase(),
    );
    return place && !LABELS.test(place) ? place : undefined;
  });
  // A transcript's speaker labels are no places ("ANCHOR:", "RESIDENT:"): a speaker who talks twice labels
  // two paragraphs, where a digest names each item's place once, and what follows a label is speech
  // ("Good evening, …", "We grabbed the children …"), where a digest's item is told of others.
  const heads = opening.filter((p): p is string => !!p);
  const spoken = report.sentences.some((s, i) => opening[i] && SPEECH.test(s.text.slice(wireDatelineLength(s.text))));
  if (heads.length < 2 || new Set(heads).size < heads.length || heads.some(isEverydayWords) || spoken) return report.sentences.map(() => undefined);
  // A paragraph without a dateline belongs to the item above it: a digest runs an item over paragraphs.
  let current: string | undefined;
  return opening.map((place) => (current = place ?? current));
}

/** Whether a report names a place anywhere in its title or text (accents and case aside). */
export function reportNames(report: SegmentedReport, place: string): boolean {
  const text = foldDiacritics([report.title ?? '', ...report.sentences.map((s) => s.text)].join('\n').toLowerCase());
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, 'u').test(text);
}
