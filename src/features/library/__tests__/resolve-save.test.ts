import { describe, expect, it } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { editBetween, resolveSave, type StoredReport } from '../resolve-save.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const base: Report = { id: 'r', title: 'Title', source: 'Wire', published: '2024-05-01', publishedFrom: 'inferred', paragraphs: ['Body.'], removed: [] };
const stored = (fields: Partial<StoredReport> = {}): StoredReport => ({ ...base, savedAt: '2024-06-01T00:00:00.000Z', ...fields });

describe('editBetween', () => {
  it('lists only the fields that changed', () => {
    expect(editBetween(base, { ...base, source: 'Agency' })).toEqual({ source: 'Agency' });
    expect(editBetween(base, base)).toEqual({});
  });

  it('takes a date with its provenance, and a confirmed date alone', () => {
    expect(editBetween(base, { ...base, published: '2024-05-02', publishedFrom: 'user' })).toEqual({ published: '2024-05-02', publishedFrom: 'user' });
    expect(editBetween(base, { ...base, publishedFrom: 'user' })).toEqual({ published: '2024-05-01', publishedFrom: 'user' });
  });

  it('never carries the text', () => {
    expect(editBetween(base, { ...base, paragraphs: ['Other.'] })).toEqual({});
  });
});

describe('resolveSave', () => {
  it('stores a new report whole, first saved now', () => {
    expect(resolveSave(undefined, base, undefined, NOW)).toEqual({ kind: 'written', record: { ...base, savedAt: NOW }, replaced: [] });
  });

  it('applies only the edited fields over the stored record', () => {
    const newer = stored({ title: 'Changed elsewhere' });
    const outcome = resolveSave(newer, { ...stored(), source: 'Agency' }, stored(), NOW);
    expect(outcome).toEqual({ kind: 'written', record: { ...newer, source: 'Agency' }, replaced: [] });
  });

  it('names a field both edits changed (the later wins)', () => {
    const outcome = resolveSave(stored({ title: 'Changed elsewhere' }), { ...stored(), title: 'Mine' }, stored(), NOW);
    expect(outcome).toMatchObject({ kind: 'written', record: { title: 'Mine' }, replaced: ['title'] });
  });

  it('does not count as replaced a field both set to the same value', () => {
    const outcome = resolveSave(stored({ title: 'Same' }), { ...stored(), title: 'Same' }, stored(), NOW);
    expect(outcome).toMatchObject({ kind: 'written', replaced: [] });
  });

  it('writes nothing for an edit that changes nothing', () => {
    expect(resolveSave(stored(), stored(), stored(), NOW)).toEqual({ kind: 'unchanged', record: stored() });
  });

  it('refuses an edit of a stored copy that is gone (deleted in another tab)', () => {
    expect(resolveSave(undefined, { ...stored(), title: 'Mine' }, stored(), NOW)).toEqual({ kind: 'deleted' });
  });

  it('gives a never-stored report (a bundled one) its first saved copy with the edit', () => {
    const outcome = resolveSave(undefined, { ...base, title: 'Mine' }, base, NOW);
    expect(outcome).toEqual({ kind: 'written', record: { ...base, title: 'Mine', savedAt: NOW }, replaced: [] });
  });

  it('keeps the first save time of a report saved again whole', () => {
    const outcome = resolveSave(stored(), { ...base, title: 'Again' }, undefined, NOW);
    expect(outcome).toMatchObject({ kind: 'written', record: { title: 'Again', savedAt: stored().savedAt } });
  });
});
