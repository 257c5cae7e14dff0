import { describe, expect, it } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { LibraryStorage, isSavedReport, memoryBackend, openIdbBackend, type StorageBackend } from '../storage.ts';

const report = (id: string, title = `Report ${id}`): Report => ({ id, title, source: null, published: '2014-09-24', publishedFrom: 'stated', paragraphs: ['Body.'], removed: [] });

/** A persistent backend that starts failing writes on demand, as a full disk or private mode does. */
function flakyBackend(): StorageBackend & { failWrites: string | null; puts: number } {
  const inner = memoryBackend();
  const backend = {
    failWrites: null as string | null,
    puts: 0,
    getAll: inner.getAll,
    async put(store: never, value: never) {
      if (backend.failWrites) throw new DOMException('write refused', backend.failWrites);
      backend.puts++;
      await inner.put(store, value);
    },
    async delete(store: 'reports' | 'comparisons', id: string) {
      if (backend.failWrites) throw new DOMException('write refused', backend.failWrites);
      await inner.delete(store, id);
    },
  };
  return backend;
}

describe('LibraryStorage', () => {
  it('saves, lists in save order, updates and deletes reports', async () => {
    const storage = new LibraryStorage(async () => memoryBackend());
    await storage.saveReport(report('a'));
    await new Promise((r) => setTimeout(r, 2));
    await storage.saveReport(report('b'));
    const first = (await storage.listReports())[0]!.savedAt;
    await storage.saveReport(report('a', 'Renamed'));
    const list = await storage.listReports();
    expect(list.map((r) => [r.id, r.title])).toEqual([['a', 'Renamed'], ['b', 'Report b']]);
    expect(list[0]!.savedAt).toBe(first);
    await storage.deleteReport('a');
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['b']);
    expect(storage.storageStatus()).toBe('persistent');
    expect(storage.storageReason()).toBeNull();
  });

  it('saves comparisons and keeps only shown ids that are in the comparison', async () => {
    const storage = new LibraryStorage(async () => memoryBackend());
    const saved = await storage.saveComparison({ id: 'c1', name: 'Cameron and Rouhani', reportIds: ['a', 'b', 'c'], shownIds: ['a', 'c', 'zzz'] });
    expect(saved.shownIds).toEqual(['a', 'c']);
    expect(await storage.listComparisons()).toEqual([saved]);
    await storage.deleteComparison('c1');
    expect(await storage.listComparisons()).toEqual([]);
  });

  it('runs session-only, with a reason, when IndexedDB cannot be opened', async () => {
    const storage = new LibraryStorage(() => openIdbBackend(undefined));
    expect(await storage.ready()).toBe('session-only');
    expect(storage.storageReason()).toBe('storage is unavailable (this browser offers no IndexedDB)');
    await storage.saveReport(report('a'));
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['a']);
  });

  it('keeps everything saved so far when a write fails, and continues in memory', async () => {
    const backend = flakyBackend();
    const storage = new LibraryStorage(async () => backend);
    let notified = 0;
    storage.subscribe(() => notified++);
    await storage.saveReport(report('a'));
    await storage.saveComparison({ id: 'c1', name: 'x', reportIds: ['a'], shownIds: ['a'] });
    backend.failWrites = 'QuotaExceededError';
    await storage.saveReport(report('b'));
    expect(storage.storageStatus()).toBe('session-only');
    expect(storage.storageReason()).toBe('the browser’s storage is full');
    expect(notified).toBe(1);
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await storage.listComparisons()).map((c) => c.id)).toEqual(['c1']);
    // What was on disk before the failure is still there, untouched.
    expect((await backend.getAll('reports')).map((r) => r.id)).toEqual(['a']);
    // Later writes go to memory only.
    await storage.deleteReport('a');
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['b']);
    expect(backend.puts).toBe(2);
  });

  it('explains a private-mode refusal', async () => {
    const backend = flakyBackend();
    backend.failWrites = 'InvalidStateError';
    const storage = new LibraryStorage(async () => backend);
    await storage.deleteReport('x');
    expect(storage.storageReason()).toMatch(/private window/);
  });

  it('skips malformed records instead of failing', async () => {
    const backend = memoryBackend({ reports: [{ id: 'bad' } as never, { ...report('ok'), savedAt: '2020-01-01T00:00:00Z' }] });
    const storage = new LibraryStorage(async () => backend);
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['ok']);
    expect(isSavedReport(null)).toBe(false);
  });

  it('loads reports saved before publication dates had a provenance', async () => {
    const { publishedFrom: _dropped, ...old } = { ...report('old'), savedAt: '2020-01-01T00:00:00Z' };
    const undated = { ...old, id: 'undated', published: null, savedAt: '2020-01-02T00:00:00Z' };
    const storage = new LibraryStorage(async () => memoryBackend({ reports: [old as never, undated as never] }));
    expect((await storage.listReports()).map((r) => [r.id, r.published, r.publishedFrom])).toEqual([
      ['old', '2014-09-24', 'stated'],
      ['undated', null, null],
    ]);
  });

  it('serialises concurrent saves', async () => {
    const storage = new LibraryStorage(async () => memoryBackend());
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => storage.saveReport(report(id))));
    expect((await storage.listReports()).map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
