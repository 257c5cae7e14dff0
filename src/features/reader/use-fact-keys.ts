import { useEffect } from 'react';
import type { Fact } from '../../analysis/align/types.ts';
import { isTyping } from '../../shared/is-typing.ts';

/** j/k (or n/p) step through `facts` (factsToStep, pane-partners.ts) in order from anywhere except text fields. */
export function useFactKeys(facts: readonly Fact[], activeFactId: string | null, showFact: (factId: string) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // A modal dialog (library, keys) is open: the reader behind it is inert.
      if (document.querySelector('dialog[open]')) return;
      const step = event.key === 'j' || event.key === 'n' ? 1 : event.key === 'k' || event.key === 'p' ? -1 : 0;
      if (!step || facts.length === 0) return;
      event.preventDefault();
      const current = facts.findIndex((f) => f.id === activeFactId);
      const next = current === -1 ? (step > 0 ? 0 : facts.length - 1) : (current + step + facts.length) % facts.length;
      showFact(facts[next]!.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [facts, activeFactId, showFact]);
}
