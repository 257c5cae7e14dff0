import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/clock-time', () => {
  it('reads clock times on the DCT', () => {
    tags('At 7:11, then 3 p.m. and 1400 GMT, then noon.').are([
      '7:11=TIME:2014-09-24T07:11',
      '3 p.m.=TIME:2014-09-24T15:00',
      '1400 GMT=TIME:2014-09-24T14:00',
      'noon=TIME:2014-09-24T12:00',
    ]);
  });
  it('reads a 24-hour time in "local time", but not a count of local things', () => {
    tags('The first explosion was heard at 0930 local time.').are(['0930 local time=TIME:2014-09-24T09:30']);
    tags('The company employs 1200 local workers.').are([]);
  });
  it('reads no time in "a contaminated midday meal"', () => {
    tags('Children fell ill after a contaminated midday meal at the school.').are([]);
  });
  it('reads a police log\'s "0730hrs" and "at 2100 hours", but no count of hours', () => {
    tags('The call came in at about 0730hrs and officers arrived at 0815 hours.').are(['0730hrs=TIME:2014-09-24T07:30', '0815 hours=TIME:2014-09-24T08:15']);
    tags('He was ordered to do 1500 hours of community service.').are(['1500 hours=DURATION:PT1500H']);
  });
  it('reads no race time as a time of day: "won in 2:00:19", "a record of 2:00:35", "clocked 2:05"', () => {
    tags('She crossed the line in 2:00:19, inside the record of 2:00:35.').are([]);
    tags('He clocked 2:05 on a windy course.').are([]);
    tags('The race started at 7:30 and the gates shut at 10:15:30 a.m.').are(['7:30=TIME:2014-09-24T07:30', '10:15:30 a.m.=TIME:2014-09-24T10:15:30']);
  });
  it('reads no race time after an adjective or a split as a time of day', () => {
    // "in an astonishing 2:00:12" had become a card at 02:00:12; "ran the last 10 km in 29:48" and "reached halfway in 14:05" at 14:05.
    tags('She won the race in a remarkable 2:18:40 on a hot morning.').are([]);
    tags('He ran the last 5 km in 14:51 and reached halfway in 1:01:30.').are([]);
    tags('She went through 25 km in a quick 1:22:10, a split of 14:48 for the stretch.').are([]);
    // A time of day keeps its "at", "by" or a.m./p.m.: "in the 14:05 from Leeds" is a train's time.
    tags('She arrived in Paris at 14:05 and left by 18:30.').are(['14:05=TIME:2014-09-24T14:05', '18:30=TIME:2014-09-24T18:30']);
  });
  it('reads a time said in words, in the afternoon when a later word says so', () => {
    tags('The fire broke out at around twenty to three, and the alarm rang at a quarter past eleven.').are([
      'around twenty to three=TIME:2014-09-24T02:40',
      'a quarter past eleven=TIME:2014-09-24T11:15',
    ]);
    tags('They met at half past six in the evening.').are(['half past six=TIME:2014-09-24T18:30']);
    tags('The last guests left at ten to nine that night.').are(['ten to nine=TIME:2014-09-24T20:50']);
    tags("The bell rang at seven o'clock.").are(["seven o'clock=TIME:2014-09-24T07:00"]);
  });
  it('reads a bare hour before the part of the day, as a radio bulletin says it', () => {
    tags('It happened just after two this afternoon.').are(['two this afternoon=TIME:2014-09-24T14:00']);
    tags('The roof gave way at about 4 in the morning.').are(['4=TIME:2014-09-24T04:00']);
    // Not a count: no word of time before it.
    tags('The team won two this afternoon.').are(['this afternoon=TIME:2014-09-24TAF']);
  });
  it('reads a time in figures before or after the part of the day in the afternoon or evening', () => {
    tags('The blast happened at 3:45 this afternoon near the port.').are(['3:45 this afternoon=TIME:2014-09-24T15:45']);
    tags('The bus left at 4.10 this afternoon.').are(['4.10 this afternoon=TIME:2014-09-24T16:10']);
    tags('The bus left at 3:45 in the afternoon.').are(['3:45=TIME:2014-09-24T15:45']);
    tags('The ferry sank at 9.20 on Tuesday evening.').are(['9.20 on Tuesday evening=TIME:2014-09-23T21:20']);
    tags('It left just after four yesterday afternoon.').are(['four yesterday afternoon=TIME:2014-09-23T16:00']);
    tags('Another high tide is due tomorrow evening at a quarter to seven.').are(['tomorrow evening at a quarter to seven=TIME:2014-09-25T18:45']);
    // A later word may be another time's: only the part of the day right beside it counts.
    tags('At 10:30, and again in the afternoon, crowds gathered.').are(['10:30=TIME:2014-09-24T10:30']);
    tags('The fire began at 4.30 in the morning.').are(['4.30=TIME:2014-09-24T04:30']);
  });
  it('reads no vote, odds or range as a time said in words', () => {
    tags('The committee voted five to four in favour, and bookmakers offered ten to one.').are([]);
    tags('The bench split twenty to three on the motion.').are([]);
    tags('The sentence was cut from 10 to 8 years.').are(['8 years=DURATION:P8Y']);
  });
  it('reads British "10.30am" but not a decimal', () => {
    tags('Polls opened at 10.30am; turnout was 10.30 percent.').are(['10.30am=TIME:2014-09-24T10:30']);
  });
  it('keeps the time zone in the span', () => {
    tags('It began at 9:30 a.m. EDT.').are(['9:30 a.m. EDT=TIME:2014-09-24T09:30']);
  });
  it('keeps a zone named by a place in the span, so the day after it still dates the time', () => {
    tags('The capsule splashed down at 6.05am Beijing time.').are(['6.05am Beijing time=TIME:2014-09-24T06:05']);
    tags('Polls closed at 8pm New Zealand time on 14 October.').are(['8pm New Zealand time on 14 October=TIME:2014-10-14T20:00']);
    // Lower case is no zone: "at 5pm time was up".
    tags('At 5pm time ran out for the talks.').are(['5pm=TIME:2014-09-24T17:00']);
  });
  it('reads "PM" and "A.M." in capitals as datelines set them, glued or not', () => {
    tags('Posted 11:34PM ET; the vote closed at 1:30 PM EDT and polls had opened at 7 A.M.').are([
      '11:34PM ET=TIME:2014-09-24T23:34',
      '1:30 PM EDT=TIME:2014-09-24T13:30',
      '7 A.M.=TIME:2014-09-24T07:00',
    ]);
  });
  it('rejects impossible times and bible verses', () => {
    tags('At 25:61 he read John 3:16.', { source: 'parser/clock-time' }).are([]);
  });
});
