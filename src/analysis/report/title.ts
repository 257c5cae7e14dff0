/**
 * Choosing the headline among the lines above the body, and cleaning it.
 */
import { ABBREVIATED_HEADLINE_WORDS, ABBREVIATION_END, isTitleCase, wordCount } from './line-shape.ts';

/**
 * Could this line be a headline? Headlines are one line of 2–30 words, at most ~200 characters, do
 * not end with a full stop (sentences do; "?" and "!" are fine, and so is an abbreviation's, see
 * `ABBREVIATION_END`, and a Title Case line's), and contain lowercase letters or
 * several words (an ALL-CAPS single token is a menu item or a logo).
 */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > 30 || line.length > 200 || line.length < 8) return false;
  if (
    /[.,;:]$/.test(line) &&
    !/\.\.\.$|…$/.test(line) &&
    !(ABBREVIATION_END.test(line) && words <= ABBREVIATED_HEADLINE_WORDS) &&
    !(line.endsWith('.') && isTitleCase(line))
  )
    return false;
  if (/^[-–—•*·]\s/.test(line) && /\s[-–—]$/.test(line) === false) return false; // a bullet item
  return /\p{Ll}/u.test(line) || words >= 3;
}

/**
 * A headline "substantial" enough to win over earlier candidates: four words or more. Shorter ones
 * before it are usually section labels or kickers ("China", "World news", "Middle East").
 */
export function isSubstantialHeadline(line: string): boolean {
  return isHeadlineLike(line) && wordCount(line) >= 4;
}

/**
 * Picks the title among the lines above the first body paragraph (furniture already removed):
 * the first substantial headline-like line, else the last headline-like one (closest to the body).
 * Returns its index in `lines`, or -1 when none qualifies (the report then has no title).
 */
export function pickTitle(lines: string[]): number {
  const first = lines.findIndex(isSubstantialHeadline);
  if (first >= 0) return first;
  for (let i = lines.length - 1; i >= 0; i--) if (isHeadlineLike(lines[i]!)) return i;
  return -1;
}

/**
 * Splits a site name off a headline: "Cameron meets Rouhani | World news | The Guardian" →
 * { title: "Cameron meets Rouhani", site: "The Guardian" }. Only " | " counts as a separator: dashes
 * and colons are common inside real headlines ("Iran talks – live", "Cameron: we need Iran").
 */
export function splitSiteName(title: string): { title: string; site: string | null } {
  const parts = title.split(/\s+\|\s+/);
  if (parts.length < 2) return { title, site: null };
  const head = parts[0]!;
  const site = parts[parts.length - 1]!;
  if (wordCount(head) < 3 || wordCount(site) > 5 || !/^\p{Lu}/u.test(site)) return { title, site: null };
  return { title: head, site };
}
