import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field. RFC 4180 quoting (quotes doubled; fields with a comma, quote or line break
 * quoted). Text that a spreadsheet would run as a formula (= + - @, and tab/CR which some
 * spreadsheets strip before looking) gets a leading apostrophe: sentences come from arbitrary web
 * pages, and "=HYPERLINK(…)" in a report must stay text. Numbers are written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text with CRLF line endings (RFC 4180), ending in a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function sentenceTexts(comparison: Comparison): Map<string, string> {
  const texts = new Map<string, string>();
  for (const report of comparison.reports) for (const s of report.sentences) texts.set(`${report.id}\u0000${s.id}`, s.text);
  return texts;
}

export const FACTS_CSV_HEADER = ['fact', 'kind', 'score', 'report', 'report_title', 'sentence', 'text', 'differences'] as const;

/** One row per fact mention: which sentence of which report states the fact, in its own words. */
export function factsToCsv(reports: readonly Report[], comparison: Comparison): string {
  const texts = sentenceTexts(comparison);
  const titles = new Map(reports.map((r) => [r.id, r.title]));
  const rows = comparison.facts.flatMap((fact) =>
    fact.mentions.map((m) => [
      fact.id,
      fact.kind,
      Math.round(fact.score * 1000) / 1000,
      m.report,
      titles.get(m.report) ?? '',
      m.sentence,
      texts.get(`${m.report}\u0000${m.sentence}`) ?? '',
      fact.differences.join('; '),
    ]),
  );
  return toCsv(FACTS_CSV_HEADER, rows);
}

export const TIMELINE_CSV_HEADER = ['event', 'date', 'granularity', 'start', 'end', 'label', 'actors', 'report', 'sentence', 'expression', 'sentence_text'] as const;

/** One row per event mention, events in timeline order; `expression` is the time expression as written. */
export function timelineToCsv(comparison: Comparison): string {
  const texts = sentenceTexts(comparison);
  const rows = comparison.timeline.flatMap((event) =>
    event.mentions.map((m) => [
      event.id,
      event.date,
      event.granularity,
      event.start ?? '',
      event.end ?? '',
      event.label,
      event.actors.join('; '),
      m.report,
      m.sentence,
      m.text,
      texts.get(`${m.report}\u0000${m.sentence}`) ?? '',
    ]),
  );
  return toCsv(TIMELINE_CSV_HEADER, rows);
}
