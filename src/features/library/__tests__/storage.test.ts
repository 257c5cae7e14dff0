import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { memoryTabs } from '../../../shared/__tests__/memory-tabs.ts';
import { openIdbBackend } from '../idb-backend.ts';
import { LibraryStorage, isSavedReport, memoryBackend, type LibraryChange, type StorageBackend, type StorageEvent } from '../storage.ts';

const report = (id: string, title = `Report ${id}`): Report => ({
  id,
  title,
  source: null,
  published: '2014-09-24',
  publishedFrom: 'stated',
  paragraphs: ['Body.'],
  removed: [],
});

/** A persistent backend that starts failing writes on demand, as a full disk or private mode does. */
function flakyBackend(inner = memoryBackend()): StorageBackend & { failWrites: string | null; writes: number } {
  const backend = {
    failWrites: null as string | null,
    writes: 0,
    getAll: inner.getAll,
    async update(store: never, id: string, change: never) {
      if (backend.failWrites) throw new DOMException('write refused', backend.failWrites);
      backend.writes++;
      await inner.update(store, id, change);
    },
    async delete(store: 'reports' | 'comparisons', id: string) {
      if (backend.failWrites) throw new DOMException('write refused', backend.failWrites);
      await inner.delete(store, id);
    },
  };
  return backend;
}

/** Two tabs' storages over one database. */
function twoTabs(shared: StorageBackend = memoryBackend()) {
  const channel = memoryTabs<LibraryChange>();
  return [new LibraryStorage(async () => shared, { channel: channel() }), new LibraryStorage(async () => shared, { channel: channel() })] as const;
}

const quiet = () => memoryTabs<LibraryChange>()();

describe('LibraryStorage', () => {
  it('saves, lists in save order, updates and deletes reports', async () => {
    const storage = new LibraryStorage(async () => memoryBackend(), { channel: quiet() });
    await storage.saveReport(report('a'));
    await new Promise((r) => setTimeout(r, 2));
    await storage.saveReport(report('b'));
    const [a] = await storage.listReports();
    await storage.saveReport({ ...a!, title: 'Renamed' }, a);
    const list = await storage.listReports();
    expect(list.map((r) => [r.id, r.title])).toEqual([
      ['a', 'Renamed'],
      ['b', 'Report b'],
    ]);
    expect(list[0]!.savedAt).toBe(a!.savedAt);
    await storage.deleteReport('a');
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['b']);
    expect(storage.storageStatus()).toBe('persistent');
    expect(storage.storageReason()).toBeNull();
  });

  it('lists reports saved in one millisecond in the order they were saved', async () => {
    // "Add all" saves several reports at once, and IndexedDB lists records by key.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T10:00:00Z') });
    try {
      const inner = memoryBackend();
      const byKey: StorageBackend = { ...inner, getAll: async (store) => (await inner.getAll(store)).sort((x, y) => x.id.localeCompare(y.id)) as never };
      const storage = new LibraryStorage(async () => byKey, { channel: quiet() });
      for (const id of ['zulu', 'mike', 'alpha']) await storage.saveReport(report(id));
      expect((await storage.listReports()).map((r) => r.id)).toEqual(['zulu', 'mike', 'alpha']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves comparisons and keeps only shown ids that are in the comparison', async () => {
    const storage = new LibraryStorage(async () => memoryBackend(), { channel: quiet() });
    const saved = await storage.saveComparison({ id: 'c1', name: 'Cameron and Rouhani', reportIds: ['a', 'b', 'c'], shownIds: ['a', 'c', 'zzz'] });
    expect(saved.shownIds).toEqual(['a', 'c']);
    expect(await storage.listComparisons()).toEqual([saved]);
    await storage.deleteComparison('c1');
    expect(await storage.listComparisons()).toEqual([]);
  });

  it('loads comparisons saved by older versions with the name they stored, and new ones saved without a name', async () => {
    // Older versions stored a name for every comparison, typed or taken from its first report.
    const older = { id: 'old', name: '8_4ecb', reportIds: ['a', 'b'], shownIds: ['a', 'b'], savedAt: '2025-01-01T00:00:00.000Z' };
    const storage = new LibraryStorage(async () => memoryBackend({ comparisons: [older] }), { channel: quiet() });
    const unnamed = await storage.saveComparison({ id: 'new', reportIds: ['c'], shownIds: ['c'] });
    expect(await storage.listComparisons()).toEqual([older, unnamed]);
    expect(unnamed).not.toHaveProperty('name');
  });

  it('takes a deleted report out of the comparisons that list it, which stay, even with one report left', async () => {
    const storage = new LibraryStorage(async () => memoryBackend(), { channel: quiet() });
    await storage.saveReport(report('a'));
    await storage.saveComparison({ id: 'c1', name: 'Three', reportIds: ['a', 'b', 'c'], shownIds: ['a', 'b'] });
    await storage.saveComparison({ id: 'c2', name: 'Pair', reportIds: ['a', 'c'], shownIds: ['a', 'c'] });
    await storage.saveComparison({ id: 'c3', name: 'Other', reportIds: ['b', 'c'], shownIds: ['b', 'c'] });
    await storage.deleteReport('a');
    expect((await storage.listComparisons()).map((c) => [c.id, c.name, c.reportIds, c.shownIds])).toEqual([
      ['c1', 'Three', ['b', 'c'], ['b']],
      ['c2', 'Pair', ['c'], ['c']],
      ['c3', 'Other', ['b', 'c'], ['b', 'c']],
    ]);
  });

  it('runs session-only, with a reason, when IndexedDB cannot be opened', async () => {
    const storage = new LibraryStorage(() => openIdbBackend(undefined), { channel: quiet() });
    expect(await storage.ready()).toBe('session-only');
    expect(storage.storageReason()).toBe('storage is unavailable (this browser offers no IndexedDB)');
    await storage.saveReport(report('a'));
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['a']);
  });

  it('keeps everything saved so far when a write fails, and continues in memory', async () => {
    const backend = flakyBackend();
    const storage = new LibraryStorage(async () => backend, { channel: quiet() });
    const events: StorageEvent[] = [];
    storage.subscribe((event) => events.push(event));
    await storage.saveReport(report('a'));
    await storage.saveComparison({ id: 'c1', name: 'x', reportIds: ['a'], shownIds: ['a'] });
    backend.failWrites = 'QuotaExceededError';
    await storage.saveReport(report('b'));
    expect(storage.storageStatus()).toBe('session-only');
    expect(storage.storageReason()).toBe('the browser’s storage is full');
    expect(events.filter((e) => e === 'status')).toHaveLength(1);
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await storage.listComparisons()).map((c) => c.id)).toEqual(['c1']);
    // What was on disk before the failure is still there, untouched.
    expect((await backend.getAll('reports')).map((r) => r.id)).toEqual(['a']);
    // Later writes go to memory only.
    await storage.deleteReport('a');
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['b']);
    expect(backend.writes).toBe(2);
  });

  it('explains a private-mode refusal', async () => {
    const backend = flakyBackend();
    backend.failWrites = 'SecurityError';
    const storage = new LibraryStorage(async () => backend, { channel: quiet() });
    await storage.deleteReport('x');
    expect(storage.storageReason()).toMatch(/private window/);
  });

  it('opens the database again when the browser closed the connection, and stays persistent', async () => {
    const disk = memoryBackend();
    const closed = flakyBackend(disk);
    closed.failWrites = 'InvalidStateError';
    const opened: StorageBackend[] = [closed, disk];
    const storage = new LibraryStorage(async () => opened.shift()!, { channel: quiet() });
    await storage.saveReport(report('a'));
    expect(storage.storageStatus()).toBe('persistent');
    expect(storage.storageReason()).toBeNull();
    expect((await disk.getAll('reports')).map((r) => r.id)).toEqual(['a']);
  });

  it('re-reads through a new connection after the browser says it lost the old one (site data cleared)', async () => {
    let lost = () => {};
    const before = memoryBackend({ reports: [{ ...report('old'), savedAt: '2020-01-01T00:00:00Z' }] });
    const after = memoryBackend();
    const opened = [before, after];
    const storage = new LibraryStorage(
      async (onLost) => {
        lost = onLost;
        return opened.shift()!;
      },
      { channel: quiet() },
    );
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['old']);
    const events: StorageEvent[] = [];
    storage.subscribe((event) => events.push(event));
    lost();
    expect(events).toEqual(['external']);
    expect(await storage.listReports()).toEqual([]);
    await storage.saveReport(report('new'));
    expect((await after.getAll('reports')).map((r) => r.id)).toEqual(['new']);
    expect(storage.storageStatus()).toBe('persistent');
  });

  it('counts a write as pending from the call until it is stored', async () => {
    const storage = new LibraryStorage(async () => memoryBackend(), { channel: quiet() });
    const saving = storage.saveReport(report('a'));
    expect(storage.hasPendingWrites()).toBe(true);
    await storage.settled();
    expect(storage.hasPendingWrites()).toBe(false);
    await saving;
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['a']);
  });

  it('skips malformed records instead of failing', async () => {
    const backend = memoryBackend({ reports: [{ id: 'bad' } as never, { ...report('ok'), savedAt: '2020-01-01T00:00:00Z' }] });
    const storage = new LibraryStorage(async () => backend, { channel: quiet() });
    expect((await storage.listReports()).map((r) => r.id)).toEqual(['ok']);
    expect(isSavedReport(null)).toBe(false);
  });

  it('loads reports saved before publication dates had a provenance', async () => {
    const { publishedFrom: _dropped, ...old } = { ...report('old'), savedAt: '2020-01-01T00:00:00Z' };
    const undated = { ...old, id: 'undated', published: null, savedAt: '2020-01-02T00:00:00Z' };
    const storage = new LibraryStorage(async () => memoryBackend({ reports: [old as never, undated as never] }), { channel: quiet() });
    expect((await storage.listReports()).map((r) => [r.id, r.published, r.publishedFrom])).toEqual([
      ['old', '2014-09-24', 'stated'],
      ['undated', null, null],
    ]);
  });

  it('serialises concurrent saves', async () => {
    const storage = new LibraryStorage(async () => memoryBackend(), { channel: quiet() });
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => storage.saveReport(report(id))));
    expect((await storage.listReports()).map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('LibraryStorage in two tabs', () => {
  it('tells the other tab after each write, and only then', async () => {
    const [first, second] = twoTabs();
    const heard: StorageEvent[] = [];
    second.subscribe((event) => event === 'external' && heard.push(event));
    await first.listReports();
    expect(heard).toEqual([]);
    await first.saveReport(report('a'));
    await first.deleteReport('a');
    await first.saveComparison({ id: 'c', name: 'Pair', reportIds: [], shownIds: [] });
    expect(heard).toHaveLength(3);
  });

  it('an edit made on an older copy keeps what the other tab changed meanwhile', async () => {
    const [first, second] = twoTabs();
    await first.saveReport(report('a'));
    const [copyInFirst] = await first.listReports();
    const [copyInSecond] = await second.listReports();
    await first.saveReport({ ...copyInFirst!, title: 'New title' }, copyInFirst);
    // The second tab's form still shows the old title; the user changes only the source.
    const outcome = await second.saveReport({ ...copyInSecond!, source: 'Wire' }, copyInSecond);
    expect(outcome).toMatchObject({ kind: 'written', replaced: [] });
    const [stored] = await first.listReports();
    expect([stored!.title, stored!.source]).toEqual(['New title', 'Wire']);
  });

  it('the later edit of the same field wins, and says it replaced the other tab’s', async () => {
    const [first, second] = twoTabs();
    await first.saveReport(report('a'));
    const [copy] = await second.listReports();
    await first.saveReport({ ...copy!, title: 'From the first tab' }, copy);
    const outcome = await second.saveReport({ ...copy!, title: 'From the second tab' }, copy);
    expect(outcome).toMatchObject({ kind: 'written', replaced: ['title'] });
    expect((await first.listReports())[0]!.title).toBe('From the second tab');
  });

  it('a report deleted in one tab does not come back when the other edits its copy', async () => {
    const [first, second] = twoTabs();
    await first.saveReport(report('a'));
    const [copy] = await second.listReports();
    await first.deleteReport('a');
    const outcome = await second.saveReport({ ...copy!, title: 'Edited after deletion' }, copy);
    expect(outcome).toEqual({ kind: 'deleted' });
    expect(await second.listReports()).toEqual([]);
  });

  it('a rename is written over the stored comparison: a report the other tab took out stays out, and a deleted comparison stays deleted', async () => {
    const [first, second] = twoTabs();
    await first.saveReport(report('a'));
    await first.saveComparison({ id: 'c', reportIds: ['a', 'b'], shownIds: ['a', 'b'] });
    await second.deleteReport('a');
    await first.updateComparison('c', (stored) => stored && { ...stored, name: 'Renamed' });
    expect((await second.listComparisons()).map((c) => [c.name, c.reportIds])).toEqual([['Renamed', ['b']]]);
    await second.deleteComparison('c');
    await first.updateComparison('c', (stored) => stored && { ...stored, name: 'Too late' });
    expect(await first.listComparisons()).toEqual([]);
  });

  it('a bundled report edited in two tabs gets one saved copy with both edits', async () => {
    const [first, second] = twoTabs();
    const bundled = report('bundled');
    await first.saveReport({ ...bundled, title: 'Retitled' }, bundled);
    await second.saveReport({ ...bundled, published: '2014-09-25', publishedFrom: 'user' }, bundled);
    const [copy] = await first.listReports();
    expect([copy!.title, copy!.published, copy!.publishedFrom]).toEqual(['Retitled', '2014-09-25', 'user']);
  });
});
