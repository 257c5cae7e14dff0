import type { SegmentedReport } from '../text/types.ts';
import type { Fact } from './types.ts';
import { reportLetter } from '../report/letter.ts';

/**
 * An alignment as short text, one fact a line: `A3 ≈ B1 0.82` (shared) or
 * `A2 ≠ B4 0.71 number: 12 vs 15` (conflict). Reports are lettered in the order given and
 * sentences numbered from their `s1…` ids, so tests compare strings, not nested objects.
 */
export function formatFacts(facts: Fact[], reports: Pick<SegmentedReport, 'id'>[]): string {
  const letter = new Map(reports.map((r, i) => [r.id, reportLetter(i)]));
  return facts
    .map((f) => {
      const mentions = f.mentions.map((m) => `${letter.get(m.report) ?? '?'}${m.sentence.replace(/^s/, '')}`).join(f.kind === 'conflict' ? ' ≠ ' : ' ≈ ');
      const diff = f.differences.length ? ` ${f.differences.join('; ')}` : '';
      return `${mentions} ${f.score.toFixed(2)}${diff}`;
    })
    .join('\n');
}

/**
 * Labels by fact id as the reader, the facts panel and the overview show them: shared facts count
 * "1", "2"…, conflicts count apart as "C1", "C2"…, each in the comparison's fact order.
 */
export function factLabels(facts: Pick<Fact, 'id' | 'kind'>[]): Map<string, string> {
  let shared = 0;
  let conflicts = 0;
  return new Map(facts.map((f) => [f.id, f.kind === 'conflict' ? `C${++conflicts}` : String(++shared)]));
}
