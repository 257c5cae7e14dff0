import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT Wednesday 24 September 2014; a DCT before September shows the old failure best.
describe('parser/named-event: a day that names a famous past event', () => {
  it('dates the September 11 attacks in 2001, whatever the report’s year', () => {
    tags('The September 11 attacks changed the city.', { dct: '2014-03-02' }).are(['September 11=DATE:2001-09-11']);
    tags('Security has been tight since the Sept. 11 terrorist attacks.').are(['Sept. 11=DATE:2001-09-11']);
    tags('Relatives of those killed in the 9/11 attacks gathered on Thursday.').are(['9/11=DATE:2001-09-11', 'Thursday=DATE:2014-09-18']);
  });
  it('leaves a stated year to the month-day parser', () => {
    tags('The Sept. 11, 2001 attacks killed nearly 3,000 people.').are(['Sept. 11, 2001=DATE:2001-09-11']);
  });
  it('keeps "9/11" alone untagged, and the day itself a date when no event noun follows', () => {
    tags('Relatives of 9/11 victims gathered at the memorial.').are([]);
    tags('The memorial service was held on September 11.').are(['September 11=DATE:2014-09-11']);
  });
});

describe('parser/month-day: a day used as the name of an event is no date of the story', () => {
  it('does not tag a month-day that names an attack, a bombing or a massacre', () => {
    tags('Survivors of the July 7 bombings met the minister on Monday.', { dct: '2014-03-02' }).are(['Monday=DATE:2014-02-24']);
    tags('The film is about the November 13 attacks in Paris.').are([]);
    tags('It was the deadliest day since the March 11 train bombings.').are([]);
  });
  it('keeps the anniversary, which falls in the report’s year', () => {
    tags('The mayor spoke at the September 11 anniversary ceremony.').are(['September 11=DATE:2014-09-11']);
  });
});
