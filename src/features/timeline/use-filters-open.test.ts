import { describe, expect, it } from 'vitest';
import { filtersTooTall } from './use-filters-open.ts';

describe('filtersTooTall', () => {
  it('closes filters that would take more than a third of the panel', () => {
    expect(filtersTooTall(301, 900)).toBe(true);
    expect(filtersTooTall(300, 900)).toBe(false);
    expect(filtersTooTall(120, 900)).toBe(false);
  });

  it('decides nothing for a panel without height (a hidden tab)', () => {
    expect(filtersTooTall(300, 0)).toBe(false);
  });
});
