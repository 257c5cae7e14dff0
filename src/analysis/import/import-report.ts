import { splitFrontMatter } from '../report/front-matter.ts';
import { parseReportExplained } from '../report/parse-report.ts';
import type { ParseProblem, Report } from '../report/types.ts';
import { classifyInput, type InputKind } from './classify-input.ts';
import { decodeText, invalidBytesMessage, type DecodeProblem, type TextEncodingName } from './decode-text.ts';
import { reportFromHtml } from './extract-article.ts';
import { markdownToText } from './markdown-to-text.ts';
import { stripInlineCode } from './strip-inline-code.ts';

/**
 * Turns an HTML string into a Document. Injected so this module needs no global DOM: the browser
 * passes `(html) => new DOMParser().parseFromString(html, 'text/html')`, the CLI linkedom's parseHTML.
 */
export type HtmlParser = (html: string) => Document;

export interface ImportMeta {
  id: string;
  /** Recorded on the Report (path or file name). */
  file?: string;
  /** File name and MIME type used to tell text, HTML and Markdown apart. */
  name?: string;
  type?: string;
  parseHtml: HtmlParser;
}

export type ImportResult =
  /** `problems`: what the parser ignored (an invalid front matter date); the report is still usable. */
  | { ok: true; report: Report; kind: InputKind; encoding?: TextEncodingName; problems: ParseProblem[] }
  | { ok: false; code: ImportFailure; message: string; kind?: InputKind };

/**
 * Why nothing could be imported, for callers that word or handle a case themselves (the import
 * panel asks for a paste when there is nothing): decided by code, never by the message's wording.
 * `too-large` and `unreadable` are set by the callers that read files and pastes.
 */
export type ImportFailure = DecodeProblem | 'html' | 'no-article' | 'too-large' | 'unreadable';

/** Text already in memory (a paste, or decoded file bytes) → a Report, whatever its format. */
export function importText(text: string, meta: ImportMeta): ImportResult {
  if (!text.trim())
    return text
      ? { ok: false, code: 'whitespace', message: 'the text holds only whitespace' }
      : { ok: false, code: 'empty', message: 'there is no text to import' };
  const kind = classifyInput(text, { name: meta.name, type: meta.type });
  const reportMeta = { id: meta.id, file: meta.file };
  if (kind === 'html') {
    let doc: Document;
    try {
      // Without inline styles and handlers: the browser checks each against the app's CSP while parsing, even
      // into a document never shown, and logs an error apiece (strip-inline-code.ts says more).
      doc = meta.parseHtml(stripInlineCode(text));
    } catch (error) {
      return { ok: false, code: 'html', kind, message: `the HTML could not be parsed (${error instanceof Error ? error.message : String(error)})` };
    }
    const result = reportFromHtml(doc, reportMeta);
    if ('problem' in result) return { ok: false, code: result.problem, kind, message: result.message };
    return { ok: true, kind, report: result, problems: [] };
  }
  const { plain, removed } = kind === 'markdown' ? markdownWithFrontMatter(text) : { plain: text, removed: [] };
  const { report, problems } = parseReportExplained(plain, reportMeta);
  // The images and captions the converter took out, listed after the lines the parser removed (the parser never sees them).
  return { ok: true, kind, report: removed.length ? { ...report, removed: [...report.removed, ...removed] } : report, problems };
}

/**
 * Markdown → text with its front matter left in front for `parseReport` to read: converted with
 * the rest, the block would become a rule and a setext heading ("published: …" over "---").
 */
function markdownWithFrontMatter(markdown: string): { plain: string; removed: string[] } {
  const { block, body } = splitFrontMatter(markdown);
  const { text, removed } = markdownToText(body);
  return { plain: block + text, removed };
}

/** File bytes → a Report: decoding (BOMs, Latin-1, binary detection) and then `importText`. */
export function importBytes(bytes: Uint8Array, meta: ImportMeta): ImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, code: decoded.problem, message: decoded.detail };
  const result = importText(decoded.text, meta);
  if (!result.ok) return result;
  const problems = decoded.invalid
    ? [{ level: 'warning' as const, code: 'invalid-utf8' as const, message: invalidBytesMessage(decoded.invalid) }, ...result.problems]
    : result.problems;
  return { ...result, encoding: decoded.encoding, problems };
}
