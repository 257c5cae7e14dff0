import { describe, expect, it } from 'vitest';
import { reportLetter } from './letter.ts';

describe('reportLetter', () => {
  it('letters reports A… Z, then A2…, and marks a missing report', () => {
    expect([0, 1, 25, 26, 27].map(reportLetter)).toEqual(['A', 'B', 'Z', 'A2', 'B2']);
    expect(reportLetter(-1)).toBe('?');
  });
});
