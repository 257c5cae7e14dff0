import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PublishedFrom, Report } from '../../analysis/report/types.ts';

/** A report the user imported, as stored. */
export interface SavedReport extends Report {
  /** ISO timestamp of the first save; the library lists reports in this order. */
  savedAt: string;
}

/** A named set of reports to compare, in reading order, and which of them are shown. */
export interface SavedComparison {
  id: string;
  name: string;
  reportIds: string[];
  shownIds: string[];
  savedAt: string;
}

export type StorageStatus = 'persistent' | 'session-only';

type StoreName = 'reports' | 'comparisons';
type Records = { reports: SavedReport; comparisons: SavedComparison };

/** Where records live. The IndexedDB backend and the in-memory one look the same to the library. */
export interface StorageBackend {
  getAll<S extends StoreName>(store: S): Promise<Records[S][]>;
  put<S extends StoreName>(store: S, value: Records[S]): Promise<void>;
  delete(store: StoreName, id: string): Promise<void>;
}

interface ParallaxDb extends DBSchema {
  reports: { key: string; value: SavedReport };
  comparisons: { key: string; value: SavedComparison };
}

const DB_NAME = 'parallax-library';
const DB_VERSION = 1;

/** IndexedDB through idb. Each call is its own transaction, so a failed put leaves the old record. */
export async function openIdbBackend(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<StorageBackend> {
  if (!factory) throw new Error('this browser offers no IndexedDB');
  let db: IDBPDatabase<ParallaxDb> | null = null;
  db = await openDB<ParallaxDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('reports')) database.createObjectStore('reports', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('comparisons')) database.createObjectStore('comparisons', { keyPath: 'id' });
    },
    // A newer version of the app in another tab wants to upgrade: let it, rather than block it.
    blocking() {
      db?.close();
    },
  });
  const open = db;
  return {
    getAll: (store) => open.getAll(store) as never,
    put: async (store, value) => {
      await open.put(store, value as never);
    },
    delete: (store, id) => open.delete(store, id),
  };
}

export function memoryBackend(initial: { reports?: SavedReport[]; comparisons?: SavedComparison[] } = {}): StorageBackend {
  const stores: { [S in StoreName]: Map<string, Records[S]> } = {
    reports: new Map((initial.reports ?? []).map((r) => [r.id, structuredClone(r)])),
    comparisons: new Map((initial.comparisons ?? []).map((c) => [c.id, structuredClone(c)])),
  };
  return {
    getAll: async (store) => [...stores[store].values()].map((v) => structuredClone(v)) as never,
    put: async (store, value) => {
      (stores[store] as Map<string, unknown>).set(value.id, structuredClone(value));
    },
    delete: async (store, id) => {
      stores[store].delete(id);
    },
  };
}

/**
 * The library's storage: IndexedDB when it works, otherwise memory for this session, with the
 * reason kept for the UI ("nothing is saved: …").
 *
 * Falling back never drops data. If opening fails, there was nothing readable to keep. If a write
 * fails (quota, private mode, a browser that revokes storage mid-session), the records read so far
 * are copied into memory together with the new one, so the library the user sees stays whole for
 * the session; the failed IndexedDB transaction is aborted as a unit, so what was saved before is
 * still there on disk for the next visit.
 */
export class LibraryStorage {
  private backend: Promise<StorageBackend>;
  private status: StorageStatus = 'persistent';
  private reason: string | null = null;
  private listeners = new Set<() => void>();
  /** Serialises operations so a fallback switch never races a write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(open: () => Promise<StorageBackend> = () => openIdbBackend()) {
    this.backend = open().catch((error: unknown) => {
      this.fallBack(`storage is unavailable (${describe(error)})`);
      return memoryBackend();
    });
  }

  storageStatus(): StorageStatus {
    return this.status;
  }

  /** Why storage is session-only, in words for people; null while persistent. */
  storageReason(): string | null {
    return this.reason;
  }

  /** Resolves once the backend is chosen, so the first status read is meaningful. */
  async ready(): Promise<StorageStatus> {
    await this.backend;
    return this.status;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  listReports(): Promise<SavedReport[]> {
    return this.run(async (b) => (await this.read(b, 'reports')).filter(isSavedReport).map(withProvenance).sort(bySavedAt));
  }

  listComparisons(): Promise<SavedComparison[]> {
    return this.run(async (b) => (await this.read(b, 'comparisons')).filter(isSavedComparison).sort(bySavedAt));
  }

  /** Saves (or updates, keeping its first `savedAt`) a report. */
  saveReport(report: Report): Promise<SavedReport> {
    return this.run(async (b) => {
      const existing = (await this.read(b, 'reports')).find((r) => r.id === report.id);
      const { savedAt: _ignored, ...plain } = report as Partial<SavedReport> & Report;
      const record: SavedReport = { ...plain, savedAt: existing?.savedAt ?? new Date().toISOString() };
      await this.write(b, 'reports', record);
      return record;
    });
  }

  deleteReport(id: string): Promise<void> {
    return this.run((b) => this.remove(b, 'reports', id));
  }

  saveComparison(comparison: Omit<SavedComparison, 'savedAt'> & { savedAt?: string }): Promise<SavedComparison> {
    return this.run(async (b) => {
      const shown = comparison.shownIds.filter((id) => comparison.reportIds.includes(id));
      const record: SavedComparison = { ...comparison, shownIds: shown, savedAt: comparison.savedAt ?? new Date().toISOString() };
      await this.write(b, 'comparisons', record);
      return record;
    });
  }

  deleteComparison(id: string): Promise<void> {
    return this.run((b) => this.remove(b, 'comparisons', id));
  }

  private run<T>(op: (backend: StorageBackend) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => op(await this.backend));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read<S extends StoreName>(backend: StorageBackend, store: S): Promise<Records[S][]> {
    try {
      return await backend.getAll(store);
    } catch (error) {
      // Reads failing mid-session: nothing can be copied, but the session can go on in memory.
      const memory = await this.switchToMemory(`saved reports cannot be read (${describe(error)})`, null);
      return memory.getAll(store);
    }
  }

  private async write<S extends StoreName>(backend: StorageBackend, store: S, value: Records[S]): Promise<void> {
    try {
      await backend.put(store, value);
    } catch (error) {
      const memory = await this.switchToMemory(writeReason(error), backend);
      await memory.put(store, value);
    }
  }

  private async remove(backend: StorageBackend, store: StoreName, id: string): Promise<void> {
    try {
      await backend.delete(store, id);
    } catch (error) {
      const memory = await this.switchToMemory(writeReason(error), backend);
      await memory.delete(store, id);
    }
  }

  /** Copies what `from` still reads into memory and makes memory the backend from now on. */
  private async switchToMemory(reason: string, from: StorageBackend | null): Promise<StorageBackend> {
    let reports: SavedReport[] = [];
    let comparisons: SavedComparison[] = [];
    if (from) {
      reports = await from.getAll('reports').catch(() => []);
      comparisons = await from.getAll('comparisons').catch(() => []);
    }
    const memory = memoryBackend({ reports: reports.filter(isSavedReport), comparisons: comparisons.filter(isSavedComparison) });
    this.backend = Promise.resolve(memory);
    this.fallBack(reason);
    return memory;
  }

  private fallBack(reason: string): void {
    this.status = 'session-only';
    this.reason = reason;
    for (const listener of this.listeners) listener();
  }
}

function writeReason(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage is full';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'the browser does not allow saving here (private window?)';
  return `saving failed (${describe(error)})`;
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    const e = error as Error;
    return e.message || e.name;
  }
  return String(error);
}

function bySavedAt(a: { savedAt: string }, b: { savedAt: string }): number {
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0;
}

/** Records written by an older or broken version are skipped rather than crashing the library. */
export function isSavedReport(value: unknown): value is SavedReport {
  const r = value as SavedReport;
  return (
    typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.title === 'string' &&
    (r.source === null || typeof r.source === 'string') && (r.published === null || typeof r.published === 'string') &&
    Array.isArray(r.paragraphs) && r.paragraphs.every((p) => typeof p === 'string') && Array.isArray(r.removed) && typeof r.savedAt === 'string'
  );
}

const PUBLISHED_FROM: readonly PublishedFrom[] = ['stated', 'front-matter', 'inferred', 'user'];

/**
 * Reports saved before provenance was recorded carry no `publishedFrom`. Their date was read from
 * the page or typed by the user, never inferred (inference came later), so `stated` is the honest
 * reading; a report without a date has no provenance.
 */
function withProvenance(report: SavedReport): SavedReport {
  if (report.published === null) return report.publishedFrom === null ? report : { ...report, publishedFrom: null };
  return PUBLISHED_FROM.includes(report.publishedFrom as PublishedFrom) ? report : { ...report, publishedFrom: 'stated' };
}

export function isSavedComparison(value: unknown): value is SavedComparison {
  const c = value as SavedComparison;
  return (
    typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.name === 'string' &&
    Array.isArray(c.reportIds) && Array.isArray(c.shownIds) && typeof c.savedAt === 'string'
  );
}

let defaultStorage: LibraryStorage | null = null;

/** The app's one library storage, opened on first use. */
export function libraryStorage(): LibraryStorage {
  defaultStorage ??= new LibraryStorage();
  return defaultStorage;
}
