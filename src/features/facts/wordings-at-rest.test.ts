import { describe, expect, it } from 'vitest';
import { wordingsAtRest } from './wordings-at-rest.ts';

const w = (report: string, sentence: string) => ({ report, sentence });

describe('wordingsAtRest', () => {
  it('shows each report once before a report twice', () => {
    const { shown, rest } = wordingsAtRest([w('a', 's1'), w('a', 's2'), w('b', 's7'), w('b', 's9')], 2);
    expect(shown).toEqual([w('a', 's1'), w('b', 's7')]);
    expect(rest).toEqual([w('a', 's2'), w('b', 's9')]);
  });

  it('fills with a report’s second wording when fewer reports than places', () => {
    const { shown, rest } = wordingsAtRest([w('a', 's1'), w('a', 's2'), w('b', 's7')], 3);
    expect(shown).toEqual([w('a', 's1'), w('a', 's2'), w('b', 's7')]);
    expect(rest).toEqual([]);
  });

  it('keeps the first reports when more reports than places', () => {
    const { shown, rest } = wordingsAtRest([w('a', 's1'), w('b', 's2'), w('c', 's3')], 2);
    expect(shown).toEqual([w('a', 's1'), w('b', 's2')]);
    expect(rest).toEqual([w('c', 's3')]);
  });

  it('shows the wordings it is told to lead with first, in the entry’s order', () => {
    const wordings = [w('a', 's1'), w('b', 's4'), w('c', 's2')];
    expect(wordingsAtRest(wordings, 2, [wordings[2]!, wordings[0]!]).shown).toEqual([w('a', 's1'), w('c', 's2')]);
    expect(wordingsAtRest(wordings, 2, [wordings[2]!]).shown).toEqual([w('a', 's1'), w('c', 's2')]);
  });
});
