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
  /** Publication date as ISO `YYYY-MM-DD`; null when the text gives none. Drives date resolution. */
  published: string | null;
  /** Body paragraphs in reading order, boilerplate removed. */
  paragraphs: string[];
  /** Lines dropped as site furniture, in their original order, so nothing is silently lost. */
  removed: string[];
}
