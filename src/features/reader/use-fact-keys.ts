import { useEffect } from 'react';
import type { Fact } from '../../analysis/align/types.ts';
import { isTyping } from '../../shared/is-typing.ts';
import { stepFact } from './step-fact.ts';

/**
 * j/k (or n/p) step through `facts` (factsToStep, pane-partners.ts) in order from anywhere except
 * text fields; `onNote` hears why a step went nowhere new, or that it went round an end. `facts` is null while the analysis runs:
 * then a key does nothing, as "no shared fact" would not be true yet. Escape lets go of what the
 * reader chose (`clearFact`: the active fact, a closest wording shown), so its sentences stop being
 * lit without reaching for the mouse.
 */
export function useFactKeys(
  facts: readonly Fact[] | null,
  panes: number,
  activeFactId: string | null,
  showFact: (factId: string) => void,
  onNote: (note: string) => void,
  clearFact: () => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // A modal dialog (library, keys) is open: the reader behind it is inert.
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'Escape') {
        clearFact();
        return;
      }
      const step = event.key === 'j' || event.key === 'n' ? 1 : event.key === 'k' || event.key === 'p' ? -1 : 0;
      if (!step || !facts) return;
      event.preventDefault();
      const { next, note } = stepFact(facts, activeFactId, step, panes);
      if (next) showFact(next);
      if (note) onNote(note);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [facts, panes, activeFactId, showFact, onNote, clearFact]);
}
