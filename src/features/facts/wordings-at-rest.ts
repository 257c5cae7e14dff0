import { escapeRegExp } from '../../analysis/text/escape-reg-exp.ts';

/**
 * The wordings a fact's entry shows until it is chosen: each report's first before any report's
 * second, so the entry shows the match across reports it stands for. A report often words a fact
 * twice (its headline and its lead); the first two in reading order were then one report's pair, and
 * the other report's wording hid behind "and 2 more". A conflict's entry shows first the two that
 * disagree (`differences`, as `Fact.differences` words them).
 */
export function wordingsAtRest<T extends { report: string; text?: string; undisputed?: true }>(
  wordings: readonly T[],
  count: number,
  differences: readonly string[] = [],
): { shown: T[]; rest: T[] } {
  const seen = new Set<string>();
  const firsts = wordings.filter((w) => !seen.has(w.report) && seen.add(w.report));
  const picked = new Set(sidesOf(wordings, differences));
  for (const w of firsts) {
    if (picked.size >= count) break;
    picked.add(w);
  }
  for (const w of wordings) {
    if (picked.size >= count) break;
    picked.add(w);
  }
  // Shown in their own order (by report, then reading order), as the chosen entry lists them all.
  return { shown: wordings.filter((w) => picked.has(w)), rest: wordings.filter((w) => !picked.has(w)) };
}

/**
 * For a conflict, a wording that states each side of its first difference ("number: 150 metres vs
 * 200 ft"): the entry's two wordings at rest should be the two that disagree. Two reports saying
 * "150 metres" had been shown, and the one saying "200ft" hid behind "and 1 more wording".
 */
function sidesOf<T extends { text?: string; undisputed?: true }>(wordings: readonly T[], differences: readonly string[]): T[] {
  const sides = /^[^:]+:\s*(.+?)\s+vs\s+(.+)$/.exec(differences[0] ?? '');
  if (!sides) return [];
  // By its figure when it has one ("200 ft" is in "about 200ft"), else by its words ("Tuesday").
  const holding = (side: string) => {
    const figure = /\d[\d,.]*/.exec(side)?.[0].replace(/[.,]$/, '');
    const pattern = figure ? new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?!\\d)`) : new RegExp(`(?<![\\p{L}])${escapeRegExp(side)}(?![\\p{L}])`, 'iu');
    // A wording the analysis found agreeing with the others holds no side, whatever its words: "four years" is not "FOUR days".
    return wordings.find((w) => !w.undisputed && pattern.test(w.text ?? ''));
  };
  const [a, b] = [holding(sides[1]!), holding(sides[2]!)];
  return a && b && a !== b ? [a, b] : [];
}
