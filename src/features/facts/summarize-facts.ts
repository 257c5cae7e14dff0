import { factLabels } from '../../analysis/align/format.ts';
import type { Fact } from '../../analysis/align/types.ts';
import type { Comparison } from '../../analysis/compare.ts';
import type { Sentence } from '../../analysis/text/types.ts';

export interface FactItem {
  fact: Fact;
  /**
   * The label the reader shows on the sentence (`factLabels`): "1", "2"… for shared facts, "C1", "C2"…
   * for conflicts.
   */
  label: string;
  wordings: { report: string; sentence: string; text: string }[];
}

/** Splits a comparison into the lists the facts panel shows: shared, conflicts, and unique per report. */
export function summarizeFacts(comparison: Comparison) {
  const textOf = new Map<string, string>();
  for (const report of comparison.reports) for (const s of report.sentences) textOf.set(`${report.id}\u0000${s.id}`, s.text);
  const labels = factLabels(comparison.facts);
  const items: FactItem[] = comparison.facts.map((fact) => ({
    fact,
    label: labels.get(fact.id)!,
    wordings: fact.mentions.map((m) => ({ ...m, text: textOf.get(`${m.report}\u0000${m.sentence}`) ?? '' })),
  }));
  const linked = new Set(comparison.facts.flatMap((f) => f.mentions.map((m) => `${m.report}\u0000${m.sentence}`)));
  const unique = comparison.reports.map((report) => ({
    report: report.id,
    sentences: report.sentences.filter((s: Sentence) => !linked.has(`${report.id}\u0000${s.id}`)),
  }));
  return {
    shared: items.filter((i) => i.fact.kind === 'shared'),
    conflicts: items.filter((i) => i.fact.kind === 'conflict'),
    unique,
  };
}
