import { describe, expect, it } from 'vitest';
import type { Timex } from '../time/types.ts';
import { datedMentions } from './dated-mentions.ts';

/** Timexes for the given phrases of `text`: `[phrase, value]`. */
function timexes(text: string, ...found: [string, string][]): Timex[] {
  return found.map(([phrase, value]) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase, type: 'DATE', value, source: 'test' };
  });
}

const show = (text: string, found: ReturnType<typeof datedMentions>) => found.map((m) => `${text.slice(m.start, m.end)} → ${m.calendar}`);

describe('datedMentions: one mention per date the writer gave', () => {
  it('reads a relative day with the date restated in brackets as one mention, dated by the explicit one', () => {
    const text = 'Divers found the group last Monday (2 July) in a flooded chamber.';
    // The tagger counted "last Monday" a week too far back; the writer's own date wins.
    const found = datedMentions(text, timexes(text, ['last Monday', '2018-06-25'], ['2 July', '2018-07-02']));
    expect(show(text, found)).toEqual(['last Monday (2 July) → 2018-07-02']);
    expect(found[0]!.statesYear).toBe(false);
  });

  it('reads a counted time dated at once as one mention, dated by the stated date', () => {
    const text = 'Nearly five months later, on March 28, 2024, Kaplan sentenced him, and a year later, in April he appealed.';
    const found = datedMentions(
      text,
      timexes(text, ['Nearly five months later', '2024-04'], ['March 28, 2024', '2024-03-28'], ['a year later', '2025'], ['April', '2025-04']),
    );
    expect(show(text, found)).toEqual(['Nearly five months later, on March 28, 2024 → 2024-03-28', 'a year later, in April → 2025-04']);
  });

  it('reads a counted time after the day it restates as one mention, dated by that day', () => {
    const text = 'Inspectors came on March 3 and returned on Tuesday, eight days later, and again two weeks later.';
    const found = datedMentions(
      text,
      timexes(text, ['March 3', '2025-03-03'], ['Tuesday', '2025-03-11'], ['eight days later', '2025-03-19'], ['two weeks later', '2025-03-25']),
    );
    // The last is counted on its own: no comma joins it to a day.
    expect(show(text, found)).toEqual(['March 3 → 2025-03-03', 'Tuesday, eight days later → 2025-03-11', 'two weeks later → 2025-03-25']);
  });

  it('keeps the explicit date when it comes first, and the first date when the brackets only widen it', () => {
    const text = 'The talks on 3 May (Friday) and on Monday (this week) went well.';
    const found = datedMentions(text, timexes(text, ['3 May', '2024-05-03'], ['Friday', '2024-05-10'], ['Monday', '2024-05-06'], ['this week', '2024-W19']));
    expect(show(text, found)).toEqual(['3 May (Friday) → 2024-05-03', 'Monday (this week) → 2024-05-06']);
  });

  it('leaves two dates that are not a restatement apart', () => {
    const text = 'The ferry left on Monday and arrived on 2 July.';
    expect(show(text, datedMentions(text, timexes(text, ['Monday', '2018-06-25'], ['2 July', '2018-07-02'])))).toEqual([
      'Monday → 2018-06-25',
      '2 July → 2018-07-02',
    ]);
  });

  it('keeps calendar dates only, drops overlaps, and notes whether the year was written', () => {
    const text = 'In 1979, and for 35 years since, every June has been tense; on 24 September 2014 they met.';
    const found = datedMentions(text, [
      ...timexes(text, ['1979', '1979'], ['every June', 'XXXX-06'], ['24 September 2014', '2014-09-24'], ['September', '2014-09']),
      { start: text.indexOf('35 years'), end: text.indexOf('35 years') + 8, text: '35 years', type: 'DURATION', value: 'P35Y', source: 'test' },
    ]);
    expect(show(text, found)).toEqual(['1979 → 1979', '24 September 2014 → 2014-09-24']);
    expect(found.every((m) => m.statesYear)).toBe(true);
  });

  it('never throws on odd input', () => {
    expect(datedMentions('x', null)).toEqual([]);
    expect(datedMentions('x', [{ start: 5, end: 2, value: '2014', type: 'DATE' }])).toEqual([]);
  });
});

describe('datedMentions: the part an "early", "mid-" or "late" leaves', () => {
  it('keeps the half of the span the modifier names, and none without one', () => {
    const text = 'The leak was found in early September, the audit ended in late 2031 and the vote came in March.';
    const [early, late, march] = timexes(text, ['early September', '2031-09'], ['late 2031', '2031'], ['March', '2031-03']);
    const found = datedMentions(text, [{ ...early!, mod: 'START' }, { ...late!, mod: 'END' }, march!]);
    expect(found.map((m) => m.part && `${m.part.start}…${m.part.end}`)).toEqual(['2031-09-01…2031-09-15', '2031-07-03…2031-12-31', undefined]);
  });
});
