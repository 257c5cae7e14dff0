import { describe, expect, it } from 'vitest';
import { mapRuns, readBlockRuns } from './change-map-runs.ts';

describe('mapRuns', () => {
  it('merges neighbouring sentences of one kind and keeps kinds apart', () => {
    const runs = mapRuns(
      [
        { start: 0, end: 0.1, kind: 'unique' },
        { start: 0.1, end: 0.2, kind: 'unique' },
        { start: 0.2, end: 0.3, kind: 'shared' },
        { start: 0.3, end: 0.4, kind: 'unique' },
      ],
      0.01,
    );
    expect(runs.map((r) => [r.kind, r.start, r.end, r.sentences])).toEqual([
      ['unique', 0, 0.2, 2],
      ['unique', 0.3, 0.4, 1],
      ['shared', 0.2, 0.3, 1],
    ]);
  });
  it('draws conflicts last, so they are never hidden under other marks', () => {
    const runs = mapRuns(
      [
        { start: 0.5, end: 0.6, kind: 'conflict' },
        { start: 0.5, end: 0.6, kind: 'shared' },
        { start: 0.55, end: 0.6, kind: 'unique' },
        { start: 0.5, end: 0.55, kind: 'elsewhere' },
      ],
      0,
    );
    expect(runs.map((r) => r.kind)).toEqual(['unique', 'elsewhere', 'shared', 'conflict']);
  });
  it('counts the sentences a tick stands for', () => {
    const runs = mapRuns(
      [
        { start: 0, end: 0.1, kind: 'unique', sentences: 3 },
        { start: 0.1, end: 0.2, kind: 'unique' },
      ],
      0.01,
    );
    expect(runs.map((r) => r.sentences)).toEqual([4]);
  });
  it('reads a plain block’s runs, one sentence when the count is left out', () => {
    expect(readBlockRuns('shared:7 unique:16:3 conflict:9 elsewhere:5:2')).toEqual([
      { kind: 'shared', chars: 7, sentences: 1 },
      { kind: 'unique', chars: 16, sentences: 3 },
      { kind: 'conflict', chars: 9, sentences: 1 },
      { kind: 'elsewhere', chars: 5, sentences: 2 },
    ]);
    expect(readBlockRuns('')).toEqual([]);
  });
  it('clamps to the report and tolerates no sentences', () => {
    expect(mapRuns([], 0.01)).toEqual([]);
    expect(mapRuns([{ start: -0.01, end: 1.02, kind: 'shared' }], 0)[0]).toMatchObject({ start: 0, end: 1 });
  });
});
