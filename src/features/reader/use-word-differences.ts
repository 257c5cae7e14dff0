import { useEffect, useState } from 'react';
import type { Comparison } from '../../analysis/compare.ts';
import { markKey } from './sentence-marks.ts';
import type { WordDifference } from './word-differences.ts';

/** No fact active: no word differences anywhere (one stable map, so the panes' memo holds). */
const NO_DIFFERENCES: ReadonlyMap<string, WordDifference[]> = new Map();

/**
 * The word differences of the active fact's sentences. The diff code (jsdiff and the tokenizer) is a
 * lazy chunk, loaded when a fact first becomes active, so it stays off the first paint; until it
 * answers, and whenever no fact is active, there are none.
 */
export function useWordDifferences(comparison: Comparison | undefined, activeFactId: string | null): ReadonlyMap<string, WordDifference[]> {
  const [result, setResult] = useState<{ comparison: Comparison; factId: string; differences: ReadonlyMap<string, WordDifference[]> } | null>(null);
  const fact = activeFactId ? comparison?.facts.find((f) => f.id === activeFactId) : undefined;
  useEffect(() => {
    if (!comparison || !fact) return;
    let current = true;
    import('./word-differences.ts')
      .then(({ factDifferences }) => {
        if (!current) return;
        const texts = new Map<string, string>();
        for (const report of comparison.reports) for (const s of report.sentences) texts.set(markKey(report.id, s.id), s.text);
        setResult({ comparison, factId: fact.id, differences: factDifferences(fact, (report, sentence) => texts.get(markKey(report, sentence))) });
      })
      // Without the chunk (an old cached page after a deploy) the reader still works, only unmarked.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [comparison, fact]);
  return result && fact && result.comparison === comparison && result.factId === fact.id ? result.differences : NO_DIFFERENCES;
}
