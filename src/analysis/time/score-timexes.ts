import type { Timex } from './types.ts';

/** A hand-labelled text of the dev sets (`__fixtures__/dev*.jsonl`). */
export interface TimexCase {
  id: string;
  dct: string | null;
  text: string;
  timexes: { start: number; end: number; type: string; value: string }[];
}

/** Counts behind TempEval-3's figures, summed over texts. */
export interface TimexScore {
  gold: number;
  sys: number;
  /** Same start and end. */
  strict: number;
  /** Any overlap, one-to-one, greedy in text order. */
  relaxed: number;
  /** Relaxed matches with the right type, and with the right value. */
  typeOk: number;
  valueOk: number;
}

/**
 * Scores a tagger's output against the gold of each case, TempEval-3 style, and lists each error
 * as a line (MISS, SPAN, TYPE, VALUE, EXTRA). Shared by `bench:timex` and the dev-set floors test,
 * so the figures the bench prints are the ones the test holds.
 */
export function scoreTimexes(cases: TimexCase[], tag: (text: string, dct: string | null) => Timex[]): { score: TimexScore; errors: string[] } {
  const s: TimexScore = { gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 };
  const errors: string[] = [];
  for (const c of cases) {
    const sys = tag(c.text, c.dct);
    s.gold += c.timexes.length;
    s.sys += sys.length;
    const used = new Set<number>();
    for (const g of c.timexes) {
      const i = sys.findIndex((t, k) => !used.has(k) && t.start < g.end && g.start < t.end);
      const gText = c.text.slice(g.start, g.end);
      if (i < 0) {
        errors.push(`MISS  ${c.id}  "${gText}" ${g.type} ${g.value}`);
        continue;
      }
      used.add(i);
      const t = sys[i]!;
      s.relaxed++;
      if (t.start === g.start && t.end === g.end) s.strict++;
      else errors.push(`SPAN  ${c.id}  gold "${gText}"  sys "${t.text}"`);
      if (t.type === g.type) s.typeOk++;
      else errors.push(`TYPE  ${c.id}  "${gText}" gold ${g.type} sys ${t.type}`);
      if (t.value === g.value) s.valueOk++;
      else errors.push(`VALUE ${c.id}  "${gText}" gold ${g.value} sys ${t.value} (${t.source})`);
    }
    sys.forEach((t, k) => {
      if (!used.has(k)) errors.push(`EXTRA ${c.id}  "${t.text}" ${t.type} ${t.value} (${t.source})`);
    });
  }
  return { score: s, errors };
}

/** F1 of `hit` matches among `sys` answers and `gold` labels (0 when either is empty). */
export function f1(hit: number, sys: number, gold: number): number {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
