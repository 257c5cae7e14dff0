/**
 * A decimal point with a space after it, as text rebuilt from tokens writes it ("a magnitude-5. 9
 * quake", "measuring 6. 4"): a figure of one or two digits that is not the end of a score or a range
 * ("won 5-4. 12 senators…"), ". ", then one or two digits. The sentence splitter, the tense lookup
 * and the number reader all read it as one figure.
 */
export const SPACED_DECIMAL = /(?<!\d|\d-)\d{1,2}\. \d{1,2}(?![\d,.])/;

const AT = new RegExp(SPACED_DECIMAL.source, 'y');

/** Whether the full stop at offset `at` of `text` is such a decimal point. */
export function isSpacedDecimalPoint(text: string, at: number): boolean {
  for (const digits of [1, 2]) {
    AT.lastIndex = at - digits;
    const m = AT.exec(text);
    if (m && m.index + digits === at) return true;
  }
  return false;
}
