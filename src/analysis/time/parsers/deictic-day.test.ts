import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/deictic-day', () => {
  it('resolves today, yesterday, tomorrow, tonight', () => {
    tags("Yesterday's vote, today's talks, tomorrow and tonight.").are([
      'Yesterday=DATE:2014-09-23',
      'today=DATE:2014-09-24',
      'tomorrow=DATE:2014-09-25',
      'tonight=TIME:2014-09-24TNI',
    ]);
  });
  it('skips USA Today', () => {
    tags('USA Today reported it.').are([]);
  });
  it('skips a programme named "… Tonight", and keeps "Tonight" opening a sentence', () => {
    tags('He was interviewed on ABC World News Tonight.').are([]);
    tags('The talks ended. Tonight, he flies home.').are(['Tonight=TIME:2014-09-24TNI']);
  });
});
