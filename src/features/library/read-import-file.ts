import { ENCODING_LABELS } from '../../analysis/import/decode-text.ts';
import { importBytes, importText, type HtmlParser, type ImportResult } from '../../analysis/import/import-report.ts';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../analysis/import/limits.ts';

/**
 * The browser's HTML parser. DOMParser builds an inert document: scripts do not run, images and
 * styles are not fetched, and nothing of it is attached to the page.
 */
export const parseHtmlInBrowser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

export function newReportId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `import-${random}`;
}

/** A dropped or chosen file → a report, checking its size before reading a byte of it. */
export async function readImportFile(file: File, parseHtml: HtmlParser = parseHtmlInBrowser): Promise<ImportResult> {
  const tooLarge = tooLargeMessage(file.size);
  if (tooLarge) return { ok: false, code: 'too-large', message: `“${file.name}” is ${tooLarge}` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBytes(file));
  } catch (error) {
    return { ok: false, code: 'unreadable', message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = importBytes(bytes, { id: newReportId(), file: file.name, name: file.name, type: file.type, parseHtml });
  return result.ok ? result : { ...result, message: `“${file.name}”: ${result.message}` };
}

/** Pasted text or HTML → a report. */
export function readPastedText(text: string, parseHtml: HtmlParser = parseHtmlInBrowser): ImportResult {
  // The same limit as files; UTF-8 needs at least one byte per UTF-16 unit, so length is a floor.
  const tooLarge = text.length > MAX_IMPORT_BYTES ? tooLargeMessage(new TextEncoder().encode(text).length) : null;
  if (tooLarge) return { ok: false, code: 'too-large', message: `the pasted text is ${tooLarge}` };
  return importText(text, { id: newReportId(), parseHtml });
}

/**
 * "Read as Windows-1252 text." — shown when a file was not UTF-8, so odd letters can be explained.
 * What went wrong while reading (replaced bytes, a bad front matter date) is in `importWarnings`.
 */
export function encodingNote(result: ImportResult): string | null {
  if (!result.ok || !result.encoding || result.encoding === 'utf-8') return null;
  return `Read as ${ENCODING_LABELS[result.encoding]} text.`;
}

/**
 * The problems the import noticed but could read past, as sentences for the draft: the report is
 * still usable, but the reader should know before adding it ("1 byte that is not valid UTF-8 was
 * replaced…", "the front matter's published: … is not a date"). Matched by code, never by wording.
 */
export function importWarnings(result: ImportResult): string[] {
  if (!result.ok) return [];
  return result.problems.map((p) => {
    const sentence = p.message.charAt(0).toUpperCase() + p.message.slice(1);
    const full = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
    return p.code === 'invalid-utf8' ? `Read as UTF-8 text, but ${p.message.replace(/[.]$/, '')}.` : full;
  });
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  // Older engines (and some test DOMs) only have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
