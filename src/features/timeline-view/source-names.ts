import { reportLetter } from '../../analysis/report/letter.ts';
import { sourceLabel, type ReportInfo } from '../../shared/report-name.ts';

/** How a report is named on the full timeline: its letter on cards, and the name the legend gives it. */
export interface SourceName {
  letter: string;
  /** "China Daily", else the report's name (`reportName`), shortened for a legend line. */
  short: string;
  /** Source and name in full, for tooltips, screen readers and the legend. */
  full: string;
}

/** A legend line holds a longer name than the side panel's badges. */
const MAX_SHORT = 32;

/**
 * Names per report id, letters in comparison order (the reader's A, B, …). Cards carry only the
 * letter, because two or three full names do not fit a card a phone can show; the legend says
 * which report each letter is, as the side panel's "A · China Daily" badges do.
 */
export function sourceNames(reports: ReportInfo[]): Map<string, SourceName> {
  return new Map(reports.map((r, i) => [r.id, { letter: reportLetter(i), ...sourceLabel(r, MAX_SHORT) }]));
}
