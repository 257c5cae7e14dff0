import type { Report } from './types.ts';

/**
 * FNV-1a over everything analysis reads, so a cache key changes whenever a result could.
 * `publishedFrom` is left out: analysis reads the date, not where it came from, so confirming an
 * inferred date does not re-run the comparison.
 */
export function fingerprintReport(report: Report): string {
  let hash = 0x811c9dc5;
  const text = [report.id, report.title, report.source ?? '', report.published ?? '', ...report.paragraphs].join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
