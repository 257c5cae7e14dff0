/**
 * Marks the sentences and claims of the lit facts (hovered, focused or active) with `data-lit`, which
 * index.css styles. Set on the elements rather than rendered as props: hovering a sentence or pressing
 * `j` then re-renders no sentence, and only the elements whose state changes are touched, so the
 * browser restyles a handful of spans instead of every pane.
 *
 * While a fact is active (`active`), the others lit by hover or focus are marked `preview`, which is
 * drawn lighter: lit alike, the chosen fact and three hovered ones could not be told apart.
 */
export function lightFacts(root: ParentNode, factIds: Iterable<string | null | undefined>, active?: string | null): void {
  const next = new Map<Element, 'true' | 'preview'>();
  const mark = (id: string, value: 'true' | 'preview') => {
    const quoted = id.replace(/["\\]/g, '\\$&');
    root.querySelectorAll(`[data-facts~="${quoted}"], [data-claim~="${quoted}"]`).forEach((element) => {
      if (next.get(element) !== 'true') next.set(element, value);
    });
  };
  if (active) mark(active, 'true');
  for (const id of new Set(factIds)) if (id && id !== active) mark(id, active ? 'preview' : 'true');
  root.querySelectorAll('[data-lit]').forEach((element) => {
    if (!next.has(element)) element.removeAttribute('data-lit');
  });
  next.forEach((value, element) => {
    if (element.getAttribute('data-lit') !== value) element.setAttribute('data-lit', value);
  });
}

/**
 * Marks a sentence and the closest wording of it that the reader asked to see (`≈B`) with
 * `data-related`, and unmarks any other; index.css draws it apart from a shared fact's light.
 */
export function markRelated(root: ParentNode, sentences: readonly { report: string; sentence: string }[]): void {
  const next = new Set<Element>();
  for (const { report, sentence } of sentences) {
    const element = root.querySelector(`[data-pane="${CSS.escape(report)}"] [data-sentence="${CSS.escape(sentence)}"]`);
    if (element) next.add(element);
  }
  root.querySelectorAll('[data-related]').forEach((element) => {
    if (!next.has(element)) element.removeAttribute('data-related');
  });
  next.forEach((element) => element.setAttribute('data-related', ''));
}
