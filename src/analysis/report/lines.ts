/**
 * Raw pasted text → cleaned lines. Whitespace is normalised here once so that every rule after
 * this sees single spaces, no invisible characters and no non-breaking spaces.
 */

export interface Line {
  /** Cleaned text: invisible characters removed, whitespace collapsed, trimmed. Never empty. */
  text: string;
  /** Whether a blank line (or the start of the text) precedes this line: a paragraph break. */
  breakBefore: boolean;
}

/**
 * Zero-width and formatting characters that web pages scatter through text (soft hyphens,
 * zero-width joiners and spaces, BOMs, bidi marks) and C0 controls other than tab/newline.
 */
// Control characters are the point: they are stripped as invisible.
// oxlint-disable-next-line no-control-regex
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Splits text into cleaned lines; blank and nbsp-only lines become paragraph breaks, not lines. */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let breakBefore = true;
  // \u2028/\u2029 are line/paragraph separators some editors insert when copying from a page.
  for (const raw of text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n').split('\n')) {
    const clean = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    if (!clean) {
      breakBefore = true;
      continue;
    }
    lines.push({ text: clean, breakBefore });
    breakBefore = false;
  }
  return lines;
}
