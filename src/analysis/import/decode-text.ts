import { scanUtf8, type InvalidBytes } from './scan-utf8.ts';

/** Why a byte sequence cannot be read as a report. */
export type DecodeProblem = 'empty' | 'whitespace' | 'binary';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  /** `invalid`: present when a UTF-8 file had bad bytes, each run now one or more U+FFFD. */
  { ok: true; text: string; encoding: TextEncodingName; invalid?: InvalidBytes[] } | { ok: false; problem: DecodeProblem; detail: string };

/** Human names for the encodings, for "read as …" notes in the UI. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 / Latin-1',
};

// Magic numbers of formats people drop by mistake; named so the message can say what it was.
// `null` in a signature matches any byte (MP4's box size comes before "ftyp").
const SIGNATURES: [string, (number | null)[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Word/Excel/EPUB document)', [0x50, 0x4b, 0x03, 0x04]],
  ['old Microsoft Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['RTF document (save it as plain text first)', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['WebP/WAV/AVI (RIFF) file', [0x52, 0x49, 0x46, 0x46]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
  ['MP4/MOV video', [null, null, null, null, 0x66, 0x74, 0x79, 0x70]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['program (ELF executable)', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/**
 * Bytes → text. UTF-16 is recognised by its BOM, or without one by the zero high bytes that English
 * text has on every other byte. Otherwise UTF-8 is tried strictly first (most pages without a
 * charset are UTF-8). If that fails, `readsAsUtf8` decides between UTF-8 with the bad bytes
 * replaced (and reported in `invalid`) and Windows-1252. Windows-1252 rather than ISO-8859-1: it is
 * what browsers use for "latin1" and it maps the 0x80–0x9F range to curly quotes and dashes that
 * Word produces.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: 'the file is empty' };
  for (const [name, magic] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => b === null || bytes[i] === b)) {
      return { ok: false, problem: 'binary', detail: `this is a ${name}, not text` };
    }
  }
  let encoding: TextEncodingName;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = sniffBomlessUtf16(bytes) ?? 'utf-8';
  let text: string;
  let invalid: InvalidBytes[] | undefined;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8')
      return { ok: false, problem: 'binary', detail: `the file looks like ${ENCODING_LABELS[encoding]} but is not valid ${ENCODING_LABELS[encoding]}` };
    const scan = scanUtf8(bytes);
    if (readsAsUtf8(scan)) {
      text = new TextDecoder('utf-8').decode(bytes);
      invalid = scan.invalid;
    } else {
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    }
  }
  // TextDecoder drops a BOM at the start already; this catches one left by concatenated files.
  text = text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return { ok: false, problem: 'binary', detail: 'the file looks binary (control characters), not text' };
  if (!text.trim()) return { ok: false, problem: 'whitespace', detail: 'the file holds only whitespace' };
  return invalid ? { ok: true, text, encoding, invalid } : { ok: true, text, encoding };
}

/**
 * A file that is not valid UTF-8 is still UTF-8 with a few bad bytes (a truncated copy, one Latin-1
 * letter pasted in) when its valid multi-byte sequences outweigh its invalid ones, counted as
 * continuation bytes against invalid sequences. In a real single-byte file a valid sequence is a
 * coincidence, an accented capital followed by a symbol or a Word quote ("É”" is C9 94), and each
 * of its continuation bytes is one more coincidence; every accented letter next to plain ASCII is an
 * invalid sequence. So single-byte text scores far below 1, and UTF-8 with one stray byte scores as
 * many continuation bytes as it has curly quotes and accents (two per quote). A file with no valid
 * multi-byte sequence at all is single-byte. A tie goes to Windows-1252, the reading before this rule.
 * Rejected: a share of invalid bytes over the whole file, because a long English text with one "é"
 * in Latin-1 would pass as UTF-8 with a hole in it.
 */
function readsAsUtf8(scan: { invalidSequences: number; continuationBytes: number }): boolean {
  return scan.continuationBytes > scan.invalidSequences;
}

/** How many lines and offsets `invalidBytesMessage` names before "and N more". */
const LISTED_INVALID_LINES = 5;

/**
 * "1 byte that is not valid UTF-8 was replaced with “�”: line 3 (offset 57)", for the import panel
 * and the CLI. Lines are listed, not every run: a damaged line usually holds several.
 */
export function invalidBytesMessage(invalid: readonly InvalidBytes[]): string {
  const bytes = invalid.reduce((n, run) => n + run.length, 0);
  const firstByLine = new Map<number, number>();
  for (const run of invalid) if (!firstByLine.has(run.line)) firstByLine.set(run.line, run.offset);
  const lines = [...firstByLine].slice(0, LISTED_INVALID_LINES).map(([line, offset]) => `${line} (offset ${offset})`);
  const more = firstByLine.size - lines.length;
  const where = `${firstByLine.size === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const what = bytes === 1 ? '1 byte that is not valid UTF-8 was' : `${bytes} bytes that are not valid UTF-8 were`;
  return `${what} replaced with “\uFFFD”: ${where}`;
}

/**
 * UTF-16 without a BOM (some Windows tools write it): in Latin-script text almost every code unit has
 * a zero high byte, so zeros pile up on odd offsets (LE) or even offsets (BE). A binary file has
 * zeros too, but not concentrated on one side; 40 % leaves room for non-ASCII letters.
 */
function sniffBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// WHATWG Windows-1252 for 0x80–0x9F (the five unassigned bytes map to C1 controls, as browsers do).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * By hand rather than `new TextDecoder('windows-1252')`: Node's decoder treats that label as
 * ISO-8859-1 and turns Word's curly quotes (0x91–0x94) into invisible C1 controls, so the CLI
 * and the browser would read the same file differently.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/** Text with NULs or many C0 control characters is a binary file that happened to decode. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > sample.length * 0.01;
}
