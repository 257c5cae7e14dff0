import { factLabels } from '../align/format.ts';
import { reportLetter } from '../report/letter.ts';
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
  /**
   * For a conflict whose sides are all told apart, per difference, the value every report it joins
   * holds, in report order ("number: 212 in report A, 214 in report B, 212 in report C"): the reader
   * says it on each of the conflict's sentences, a report no pane shows included.
   */
  said?: string[];
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
    const said = sides?.every(Boolean) && sides.map((d) => describeValues(d!, fact, comparison.reports));
    return { fact, label: labels.get(fact.id)!, wordings, ...(sides && { sides }), ...(said && { said }) };
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

/**
 * "number: 212 in report A, 214 in report B, neither side in report C": each report of the fact, in
 * report order, with the value its wordings hold (a wording that agrees with both, `undisputed`, holds
 * neither). Written here, in the worker, so the reader's first-paint code only shows it.
 */
function describeValues(sides: DifferenceSides, fact: Fact, reports: Comparison['reports']): string {
  const values = reports.flatMap((report, index) =>
    fact.mentions.some((m) => m.report === report.id) ? [`${sides.byReport[report.id] ?? 'neither side'} in report ${reportLetter(index)}`] : [],
  );
  return `${sides.what}: ${values.join(', ')}`;
}
