import { ENCODING_LABELS } from '../../analysis/import/decode-text.ts';
import { importDraft, type DraftImport, type DraftMeta, type ImportSource } from '../../analysis/import/import-draft.ts';
import type { HtmlParser, ImportResult } from '../../analysis/import/import-report.ts';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../analysis/import/limits.ts';
import type { Report } from '../../analysis/report/types.ts';

/**
 * The browser's HTML parser. DOMParser builds an inert document: scripts do not run, images and
 * styles are not fetched, and nothing of it is attached to the page.
 */
export const parseHtmlInBrowser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

export function newReportId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `import-${random}`;
}

/**
 * Runs `importDraft` somewhere: the app passes one that runs it in the analysis worker (a 5 MB
 * report takes seconds to parse and check); `importInThread` is the default, for tests and when
 * no worker is at hand. It may answer at once or with a promise.
 */
export type DraftImporter = (source: ImportSource, meta: DraftMeta, others: readonly Report[]) => DraftImport | Promise<DraftImport>;

export const importInThread: DraftImporter = (source, meta, others) => importDraft(source, meta, others, parseHtmlInBrowser);

/** An import's answer: the result, and for a report what the checks found and its word count. */
export type ReadImport = Extract<DraftImport, { kind: 'done' }>;

const refused = (result: ImportResult): ReadImport => ({ kind: 'done', result, findings: [], words: 0 });

/**
 * `importer`'s answer; an HTML input it hands back (no DOM in a worker) is imported here, with the
 * browser's parser. `then` runs at once when the answer is not a promise, so a paste imported in
 * this thread shows its draft in the same event.
 */
function run(
  importer: DraftImporter,
  source: ImportSource,
  meta: DraftMeta,
  others: readonly Report[],
  then: (read: ReadImport) => void,
): void | Promise<void> {
  const finish = (draft: DraftImport) => then(draft.kind === 'needs-dom' ? (importDraft(source, meta, others, parseHtmlInBrowser) as ReadImport) : draft);
  const answer = importer(source, meta, others);
  return answer instanceof Promise ? answer.then(finish) : finish(answer);
}

/** A dropped or chosen file → a report, checking its size before reading a byte of it. */
export async function readImportFile(file: File, others: readonly Report[] = [], importer: DraftImporter = importInThread): Promise<ReadImport> {
  const tooLarge = tooLargeMessage(file.size);
  if (tooLarge) return refused({ ok: false, code: 'too-large', message: `“${file.name}” is ${tooLarge}` });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBytes(file));
  } catch (error) {
    return refused({ ok: false, code: 'unreadable', message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)})` });
  }
  let read: ReadImport | undefined;
  await run(importer, { bytes }, { id: newReportId(), file: file.name, name: file.name, type: file.type }, others, (r) => (read = r));
  const { result } = read!;
  return result.ok ? read! : { ...read!, result: { ...result, message: `“${file.name}”: ${result.message}` } };
}

/**
 * Why pasted text is refused for its size, or null. A UTF-16 code unit takes one to three UTF-8
 * bytes, so only a text longer than a third of the limit needs its bytes counted.
 */
export function pastedTooLarge(text: string): string | null {
  const tooLarge = text.length * 3 > MAX_IMPORT_BYTES ? tooLargeMessage(utf8Length(text)) : null;
  return tooLarge && `the pasted text is ${tooLarge}`;
}

/** Bytes of `text` in UTF-8 (as TextEncoder writes it, a lone surrogate as U+FFFD), counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Pasted text or HTML → a report, handed to `then` (at once when `importer` answers at once). */
export function readPastedText(
  text: string,
  then: (read: ReadImport) => void,
  others: readonly Report[] = [],
  importer: DraftImporter = importInThread,
): void | Promise<void> {
  const tooLarge = pastedTooLarge(text);
  if (tooLarge) return then(refused({ ok: false, code: 'too-large', message: tooLarge }));
  return run(importer, { text }, { id: newReportId() }, others, then);
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
