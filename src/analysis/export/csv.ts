import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field. RFC 4180 quoting (quotes doubled; fields with a comma, quote or line break
 * quoted), and a semicolon or tab quoted too: spreadsheets in many locales split on ";", and OWASP's
 * CSV-injection guidance warns that a separator lets the rest of a field start a new cell. Text
 * that a spreadsheet could run as a formula gets a leading apostrophe (`formulaLike`): sentences
 * come from arbitrary web pages, and "=HYPERLINK(…)" in a report must stay text. Numbers are
 * written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A cell that itself begins with apostrophes before a sign ("'+1") gets one more: a spreadsheet
  // hides the first apostrophe, so the reader sees the cell as written, and the guard stays reversible.
  const guarded = formulaLike(value.replace(/^'+/, ''));
  const text = guarded ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * OWASP's list of leading characters (= + - @, tab, carriage return), plus NUL (OWASP ASVS) and
 * line feed; then the same four signs as Unicode look-alikes that a spreadsheet may fold to ASCII
 * (full-width ＝＋－＠ and the small forms ﹦﹢﹣﹫, folded by NFKC, and the minus sign −), also when
 * spaces or invisible format characters (zero-width space, BOM, bidi marks) come first, since they
 * hide the sign from a reader but not from every spreadsheet.
 */
export function formulaLike(text: string): boolean {
  if (/^[\t\r\n\0]/.test(text)) return true;
  const lead = text
    .replace(/^[\s\p{Cf}]+/u, '')
    .slice(0, 2)
    .normalize('NFKC');
  return /^[=+\-@\u2212]/.test(lead);
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

export const TIMELINE_CSV_HEADER = [
  'event',
  'date',
  'granularity',
  'start',
  'end',
  'label',
  'actors',
  'report',
  'report_title',
  'sentence',
  'expression',
  'sentence_text',
] as const;

/**
 * One row per event mention, events in timeline order; `expression` is the time expression as
 * written. The report's title beside its id, as in the facts: an id alone told a spreadsheet nothing.
 */
export function timelineToCsv(reports: readonly Report[], comparison: Comparison): string {
  const texts = sentenceTexts(comparison);
  const titles = new Map(reports.map((r) => [r.id, r.title]));
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
      titles.get(m.report) ?? '',
      m.sentence,
      m.text,
      texts.get(`${m.report}\u0000${m.sentence}`) ?? '',
    ]),
  );
  return toCsv(TIMELINE_CSV_HEADER, rows);
}
