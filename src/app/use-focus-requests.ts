import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comparison } from '../analysis/compare.ts';
import type { FocusRequest, FocusTarget } from '../features/reader/reader-view.tsx';
import type { TextHighlight } from '../features/reader/report-pane.tsx';
import { setActiveFact } from './active-fact.ts';
import { factIdForLink } from './fact-link.ts';

/**
 * What the reader is asked to bring into view from outside it: a fact or a sentence chosen in the
 * side panel or the timeline, or the fact of a deep link (`?fact=f3`, or its label, `?fact=c1`) once the analysis has arrived.
 * Each request carries a new nonce, so choosing the same target again scrolls to it again.
 * `showReport` puts a report in a pane when the sentence asked for is not on screen.
 */
export function useFocusRequests(analysis: Comparison | undefined, showReport: (report: string) => void) {
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [textHighlight, setTextHighlight] = useState<TextHighlight | null>(null);
  const nonce = useRef(0);
  const request = useCallback((target: FocusTarget) => setFocusRequest({ ...target, nonce: ++nonce.current }), []);

  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !analysis) return;
    restored.current = true;
    const factParam = new URLSearchParams(window.location.search).get('fact');
    // An id or the label the reader shows ("?fact=c1"); the reader then writes the fact's id back.
    const factId = factParam ? factIdForLink(analysis.facts, factParam) : null;
    if (factId) request({ kind: 'fact', factId });
  }, [analysis, request]);

  /** A fact chosen in the facts panel becomes the active fact (`?fact=`), and the reader goes to it. */
  const showFact = useCallback(
    (factId: string) => {
      setActiveFact(factId);
      setTextHighlight(null);
      request({ kind: 'fact', factId });
    },
    [request],
  );
  const showSentence = useCallback(
    (report: string, sentence: string) => {
      showReport(report);
      request({ kind: 'sentence', report, sentence });
    },
    [request, showReport],
  );
  /** Marks a time expression and brings its sentence into view. */
  const showMention = useCallback(
    ({ report, sentence, start, end }: TextHighlight) => {
      showReport(report);
      setTextHighlight({ report, sentence, start, end });
      request({ kind: 'sentence', report, sentence });
    },
    [request, showReport],
  );

  return { focusRequest, textHighlight, showFact, showSentence, showMention, markMention: setTextHighlight };
}
