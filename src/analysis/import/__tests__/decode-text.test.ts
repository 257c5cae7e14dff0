import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode-text.ts';

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
        const text = `Report: ${s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\ufeff]/g, '')}`;
        const result = decodeText(utf8(text));
        expect(result).toEqual({ ok: true, text, encoding: 'utf-8' });
      }),
    );
  });
});
