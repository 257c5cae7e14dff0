import { reportLetter } from '../../analysis/report/letter.ts';
import type { PublishedFrom } from '../../analysis/report/types.ts';
import { reportName, type NameableReport } from '../../shared/report-name.ts';

/** What the full timeline needs to know about a compared report. */
export interface ReportInfo extends NameableReport {
  id: string;
  source: string | null;
  published: string | null;
  /** Where `published` came from; an inferred date is marked wherever it shows. */
  publishedFrom?: PublishedFrom | null;
}

/** How a report is named on the full timeline: its letter on cards, and the name the legend gives it. */
export interface SourceName {
  letter: string;
  /** "China Daily", else the report's name (`reportName`), shortened for a legend line. */
  short: string;
  /** Source and name in full, for tooltips, screen readers and the legend. */
  full: string;
}

const MAX_SHORT = 32;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_SHORT) return clean;
  const cut = clean.lastIndexOf(' ', MAX_SHORT - 1);
  return `${clean.slice(0, cut > 8 ? cut : MAX_SHORT - 1)}…`;
}

/**
 * Names per report id, letters in comparison order (the reader's A, B, …). Cards carry only the
 * letter, because two or three full names do not fit a card a phone can show; the legend says
 * which report each letter is, as the side panel's "A · China Daily" badges do.
 */
export function sourceNames(reports: ReportInfo[]): Map<string, SourceName> {
  return new Map(
    reports.map((r, i) => {
      const name = r.source?.trim() || reportName(r);
      return [r.id, { letter: reportLetter(i), short: shorten(name), full: [r.source?.trim(), reportName(r)].filter(Boolean).join(': ') }];
    }),
  );
}
