/** A run of adjacent bytes that are not valid UTF-8 (each maximal subpart becomes one U+FFFD). */
export interface InvalidBytes {
  /** Offset of the first bad byte, counted from 0 as hex editors do. */
  offset: number;
  length: number;
  /** 1-based line of the first bad byte (counting LF bytes before it). */
  line: number;
}

export interface Utf8Scan {
  invalid: InvalidBytes[];
  /** Invalid sequences as the WHATWG decoder counts them: one U+FFFD each. */
  invalidSequences: number;
  /** Continuation bytes of the valid multi-byte sequences: the evidence that the file is UTF-8 at all. */
  continuationBytes: number;
}

/**
 * Walks the bytes with the WHATWG UTF-8 decoder's rules (the ranges after a lead byte, overlongs and
 * surrogates refused, a truncated sequence ends at the byte that breaks it), so each invalid
 * sequence found here is exactly one U+FFFD in `new TextDecoder('utf-8')`'s output.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: InvalidBytes[] = [];
  let invalidSequences = 0;
  let continuationBytes = 0;
  let line = 1;
  let i = 0;
  const bad = (start: number, end: number) => {
    invalidSequences++;
    const last = invalid[invalid.length - 1];
    if (last && last.offset + last.length === start) last.length += end - start;
    else invalid.push({ offset: start, length: end - start, line });
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0; // overlong
      if (b === 0xed) upper = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90; // overlong
      if (b === 0xf4) upper = 0x8f; // beyond U+10FFFF
    } else {
      bad(i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    while (seen < needed && j < bytes.length) {
      const c = bytes[j]!;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      seen++;
      j++;
    }
    if (seen === needed) continuationBytes += needed;
    else bad(i, j); // the byte that broke the sequence is read again as the start of the next one
    i = j;
  }
  return { invalid, invalidSequences, continuationBytes };
}
