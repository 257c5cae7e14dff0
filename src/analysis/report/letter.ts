/**
 * The short name of the report at `index` in a comparison: "A", "B", … "Z", then "A2", "B2", ….
 * One function so the reader, the facts panel, the timeline and the exports always agree.
 */
export function reportLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) return '?';
  return String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26) + 1) : '');
}
