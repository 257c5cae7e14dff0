import type { Report } from '../report/types.ts';
import { checkReport, type ReportFinding } from './check-report.ts';
import { importBytes, importText, type HtmlParser, type ImportMeta, type ImportResult } from './import-report.ts';

/** What an import reads: pasted text, or a file's bytes (decoded here, so a worker can do it). */
export type ImportSource = { text: string } | { bytes: Uint8Array };

export type DraftMeta = Omit<ImportMeta, 'parseHtml'>;

export type DraftImport =
  /**
   * The import's result, and for a report what `checkReport` finds against `others` and its word
   * count: on a 5 MB report each takes seconds of regular expressions, work for the worker.
   */
  | { kind: 'done'; result: ImportResult; findings: ReportFinding[]; words: number }
  /** HTML, and no `parseHtml` was given (a worker has no DOMParser): the caller imports it where one is. */
  | { kind: 'needs-dom' };

/**
 * Everything an import does before the reader checks the draft, in one call that needs no DOM for
 * text and Markdown: decoding, parsing, the checks and the word count. The app runs it in the
 * analysis worker, so a report of megabytes never blocks the page; without `parseHtml` an HTML
 * input comes back as `needs-dom`.
 */
export function importDraft(source: ImportSource, meta: DraftMeta, others: readonly Report[], parseHtml?: HtmlParser): DraftImport {
  let neededDom = false;
  const parse: HtmlParser =
    parseHtml ??
    (() => {
      neededDom = true;
      throw new Error('no DOM here');
    });
  const full = { ...meta, parseHtml: parse };
  const result = 'bytes' in source ? importBytes(source.bytes, full) : importText(source.text, full);
  if (neededDom) return { kind: 'needs-dom' };
  if (!result.ok) return { kind: 'done', result, findings: [], words: 0 };
  return { kind: 'done', result, findings: checkReport(result.report, others), words: countWords(result.report.paragraphs) };
}

/** Whitespace-separated words, counted without joining the paragraphs into one string. */
export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) words += paragraph.match(/\S+/g)?.length ?? 0;
  return words;
}
