import { describe, expect, it } from 'vitest';
import { clauseOfSubject } from './subject-relative.ts';

const at = (s: string, w: string) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length });
const clause = (s: string, date: string, other: string) => {
  const d = at(s, date);
  return clauseOfSubject(s, d.start, d.end, [at(s, other)])?.text ?? null;
};

describe('clauseOfSubject', () => {
  it('tells each dated clause of a subject with a relative clause with the subject’s head', () => {
    const s = 'A man who was arrested on Friday and charged on Saturday appeared in court on Monday.';
    expect(clause(s, 'Friday', 'Monday')).toBe('A man was arrested on Friday and charged on Saturday.');
    expect(clause(s, 'Monday', 'Friday')).toBe('A man appeared in court on Monday.');
  });
  it('is null when the other date is in the same clause, or the relative clause is set off by commas', () => {
    expect(clause('A man who was arrested on Friday and charged on Saturday appeared in court.', 'Friday', 'Saturday')).toBeNull();
    expect(clause('The fire, which started on Saturday, jumped the highway on Sunday.', 'Saturday', 'Sunday')).toBeNull();
    expect(clause('Officials said on Monday that the fire started on Saturday.', 'Monday', 'Saturday')).toBeNull();
  });
});
