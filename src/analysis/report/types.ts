/**
 * Where a report's publication date came from, so the reader can say how far to trust it:
 * - `stated`: the page's own text (a "Published …" stamp, a byline date, a wire dateline);
 * - `front-matter`: the `published:` line of the file's front matter;
 * - `inferred`: no date was stated; the latest day the body names (see `infer-date.ts`);
 * - `user`: entered by the person comparing (the app's date field, the CLI's `--published`).
 */
export type PublishedFrom = 'stated' | 'front-matter' | 'inferred' | 'user';

/** A news report as the reader shows it: metadata plus clean body paragraphs. */
export interface Report {
  /** Stable id, unique within a comparison (file stem for files, generated for imports). */
  id: string;
  /** Where it came from (path or file name), when known. */
  file?: string;
  /** Headline; empty string when the text has none that can be told apart from the body. */
  title: string;
  /** Publisher or agency, e.g. "China Daily"; null when unknown. */
  source: string | null;
  /**
   * Publication date as ISO `YYYY-MM-DD`, or the reference date inferred from the body; null when
   * neither is known. Drives date resolution.
   */
  published: string | null;
  /** Where `published` came from; null exactly when `published` is null. */
  publishedFrom: PublishedFrom | null;
  /**
   * The day a wire dateline gives without its year ("LONDON, July 2 (Reuters) -"), when the page
   * states no date with a year: `published` is then that day in a year inferred from the body's
   * dates, or null, and a comparison places it by the other reports (`dateline-year.ts`).
   */
  filed?: { month: number; day: number };
  /** Body paragraphs in reading order, boilerplate removed. */
  paragraphs: string[];
  /** Lines dropped as site furniture, in their original order, so nothing is silently lost. */
  removed: string[];
}

/**
 * Something in the input the parser ignored, worded for people. The report is still usable, so
 * this is a warning in `checkReport`'s terms, and callers can list the two together.
 */
export interface ParseProblem {
  level: 'warning';
  /**
   * `invalid-published`: the front matter's `published:` value is not a date. `invalid-utf8`: a
   * UTF-8 file had bytes that are not UTF-8; they were replaced with U+FFFD (decode-text.ts).
   */
  code: 'invalid-published' | 'invalid-utf8';
  message: string;
}
