/**
 * The wordings a fact's entry shows until it is chosen: `lead` first, then each report's first before
 * any report's second, so the entry shows the match across reports it stands for. A report often
 * words a fact twice (its headline and its lead); the first two in reading order were then one
 * report's pair, and the other report's wording hid behind "and 2 more". A conflict's entry leads with
 * a wording of each side of its first difference (`FactItem.sides`): two reports saying "150 metres"
 * had been shown, and the one saying "200ft" hid behind "and 1 more wording".
 */
export function wordingsAtRest<T extends { report: string }>(wordings: readonly T[], count: number, lead: readonly T[] = []): { shown: T[]; rest: T[] } {
  const seen = new Set<string>();
  const firsts = wordings.filter((w) => !seen.has(w.report) && seen.add(w.report));
  const picked = new Set(lead.slice(0, count));
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
