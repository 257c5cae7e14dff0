import { describe, expect, it } from 'vitest';
import type { Report } from './types.ts';
import { withPublished } from './with-published.ts';

const inferred: Report = { id: 'a', title: 'T', source: null, published: '2019-03-05', publishedFrom: 'inferred', paragraphs: ['Body.'], removed: [] };

describe('withPublished', () => {
  it('records a changed date as entered by the user', () => {
    expect(withPublished(inferred, '2019-03-06')).toMatchObject({ published: '2019-03-06', publishedFrom: 'user' });
  });

  it('keeps the provenance of a date left as it was', () => {
    expect(withPublished(inferred, '2019-03-05')).toBe(inferred);
  });

  it('clears the provenance with the date', () => {
    expect(withPublished(inferred, null)).toMatchObject({ published: null, publishedFrom: null });
  });
});
