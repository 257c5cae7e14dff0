/**
 * Where j (`step` 1) or k (−1) goes from the active fact among `facts`, round the ends, and what to
 * say when that is nowhere new: with one shared fact or none, a keypress that changed nothing on
 * screen looked broken (user test). Going round an end is said too: from the last fact j went to the
 * first without a word, and a keyboard user could not tell they had gone round (user test Y).
 * `panes`: how many reports are shown, to name them.
 */
export function stepFact(facts: readonly { id: string }[], active: string | null, step: 1 | -1, panes: number): { next?: string; note?: string } {
  const between = panes === 2 ? 'these two reports' : 'the reports shown';
  if (facts.length === 0) return { note: `No shared fact between ${between}` };
  const current = facts.findIndex((f) => f.id === active);
  const to = current === -1 ? (step > 0 ? 0 : facts.length - 1) : current + step;
  const next = facts[(to + facts.length) % facts.length]!.id;
  if (next === active) return { next, note: `No other shared fact between ${between}` };
  return to === facts.length || to < 0 ? { next, note: `Back to the ${step > 0 ? 'first' : 'last'} shared fact` } : { next };
}
