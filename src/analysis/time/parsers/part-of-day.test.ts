import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/part-of-day', () => {
  it('attaches a part of day to a date', () => {
    tags('Fighting resumed Tuesday morning and last night.').are(['Tuesday morning=TIME:2014-09-23TMO', 'last night=TIME:2014-09-23TNI']);
    tags('He spoke this afternoon and leaves tomorrow evening.').are(['this afternoon=TIME:2014-09-24TAF', 'tomorrow evening=TIME:2014-09-25TEV']);
  });
  it('keeps the weekday when there is no publication date to resolve it against', () => {
    tags('She died Thursday evening; the vigil is tomorrow night.', { dct: null }).are([
      'Thursday evening=TIME:XXXX-WXX-4TEV',
      'tomorrow night=TIME:XXXX-XX-XXTNI',
    ]);
  });
  it('reads "the following morning" as the day after the date told before it, as TimeBank writes it', () => {
    tags('He was stabbed on 14 August 2022 and died the following morning.').are(['14 August 2022=DATE:2022-08-14', 'the following morning=DATE:2022-08-15']);
    // After a clock time it only says which day the time is on.
    tags('The talks resumed at 9 a.m. the next morning.').are(['9 a.m.=TIME:2014-09-24T09:00']);
  });
  it('ignores company names like "Tuesday Morning Corp."', () => {
    tags('Tuesday Morning Corp. reported', { source: 'parser/part-of-day' }).are([]);
  });
});
