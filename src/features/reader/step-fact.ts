/**
 * Where j (`step` 1) or k (−1) goes from the active fact among `facts`, round the ends, and what to
 * say when that is nowhere new: with one shared fact or none, a keypress that changed nothing on
 * screen looked broken (user test). `panes`: how many reports are shown, to name them.
 */
export function stepFact(facts: readonly { id: string }[], active: string | null, step: 1 | -1, panes: number): { next?: string; note?: string } {
  const between = panes === 2 ? 'these two reports' : 'the reports shown';
  if (facts.length === 0) return { note: `No shared fact between ${between}` };
  const current = facts.findIndex((f) => f.id === active);
  const next = facts[current === -1 ? (step > 0 ? 0 : facts.length - 1) : (current + step + facts.length) % facts.length]!.id;
  return next === active ? { next, note: `No other shared fact between ${between}` } : { next };
}
