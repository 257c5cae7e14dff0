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
  it('ignores company names like "Tuesday Morning Corp."', () => {
    tags('Tuesday Morning Corp. reported', { source: 'parser/part-of-day' }).are([]);
  });
});
