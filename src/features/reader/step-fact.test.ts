import { describe, expect, it } from 'vitest';
import { stepFact } from './step-fact.ts';

const facts = [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }];

describe('stepFact: j and k', () => {
  it('starts at the first (j) or the last (k) fact, and goes round the ends', () => {
    expect(stepFact(facts, null, 1, 2)).toEqual({ next: 'f1' });
    expect(stepFact(facts, null, -1, 2)).toEqual({ next: 'f3' });
    expect(stepFact(facts, 'f1', 1, 2)).toEqual({ next: 'f2' });
    expect(stepFact(facts, 'f2', -1, 2)).toEqual({ next: 'f1' });
  });

  it('says so when a step goes round an end', () => {
    expect(stepFact(facts, 'f3', 1, 2)).toEqual({ next: 'f1', note: 'Back to the first shared fact' });
    expect(stepFact(facts, 'f1', -1, 3)).toEqual({ next: 'f3', note: 'Back to the last shared fact' });
    expect(stepFact(facts.slice(0, 2), 'f2', 1, 2)).toEqual({ next: 'f1', note: 'Back to the first shared fact' });
  });

  it('says so when the one shared fact is already active', () => {
    expect(stepFact([{ id: 'f1' }], null, 1, 2)).toEqual({ next: 'f1' });
    expect(stepFact([{ id: 'f1' }], 'f1', 1, 2)).toEqual({ next: 'f1', note: 'No other shared fact between these two reports' });
    expect(stepFact([{ id: 'f1' }], 'f1', -1, 3)).toEqual({ next: 'f1', note: 'No other shared fact between the reports shown' });
  });

  it('says so when there is no shared fact to step to', () => {
    expect(stepFact([], null, 1, 2)).toEqual({ note: 'No shared fact between these two reports' });
    expect(stepFact([], 'f9', -1, 2)).toEqual({ note: 'No shared fact between these two reports' });
  });
});
