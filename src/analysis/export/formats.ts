import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';
import { toContractJson } from './contract-json.ts';
import { factsToCsv, timelineToCsv } from './csv.ts';
import { timelineToIcs } from './ics.ts';
import { toMarkdown } from './markdown.ts';

/** Every export the CLI (`--format`) and the app's export menu offer, in menu order. */
export const EXPORT_FORMATS = {
  json: { label: 'JSON (full comparison)', mime: 'application/json', extension: 'json' },
  md: { label: 'Markdown (texts with marked facts)', mime: 'text/markdown;charset=utf-8', extension: 'md' },
  csv: { label: 'Facts (CSV)', mime: 'text/csv;charset=utf-8', extension: 'facts.csv' },
  'timeline-csv': { label: 'Timeline (CSV)', mime: 'text/csv;charset=utf-8', extension: 'timeline.csv' },
  ics: { label: 'Timeline (calendar, .ics)', mime: 'text/calendar;charset=utf-8', extension: 'ics' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

/**
 * The file content of one export. `now` fixes the calendar's DTSTAMP (tests); `name` is what the
 * reader called the comparison, which heads the Markdown and names the calendar instead of the
 * reports' titles.
 */
export function exportComparison(format: ExportFormat, reports: Report[], comparison: Comparison, options: { now?: Date; name?: string } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toContractJson(reports, comparison), null, 2) + '\n';
    case 'md':
      return toMarkdown(reports, comparison, options.name);
    case 'csv':
      return factsToCsv(reports, comparison);
    case 'timeline-csv':
      return timelineToCsv(reports, comparison);
    case 'ics':
      return timelineToIcs(comparison.timeline, { now: options.now, reports, name: options.name || reports.map((r) => r.title || r.id).join(' / ') });
  }
}

/** "cameron-seeks-irans-help.facts.csv": a safe download name from the comparison's name, else the first report's title. */
export function exportFileName(format: ExportFormat, reports: readonly Report[], name?: string): string {
  const stem = (name || reports[0]?.title || 'comparison')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'comparison'}.${EXPORT_FORMATS[format].extension}`;
}
