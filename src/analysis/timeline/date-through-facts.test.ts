import { describe, expect, it } from 'vitest';
import { dateThroughFacts, type PartnerDates } from './date-through-facts.ts';

/** A partner sentence whose dates are the listed expressions with their values. */
function partner(report: string, dates: [string, string][]): PartnerDates {
  const sentence = dates.map(([text]) => text).join(' and ');
  let at = 0;
  const timexes = dates.map(([text, value]) => {
    const start = sentence.indexOf(text, at);
    at = start + text.length;
    return { start, end: at, text, value, type: 'DATE' as const, source: 'test' };
  });
  return { report, sentence, timexes };
}

describe('dateThroughFacts', () => {
  it('gives a weekday the day of the same weekday a partner states, keeping its part of day', () => {
    expect(dateThroughFacts('XXXX-WXX-6', [partner('b', [['March 8, 2025', '2025-03-08']])])).toEqual({
      value: '2025-03-08',
      report: 'b',
      text: 'March 8, 2025',
    });
    expect(dateThroughFacts('XXXX-WXX-6TNI', [partner('b', [['8 March', '2025-03-08']])])?.value).toBe('2025-03-08TNI');
  });

  it('gives a day or a month without its year the year of the partner date that agrees with it', () => {
    expect(dateThroughFacts('XXXX-03-08T18:00', [partner('b', [['Saturday', '2025-03-08']])])?.value).toBe('2025-03-08T18:00');
    expect(dateThroughFacts('XXXX-03', [partner('b', [['March 8', '2025-03-08']])])?.value).toBe('2025-03');
  });

  it('places nothing the partner contradicts, nothing two partner dates would fit, and nothing with no check', () => {
    expect(dateThroughFacts('XXXX-WXX-5', [partner('b', [['March 8', '2025-03-08']])])).toBeUndefined();
    expect(dateThroughFacts('XXXX-03-09', [partner('b', [['March 8', '2025-03-08']])])).toBeUndefined();
    expect(dateThroughFacts('XXXX-WXX-6', [partner('b', [['1 March', '2025-03-01']]), partner('c', [['8 March', '2025-03-08']])])).toBeUndefined();
    expect(
      dateThroughFacts('XXXX-03', [
        partner('b', [
          ['March 2024', '2024-03'],
          ['March 2025', '2025-03'],
        ]),
      ]),
    ).toBeUndefined();
    expect(dateThroughFacts('XXXX-XX-XX', [partner('b', [['March 8', '2025-03-08']])])).toBeUndefined();
  });

  it('agrees with itself when two partners give the same day', () => {
    expect(dateThroughFacts('XXXX-WXX-6', [partner('b', [['8 March', '2025-03-08']]), partner('c', [['Saturday', '2025-03-08']])])?.report).toBe('b');
  });
});
