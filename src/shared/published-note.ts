import type { PublishedFrom, Report } from '../analysis/report/types.ts';

/**
 * What to say next to a publication date the reader should not take as stated: an inferred date is
 * only the latest day the text names. A wire's dateline day without a year (`Report.filed`, "LISBON,
 * Sept 17 (Reuters) -") is the page's own, and only its year was inferred: "inferred from the text"
 * had overstated the doubt (user test X, U3). Null for dates the page, the front matter or the user
 * gave. A module of its own: the first screen imports it, and the date form's checks
 * (publication-date.ts) would ship with it.
 */
export function publishedNote(from: PublishedFrom | null | undefined, filed?: Report['filed']): string | null {
  return from === 'inferred' ? (filed ? 'year inferred' : 'inferred from the text') : null;
}
