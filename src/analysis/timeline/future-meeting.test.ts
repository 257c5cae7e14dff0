import { describe, expect, it } from 'vitest';
import { tellsFutureMeeting } from './future-meeting.ts';

const ahead = (sentence: string, future = true) => tellsFutureMeeting(sentence, [{ start: 0, end: sentence.length }], future);

describe('tellsFutureMeeting', () => {
  it('reads a round of talks still to come in words that say neither "talks" nor "meet"', () => {
    expect(ahead('Both sides will reconvene on Thursday.')).toBe(true);
    expect(ahead('The two sides will sit down together again on Thursday.')).toBe(true);
    expect(ahead('The union said it would return to the table on Thursday.')).toBe(true);
    expect(ahead('Both sides are due back at the negotiating table on Thursday.')).toBe(true);
    expect(ahead('The parties will resume bargaining on Thursday.')).toBe(true);
  });
  it('leaves the past, a literal sitting down and other happenings of a day alone', () => {
    expect(ahead('The two sides sat down together again on Thursday.', false)).toBe(false);
    expect(ahead('The crowd will sit down on Thursday.')).toBe(false);
    expect(ahead('Parliament will hold a session on Thursday.')).toBe(false);
    expect(ahead('The cabinet will discuss the plan on Thursday.')).toBe(false);
  });
});
