import { useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../analysis/compare.ts';
import { afterNextPaint } from '../../shared/after-next-paint.ts';
import { MARK_KEY_SEPARATOR, markKey } from './sentence-marks.ts';
import type { WordDifference } from './word-differences.ts';

/** No fact active: no word differences anywhere (one stable map, so the panes' memo holds). */
const NO_DIFFERENCES: ReadonlyMap<string, WordDifference[]> = new Map();

/**
 * The word differences of the active fact's sentences. The diff code (jsdiff and the tokenizer) is a
 * lazy chunk, loaded when a fact first becomes active, so it stays off the first paint; until it
 * answers, and whenever no fact is active, there are none. A change of fact changes them only after
 * the frame that lights the new fact is painted, the old fact's boxes going then too: working out the
 * diffs took about 10 ms of `j`'s time to next paint with 8 long reports, and clearing the old boxes
 * at once re-rendered whole panes in it.
 * `shown`: the reports in panes, when some compared report is not. A wording is compared only with
 * the wordings on screen: boxed against a report no pane shows, nearly every word was boxed and
 * nothing on screen said why.
 */
export function useWordDifferences(
  comparison: Comparison | undefined,
  activeFactId: string | null,
  shown?: ReadonlySet<string>,
): ReadonlyMap<string, WordDifference[]> {
  const [result, setResult] = useState<{ comparison: Comparison; differences: ReadonlyMap<string, WordDifference[]> } | null>(null);
  const fact = useMemo(() => {
    const active = activeFactId ? comparison?.facts.find((f) => f.id === activeFactId) : undefined;
    if (!active || !shown) return active;
    const mentions = active.mentions.filter((m) => shown.has(m.report));
    return new Set(mentions.map((m) => m.report)).size > 1 ? { ...active, mentions } : undefined;
  }, [comparison, activeFactId, shown]);
  useEffect(() => {
    if (!comparison) return;
    let current = true;
    const compute = () => {
      if (!fact) return setResult(null);
      import('./word-differences.ts')
        .then(({ factDifferences }) => {
          if (!current) return;
          const texts = new Map<string, string>();
          for (const report of comparison.reports) for (const s of report.sentences) texts.set(markKey(report.id, s.id), s.text);
          setResult({ comparison, differences: factDifferences(fact, (report, sentence) => texts.get(markKey(report, sentence))) });
        })
        // Without the chunk (an old cached page after a deploy) the reader still works, only unmarked.
        .catch(() => {});
    };
    const cancel = afterNextPaint(compute);
    return () => {
      current = false;
      cancel();
    };
  }, [comparison, fact]);
  // A new comparison's sentences are new elements: the last one's differences never carry over.
  return result && result.comparison === comparison ? result.differences : NO_DIFFERENCES;
}

/**
 * The differences split by report, so that a new active fact re-renders only the panes whose
 * sentences gain or lose boxes; the rest keep their props (the same map) and their memo holds.
 */
export function useDifferencesByReport(differences: ReadonlyMap<string, WordDifference[]>): ReadonlyMap<string, ReadonlyMap<string, WordDifference[]>> {
  return useMemo(() => {
    const byReport = new Map<string, Map<string, WordDifference[]>>();
    for (const [key, words] of differences) {
      const report = key.slice(0, key.indexOf(MARK_KEY_SEPARATOR));
      let map = byReport.get(report);
      if (!map) byReport.set(report, (map = new Map()));
      map.set(key, words);
    }
    return byReport;
  }, [differences]);
}
