import type { Fact } from '../../analysis/align/types.ts';

/**
 * With more reports compared than panes shown, a fact's other mentions may all be in reports no pane
 * shows: then its sentence has nothing to pair with on screen. Returns those reports (once each, in
 * mention order), or undefined when a partner is on screen, there is none, or every report is shown
 * (`shown` undefined).
 */
export function hiddenPartners(partners: readonly { report: string }[], shown: ReadonlySet<string> | undefined): string[] | undefined {
  if (!shown || partners.length === 0 || partners.some((p) => shown.has(p.report))) return undefined;
  return [...new Set(partners.map((p) => p.report))];
}

/**
 * The facts j/k step through. With every report shown (`shown` undefined), all of them. Otherwise
 * only those with mentions in two panes or more: the panes are a pair the reader chose to compare,
 * and a step onto a fact whose other side is in a hidden report showed one highlight and nothing to
 * compare it with (user test, three reports). Stepping through all and switching a pane to the
 * partner's report was the alternative: it changed the reader's chosen pair on every other keypress.
 * When the shown reports share nothing, every fact with a mention on screen is stepped through, so
 * j still goes somewhere; each of those sentences says where its partner is ("1·B").
 */
export function factsToStep(facts: readonly Fact[], shown: ReadonlySet<string> | undefined): readonly Fact[] {
  if (!shown) return facts;
  const panes = (f: Fact) => new Set(f.mentions.flatMap((m) => (shown.has(m.report) ? [m.report] : []))).size;
  const paired = facts.filter((f) => panes(f) > 1);
  return paired.length > 0 ? paired : facts.filter((f) => panes(f) > 0);
}
