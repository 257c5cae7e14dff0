import { describe, expect, it } from 'vitest';
import { factIdForLink } from '../fact-link.ts';

const facts = [
  { id: 'f1', kind: 'shared' as const },
  { id: 'f2', kind: 'conflict' as const },
  { id: 'f3', kind: 'shared' as const },
  { id: 'f4', kind: 'conflict' as const },
];

describe('factIdForLink', () => {
  it('takes a fact id, as links have always written it', () => {
    expect(factIdForLink(facts, 'f3')).toBe('f3');
    expect(factIdForLink(facts, 'f9')).toBeNull();
  });

  // User test W: `?fact=c1`, the label the reader shows on a conflict, was ignored; the URL needed `f3`.
  it('takes the label the reader shows on a fact, in any case and with or without the ≠', () => {
    expect(['C1', 'c1', '≠C1', ' c1 '].map((label) => factIdForLink(facts, label))).toEqual(['f2', 'f2', 'f2', 'f2']);
    expect(factIdForLink(facts, 'C2')).toBe('f4');
    expect(factIdForLink(facts, '2')).toBe('f3');
    expect(factIdForLink(facts, 'C3')).toBeNull();
    expect(factIdForLink(facts, '')).toBeNull();
  });
});
