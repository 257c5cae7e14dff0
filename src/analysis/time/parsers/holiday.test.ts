import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/holiday', () => {
  it('picks the nearest occurrence', () => {
    tags('Shops close on Christmas Day and reopen after New Year\'s Day.').are([
      'Christmas Day=DATE:2014-12-25',
      "New Year's Day=DATE:2015-01-01",
    ]);
  });
  it('skips Christmas trees and cards', () => {
    tags('A Christmas tree.').are([]);
  });
});
