import { describe, expect, it } from 'vitest';
import { differenceSides } from './difference-sides.ts';

const t = (text: string, undisputed?: true) => ({ text, ...(undisputed ? { undisputed } : {}) });

describe('differenceSides', () => {
  it('finds each side by its figure, whichever way round the difference names them', () => {
    const wordings = [t('A climber died after falling about 150 metres.'), t('He fell about 200ft from a ridge.'), t('The fall was some 150 metres.')];
    expect(differenceSides('number: 150 metres vs 200 ft', wordings)).toEqual({
      what: 'number',
      sides: [
        { value: '150 metres', wordings: [0, 2] },
        { value: '200 ft', wordings: [1] },
      ],
      byReport: {},
    });
    expect(differenceSides('number: 200 ft vs 150 metres', wordings)?.sides.map((s) => s.wordings)).toEqual([[1], [0, 2]]);
  });

  it('says which value each report holds, by the wordings of each report', () => {
    const wordings = [
      { report: 'a', text: 'A climber died after falling about 150 metres.' },
      { report: 'b', text: 'He fell about 200ft from a ridge.' },
      { report: 'c', text: 'The fall was some 150 metres.' },
      { report: 'd', text: 'The climber fell from the ridge.', undisputed: true as const },
    ];
    expect(differenceSides('number: 150 metres vs 200 ft', wordings)?.byReport).toEqual({ a: '150 metres', b: '200 ft', c: '150 metres' });
  });

  it('finds a side by its words, not inside another word', () => {
    const days = [t('They met on Tuesday.'), t('They met on Wednesday, not Tues.')];
    expect(differenceSides('date: Tuesday vs Wednesday', days)?.sides.map((s) => s.wordings)).toEqual([[0], [1]]);
  });

  it('gives a wording that holds both sides to the one it states: "not guilty" holds "guilty"', () => {
    const verdicts = [t('The jury found Ashby not guilty of fraud.'), t('Ashby was found guilty of fraud on Monday.')];
    expect(differenceSides('negation: not guilty vs guilty', verdicts)?.sides.map((s) => s.wordings)).toEqual([[0], [1]]);
  });

  it('says nothing when a side is stated by no wording, or the difference has no two sides', () => {
    expect(differenceSides('number: 7 vs 9', [t('Seven died.'), t('9 died.')])).toBeUndefined();
    expect(differenceSides('the reports disagree', [t('Seven died.'), t('9 died.')])).toBeUndefined();
  });

  it('never takes a wording that holds none of the differences for a side, whatever its words', () => {
    const wordings = [t('The worst disruption in four years.', true), t('Passengers face three days of disruption.'), t('Commuters face FOUR days of misery.')];
    expect(differenceSides('number: three vs FOUR', wordings)?.sides.map((s) => s.wordings)).toEqual([[1], [2]]);
  });
});
