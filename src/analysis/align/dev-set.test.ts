import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainPair } from './pair.ts';

const rows = readFileSync(join(import.meta.dirname, '__fixtures__/pairs.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; a: string; b: string; label: string });

describe('dev set', () => {
  it('has at least 150 labelled pairs with unique ids and known labels', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(['same', 'different', 'conflict']).toContain(r.label);
  });
  // Regression floors, a few points under the measured values (see `npm run -s bench:facts`).
  it('keeps F1 of the same decision at 0.80 or better', () => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const r of rows) {
      const gold = r.label !== 'different';
      const pred = explainPair(r.a, r.b).same;
      if (gold && pred) tp++;
      if (!gold && pred) fp++;
      if (gold && !pred) fn++;
    }
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.8);
  });
  it('tells conflicts from agreement on 90% of linked positives or better', () => {
    const linked = rows
      .filter((r) => r.label !== 'different')
      .map((r) => ({ r, x: explainPair(r.a, r.b) }))
      .filter(({ x }) => x.same);
    const right = linked.filter(({ r, x }) => (r.label === 'conflict') === x.differences.length > 0).length;
    expect(right / linked.length).toBeGreaterThanOrEqual(0.9);
  });
});
