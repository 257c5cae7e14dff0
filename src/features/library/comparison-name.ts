import type { SavedComparison } from './storage.ts';

/**
 * What a saved comparison is called: the name the user gave it, else the current name of its first
 * report that is still in the library.
 *
 * Only a typed name is stored. A comparison an import started used to store its first report's name
 * as it was then ("8_4ecb", a file name), which stayed after the report got its headline; derived
 * here as the list is drawn, the name follows every rename. Records saved by older versions carry a
 * `name` whether the user typed it or not, and nothing tells which: each is kept as a given name,
 * since reading a typed one as derived would lose it, while a stale one can be renamed.
 */
export function comparisonName(comparison: Pick<SavedComparison, 'name' | 'reportIds'>, titleOf: (id: string) => string | undefined): string {
  const given = comparison.name?.trim();
  if (given) return given;
  for (const id of comparison.reportIds) {
    const title = titleOf(id);
    if (title) return title;
  }
  return 'Comparison with no reports left';
}

/**
 * The name the reader gave the comparison now on screen, if it is the open saved one (`openId`) with
 * the same reports: exports are called by it. A comparison changed since it was opened (a report
 * added or dropped) is no longer the one that name was given to.
 */
export function givenNameOnScreen(saved: readonly SavedComparison[], openId: string | null, comparedIds: readonly string[]): string | undefined {
  const open = saved.find((c) => c.id === openId);
  if (!open || open.reportIds.length !== comparedIds.length || !comparedIds.every((id) => open.reportIds.includes(id))) return undefined;
  return open.name?.trim() || undefined;
}
