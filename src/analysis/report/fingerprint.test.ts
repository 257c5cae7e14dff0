import { describe, expect, it } from 'vitest';
import { fingerprintReport } from './fingerprint.ts';
import type { Report } from './types.ts';

const base: Report = { id: 'a', title: 'T', source: null, published: null, publishedFrom: null, paragraphs: ['One two.'], removed: [] };

describe('fingerprintReport', () => {
  it('is stable for equal reports', () => {
    expect(fingerprintReport({ ...base })).toBe(fingerprintReport(base));
  });
  it('changes when the body, title or date changes, even at equal length', () => {
    const key = fingerprintReport(base);
    expect(fingerprintReport({ ...base, paragraphs: ['One twx.'] })).not.toBe(key);
    expect(fingerprintReport({ ...base, title: 'U' })).not.toBe(key);
    expect(fingerprintReport({ ...base, published: '2014-09-24' })).not.toBe(key);
  });
  it('does not depend on removed lines, which analysis never reads', () => {
    expect(fingerprintReport({ ...base, removed: ['Menu'] })).toBe(fingerprintReport(base));
  });
});
