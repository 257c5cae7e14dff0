import type { PairScore } from './types.ts';

/** STUB — replaced by the alignment work. */
export function scorePair(_a: string, _b: string): PairScore {
  return { score: 0, same: false, reasons: [] };
}
