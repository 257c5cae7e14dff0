import type { PublishedFrom, Report } from './types.ts';

/**
 * The report with the publication date someone entered (the app's date field, the CLI's
 * `--published`). Provenance follows the date: a date left as it was keeps where it came from, so
 * confirming a form does not turn an inferred date into a checked one.
 */
export function withPublished(report: Report, published: string | null, from: PublishedFrom = 'user'): Report {
  if (published === report.published) return report;
  return { ...report, published, publishedFrom: published ? from : null };
}
