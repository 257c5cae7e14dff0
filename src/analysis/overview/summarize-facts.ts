import { factLabels } from '../align/format.ts';
import type { Fact } from '../align/types.ts';
import type { Comparison } from '../compare.ts';
import type { Sentence } from '../text/types.ts';
import { differenceSides, type DifferenceSides } from './difference-sides.ts';

export interface FactItem {
  fact: Fact;
  /**
   * The label the reader shows on the sentence (`factLabels`): "1", "2"… for shared facts, "C1", "C2"…
   * for conflicts.
   */
  label: string;
  wordings: { report: string; sentence: string; text: string; undisputed?: true }[];
  /**
   * For a conflict, per difference (in `fact.differences` order), which wordings state each side, or
   * null when the sides cannot be told apart in the wordings (`differenceSides`).
   */
  sides?: (DifferenceSides | null)[];
}

/** The lists the facts panel shows. */
export interface FactsSummary {
  shared: FactItem[];
  conflicts: FactItem[];
  /** Per report, in report order: its sentences in no fact. */
  unique: { report: string; sentences: Sentence[] }[];
}

/** Splits a comparison into the lists the facts panel shows: shared, conflicts, and unique per report. */
export function summarizeFacts(comparison: Pick<Comparison, 'reports' | 'facts'>): FactsSummary {
  const textOf = new Map<string, string>();
  for (const report of comparison.reports) for (const s of report.sentences) textOf.set(`${report.id}\u0000${s.id}`, s.text);
  const labels = factLabels(comparison.facts);
  const items: FactItem[] = comparison.facts.map((fact) => {
    const wordings = fact.mentions.map((m) => ({ ...m, text: textOf.get(`${m.report}\u0000${m.sentence}`) ?? '' }));
    const sides = fact.kind === 'conflict' ? fact.differences.map((d) => differenceSides(d, wordings) ?? null) : undefined;
    return { fact, label: labels.get(fact.id)!, wordings, ...(sides && { sides }) };
  });
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
