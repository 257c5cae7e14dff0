/** Why a byte sequence cannot be read as a report. */
export type DecodeProblem = 'empty' | 'whitespace' | 'binary';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; problem: DecodeProblem; detail: string };

// Magic numbers of formats people drop by mistake; named so the message can say what it was.
const SIGNATURES: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/**
 * Bytes → text. UTF-16 is recognised by its BOM; otherwise UTF-8 is tried strictly first (most pages
 * without a charset are UTF-8) and Windows-1252 is the fallback, because a Latin-1 file is never valid
 * UTF-8 once it contains an accented letter.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: 'the file is empty' };
  for (const [name, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return { ok: false, problem: 'binary', detail: `this is a ${name}, not text` };
  }
  let text: string;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = 'utf-8';
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') return { ok: false, problem: 'binary', detail: `the file claims ${encoding} but is not valid ${encoding}` };
    encoding = 'windows-1252';
    text = new TextDecoder(encoding).decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return { ok: false, problem: 'binary', detail: 'the file looks binary (control characters), not text' };
  if (!text.trim()) return { ok: false, problem: 'whitespace', detail: 'the file holds only whitespace' };
  return { ok: true, text, encoding };
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
