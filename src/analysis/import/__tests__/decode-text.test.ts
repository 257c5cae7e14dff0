import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidBytesMessage } from '../decode-text.ts';
import { scanUtf8 } from '../scan-utf8.ts';

const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
};
const swap = (bytes: Uint8Array) => {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(utf8('Café “quoted”'))).toEqual({ ok: true, text: 'Café “quoted”', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi there')]))).toMatchObject({ ok: true, text: 'Hi there' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(utf16le('Rouhani – Téhéran'))).toEqual({ ok: true, text: 'Rouhani – Téhéran', encoding: 'utf-16le' });
    expect(decodeText(swap(utf16le('Rouhani – Téhéran')))).toEqual({ ok: true, text: 'Rouhani – Téhéran', encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM instead of calling it binary', () => {
    const text = 'British Prime Minister David Cameron met Iranian President Hassan Rouhani.';
    expect(decodeText(utf16le(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(swap(utf16le(text, false)))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for Latin-1 bytes, including curly quotes', () => {
    // "Café ‘Téhéran’" in Windows-1252: é = E9, ‘ = 91, ’ = 92.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x91, 0x54, 0xe9, 0x68, 0xe9, 0x72, 0x61, 0x6e, 0x92]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Café ‘Téhéran’', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 with one stray byte as UTF-8, replacing the byte and saying where it was', () => {
    // Line 2 holds a Latin-1 "é" (E9) pasted into a UTF-8 text with curly quotes.
    const head = utf8('The Minister’s office said “no”.\nCaf');
    const bytes = Uint8Array.from([...head, 0xe9, ...utf8(' talks went on.\n')]);
    const result = decodeText(bytes);
    expect(result).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: 'The Minister’s office said “no”.\nCaf\uFFFD talks went on.\n',
      invalid: [{ offset: head.length, length: 1, line: 2 }],
    });
    expect(invalidBytesMessage(result.ok ? result.invalid! : [])).toBe(
      `1 byte that is not valid UTF-8 was replaced with “\uFFFD”: line 2 (offset ${head.length})`,
    );
  });

  it('reads a file cut inside its last character as UTF-8 with the stub replaced', () => {
    const bytes = utf8('Talks “resumed” on Monday ’');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      text: 'Talks “resumed” on Monday \uFFFD',
      invalid: [{ offset: bytes.length - 3, length: 2, line: 1 }],
    });
  });

  it('stays Windows-1252 when the only valid UTF-8 sequence is a coincidence', () => {
    // "CAFÉ” and café" in Windows-1252: É” (C9 94) happens to be a valid UTF-8 pair; é before a space is not.
    const bytes = Uint8Array.from([...utf8('CAF'), 0xc9, 0x94, ...utf8(' and caf'), 0xe9, 0x20]);
    expect(decodeText(bytes)).toEqual({ ok: true, encoding: 'windows-1252', text: 'CAFÉ” and café ' });
    // A plain ASCII text with one Latin-1 letter has no valid multi-byte sequence at all.
    expect(decodeText(Uint8Array.from([...utf8('Talks in T'), 0xe9, ...utf8('heran')]))).toMatchObject({ encoding: 'windows-1252', text: 'Talks in Téheran' });
  });

  it('lists the damaged lines, not every byte', () => {
    const lines = Array.from({ length: 8 }, (_, i) => [...utf8(`Line ${i + 1} says “yes”`), 0xff, 0xfe, ...utf8(' and ‘no’.\n')]);
    const result = decodeText(Uint8Array.from(lines.flat()));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.invalid!.map((r) => [r.line, r.length])).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, 2]));
    expect(invalidBytesMessage(result.ok ? result.invalid! : [])).toBe(
      '16 bytes that are not valid UTF-8 were replaced with “\uFFFD”: lines 1 (offset 21), 2 (offset 59), 3 (offset 97), 4 (offset 135), 5 (offset 173) and 3 more',
    );
  });

  it('finds one U+FFFD per invalid sequence, as TextDecoder does (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const replaced = [...new TextDecoder('utf-8').decode(bytes)].filter((c) => c === '\uFFFD').length;
        expect(scanUtf8(bytes).invalidSequences).toBe(replaced - countLiteralReplacement(bytes));
      }),
    );
  });

  it('names empty, whitespace-only and binary inputs', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeText(utf8(' \n\t \r\n'))).toMatchObject({ ok: false, problem: 'whitespace' });
    expect(decodeText(utf8('%PDF-1.7\n...'))).toMatchObject({ ok: false, problem: 'binary', detail: 'this is a PDF document, not text' });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({ detail: expect.stringContaining('PNG image') });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ detail: expect.stringContaining('ZIP archive') });
    expect(decodeText(new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d]))).toMatchObject({ detail: expect.stringContaining('MP4') });
    expect(decodeText(new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8, 0, 0, 0xff, 3]))).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('reads any UTF-8 text back unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        // oxlint-disable-next-line no-control-regex -- the control characters are what the test strips
        const text = `Report: ${s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\ufeff]/g, '')}`;
        const result = decodeText(utf8(text));
        expect(result).toEqual({ ok: true, text, encoding: 'utf-8' });
      }),
    );
  });
});

/** U+FFFD written in the bytes themselves (EF BF BD) is valid UTF-8, not a replacement. */
function countLiteralReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
