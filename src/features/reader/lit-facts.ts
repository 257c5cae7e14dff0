/**
 * Marks the sentences and claims of the lit facts (hovered, focused or active) with `data-lit`, which
 * index.css styles. Set on the elements rather than rendered as props: hovering a sentence or pressing
 * `j` then re-renders no sentence, and only the elements whose state changes are touched, so the
 * browser restyles a handful of spans instead of every pane.
 */
export function lightFacts(root: ParentNode, factIds: Iterable<string | null | undefined>): void {
  const next = new Set<Element>();
  for (const id of new Set(factIds)) {
    if (!id) continue;
    const value = id.replace(/["\\]/g, '\\$&');
    root.querySelectorAll(`[data-facts~="${value}"], [data-claim~="${value}"]`).forEach((element) => next.add(element));
  }
  root.querySelectorAll('[data-lit]').forEach((element) => {
    if (!next.has(element)) element.removeAttribute('data-lit');
  });
  next.forEach((element) => {
    if (!element.hasAttribute('data-lit')) element.setAttribute('data-lit', 'true');
  });
}
