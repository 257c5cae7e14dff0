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

  it('shows a conflict’s two sides first, whichever reports state them', () => {
    const t = (report: string, sentence: string, text: string) => ({ report, sentence, text });
    const wordings = [
      t('a', 's1', 'A climber died after falling about 150 metres.'),
      t('b', 's4', 'Yesterday a climber died after falling about 150 metres.'),
      t('c', 's2', 'He died after falling about 200ft from a ridge.'),
    ];
    expect(wordingsAtRest(wordings, 2, ['number: 150 metres vs 200 ft']).shown.map((w) => w.report)).toEqual(['a', 'c']);
    expect(wordingsAtRest(wordings, 2, ['number: 200 ft vs 150 metres']).shown.map((w) => w.report)).toEqual(['a', 'c']);
    // A side by its words, and not inside another word.
    const days = [t('a', 's1', 'They met on Tuesday.'), t('b', 's1', 'They met on Tuesday.'), t('c', 's1', 'They met on Wednesday, not Tues.')];
    expect(wordingsAtRest(days, 2, ['date: Tuesday vs Wednesday']).shown.map((w) => w.report)).toEqual(['a', 'c']);
    // No side found: the usual order.
    expect(wordingsAtRest(wordings, 2, ['number: 7 vs 9']).shown.map((w) => w.report)).toEqual(['a', 'b']);
  });

  it('never takes a wording that holds none of the differences for a side, whatever its words', () => {
    const t = (report: string, text: string, undisputed?: true) => ({ report, text, ...(undisputed ? { undisputed } : {}) });
    const wordings = [
      t('a', 'Rail workers voted to strike, threatening the worst disruption in four years.', true),
      t('b', 'Passengers face three days of severe disruption.'),
      t('c', 'Commuters face FOUR days of misery.'),
    ];
    expect(wordingsAtRest(wordings, 2, ['number: three vs FOUR']).shown.map((w) => w.report)).toEqual(['b', 'c']);
  });
});
