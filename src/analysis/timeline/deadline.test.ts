import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { buildTimeline } from './build-timeline.ts';
import { isDeadline } from './deadline.ts';
import { report } from './testing/fakes.ts';

// Wednesday 24 September 2014.
const DCT = '2014-09-24';

/** Each expression the tagger finds, marked `deadline` or `event`. */
const kinds = (sentence: string) => tagTimexes(sentence, DCT).map((t) => `${t.text}:${isDeadline(sentence, t) ? 'deadline' : 'event'}`);

describe('isDeadline: a date by which something must be done', () => {
  it('reads an obligation bounded by a date', () => {
    expect(kinds('Residents must leave their homes by Friday.')).toEqual(['Friday:deadline']);
    expect(kinds('By Friday, tenants must hand back their keys.')).toEqual(['Friday:deadline']);
    expect(kinds('The firm was ordered to repay the loans no later than March 1.')).toEqual(['March 1:deadline']);
    expect(kinds('The mayor ordered residents of the lower town to leave by Friday.')).toEqual(['Friday:deadline']);
    expect(kinds('Bids are due by Oct. 3, the council said on Monday.')).toEqual(['Oct. 3:deadline', 'Monday:event']);
  });
  it('reads time given until a date', () => {
    expect(kinds('The company has until March 1 to respond.')).toEqual(['March 1:deadline']);
    expect(kinds('Judges gave both sides until Oct. 10 to file their papers.')).toEqual(['Oct. 10:deadline']);
  });
  it('reads a date named as a deadline', () => {
    expect(kinds('Talks continued past the deadline of Jan. 15.')).toEqual(['Jan. 15:deadline']);
    expect(kinds('Negotiators are racing to meet a Nov. 24 deadline.')).toEqual(['Nov. 24:deadline']);
    expect(kinds('The deadline is Friday.')).toEqual(['Friday:deadline']);
  });
  it('keeps what happened or is scheduled by a date an event', () => {
    expect(kinds('By Friday, 20 people had died.')).toEqual(['Friday:event']);
    expect(kinds('The government aims to cut emissions by half by 2020.')).toEqual(['2020:event']);
    expect(kinds('The bridge will reopen by Friday.')).toEqual(['Friday:event']);
    expect(kinds('The road has been closed until Friday.')).toEqual(['Friday:event']);
    expect(kinds('The vote was postponed until March 1 to allow more debate.')).toEqual(['March 1:event']);
    expect(kinds('He must have left on Monday.')).toEqual(['Monday:event']);
  });
});

describe('timeline: deadlines are shown as deadlines', () => {
  const a = report('a', DCT, [
    'Residents must leave their homes by Friday.',
    'The company has until March 1 to respond.',
    'Talks continued past the deadline of Jan. 15.',
    'By Friday, 20 people had died in the floods.',
  ]);
  const events = buildTimeline([a], []);
  const shown = events.map((e) => `${e.date} ${e.label}`);

  it('titles a deadline "Deadline: …", dated forward when the obligation lies ahead', () => {
    expect(shown).toContain('2014-09-26 Deadline: Residents must leave their homes by Friday');
    expect(shown).toContain('2015-03-01 Deadline: The company has until March 1 to respond');
    expect(shown.some((s) => s.startsWith('2014-01-15 Deadline: '))).toBe(true);
    expect(events.flatMap((e) => e.mentions).filter((m) => m.deadline).length).toBe(3);
  });
  it('leaves an event reported as of a date as it was', () => {
    const others = events.filter((e) => !e.label.startsWith('Deadline'));
    expect(others.map((e) => `${e.date} ${e.mentions.map((m) => `${m.text}${m.deadline ? ' (deadline)' : ''}`).join()}`)).toEqual(['2014-09-19 Friday']);
  });
});
