import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { datedMentions } from './dated-mentions.ts';
import { withoutSayingDays } from './saying-day.ts';

// Wednesday 12 March 2025.
const DCT = '2025-03-12';
const kept = (text: string) => withoutSayingDays(text, datedMentions(text, tagTimexes(text, DCT))).map((m) => `${text.slice(m.start, m.end)}=${m.calendar}`);

describe('withoutSayingDays', () => {
  it('drops the day of a saying when the claim it reports has an earlier day or the same', () => {
    expect(kept('Officials said Tuesday the freight train derailed late Monday near Millbrook.')).toEqual(['late Monday=2025-03-10']);
    expect(kept('The derailment happened late on Monday, officials said on Tuesday, when 11 wagons left the tracks.')).toEqual(['Monday=2025-03-10']);
    expect(kept('The company said on Tuesday it had dismissed its chief executive on Tuesday.')).toEqual(['Tuesday=2025-03-11']);
  });
  it('keeps the day of a saying whose claim is undated or lies after it, and a day that dates no saying', () => {
    expect(kept('Officials said on Tuesday that the line would reopen within a week.')).toEqual(['Tuesday=2025-03-11']);
    expect(kept('The firm announced on Monday that the plant will close in June.')).toEqual(['Monday=2025-03-10', 'June=2025-06']);
    expect(kept('Britain said in February that it would reopen its embassy after last year’s election.')).toEqual(['February=2025-02', 'last year=2024']);
    expect(kept('The club said on Monday it had signed the striker after Saturday’s final.')).toEqual(['Monday=2025-03-10', 'Saturday=2025-03-08']);
    expect(kept('Checks have been tightened since March 3, the agency said on Tuesday.')).toEqual(['March 3=2025-03-03', 'Tuesday=2025-03-11']);
    expect(kept('The train left on Monday and derailed on Tuesday.')).toEqual(['Monday=2025-03-10', 'Tuesday=2025-03-11']);
  });
});
