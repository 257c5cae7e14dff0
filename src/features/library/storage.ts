import type { PublishedFrom, Report } from '../../analysis/report/types.ts';
import { crossTab, type CrossTab } from '../../shared/cross-tab.ts';
import { resolveSave, type SaveOutcome, type StoredReport } from './resolve-save.ts';

/** A report the user imported, as stored. */
export interface SavedReport extends StoredReport {
  /** ISO timestamp of the first save; the library lists reports in this order. */
  savedAt: string;
}

/** A set of reports to compare, in reading order, and which of them are shown. */
export interface SavedComparison {
  id: string;
  /**
   * The name the user gave it; absent when none was typed, and the list names it after its reports
   * (comparison-name.ts). Records from older versions always have one.
   */
  name?: string;
  reportIds: string[];
  shownIds: string[];
  savedAt: string;
}

/** What a write makes of a stored comparison (undefined when there is none); undefined writes nothing. */
export type ComparisonChange = (stored: SavedComparison | undefined) => SavedComparison | undefined;

export type StorageStatus = 'persistent' | 'session-only';

export type StoreName = 'reports' | 'comparisons';
export type Records = { reports: SavedReport; comparisons: SavedComparison };

/** Where records live. The IndexedDB backend and the in-memory one look the same to the library. */
export interface StorageBackend {
  getAll<S extends StoreName>(store: S): Promise<Records[S][]>;
  /** Reads record `id` and writes what `change` returns (nothing when undefined), in one transaction. */
  update<S extends StoreName>(store: S, id: string, change: (current: Records[S] | undefined) => Records[S] | undefined): Promise<void>;
  delete(store: StoreName, id: string): Promise<void>;
}

/** What other tabs are told after a write: which record changed, never the record itself. */
export interface LibraryChange {
  store: StoreName;
  id: string;
}

/** `status`: persistent or not; `saving`: writes started or finished; `external`: another tab (or the browser) changed the data. */
export type StorageEvent = 'status' | 'saving' | 'external';

export function memoryBackend(initial: { reports?: SavedReport[]; comparisons?: SavedComparison[] } = {}): StorageBackend {
  const stores: { [S in StoreName]: Map<string, Records[S]> } = {
    reports: new Map((initial.reports ?? []).map((r) => [r.id, structuredClone(r)])),
    comparisons: new Map((initial.comparisons ?? []).map((c) => [c.id, structuredClone(c)])),
  };
  return {
    getAll: async (store) => [...stores[store].values()].map((v) => structuredClone(v)) as never,
    update: async (store, id, change) => {
      const map = stores[store] as Map<string, Records[typeof store]>;
      const current = map.get(id);
      const next = change(current === undefined ? undefined : (structuredClone(current) as never));
      if (next) map.set(id, structuredClone(next));
    },
    delete: async (store, id) => {
      stores[store].delete(id);
    },
  };
}

/** How a save ended, for the UI: written, nothing to write, or refused because the report was deleted elsewhere. */
export type ReportSave = SaveOutcome;

type Opener = (onLost: () => void) => Promise<StorageBackend>;

/** idb and the IndexedDB code load in their own chunk, beside the first screen rather than in it. */
const openIdbLazily: Opener = (onLost) => import('./idb-backend.ts').then((m) => m.openIdbBackend(globalThis.indexedDB, onLost));

/**
 * The library's storage: IndexedDB when it works, otherwise memory for this session, with the
 * reason kept for the UI ("nothing is saved: …").
 *
 * Falling back never drops data. If opening fails, there was nothing readable to keep. If a write
 * fails (quota, a browser that revokes storage mid-session), the records read so far are copied
 * into memory together with the new one, so the library the user sees stays whole for the session;
 * the failed IndexedDB transaction is aborted as a unit, so what was saved before is still there on
 * disk for the next visit. A connection the browser closed (site data cleared while the app is
 * open) is not a reason to give up: the database is opened again and the operation retried once.
 *
 * Several tabs share the database. Each write tells the other tabs which record changed (they
 * re-read), and edits are saved as the fields the user changed, applied to the stored record in
 * the transaction that reads it (resolve-save.ts), rather than as a whole copy guarded by a version
 * number: a version check could only refuse the stale tab's edit, losing it or asking the user to
 * merge by hand, while the editable fields are few and independent, so applying just the changed
 * ones loses nothing another tab wrote.
 */
export class LibraryStorage {
  private backend: Promise<StorageBackend>;
  private status: StorageStatus = 'persistent';
  private reason: string | null = null;
  private listeners = new Set<(event: StorageEvent) => void>();
  /** Serialises operations so a fallback switch never races a write. */
  private queue: Promise<unknown> = Promise.resolve();
  private pendingWrites = 0;
  /** Set when the browser closed the connection: the next operation opens the database again. */
  private lost = false;
  private readonly open: Opener;
  private readonly channel: CrossTab<LibraryChange>;

  constructor(open: Opener = openIdbLazily, options: { channel?: CrossTab<LibraryChange> } = {}) {
    this.open = open;
    this.channel = options.channel ?? crossTab<LibraryChange>('library');
    this.channel.subscribe(() => {
      // Another tab wrote to the shared database; a tab running in memory has its own data.
      if (this.status === 'persistent') this.emit('external');
    });
    this.backend = open(this.onLost).catch((error: unknown) => {
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

  /** True from the moment a save or delete is asked for until it is on disk (or has failed). */
  hasPendingWrites(): boolean {
    return this.pendingWrites > 0;
  }

  /** Resolves when every write asked for so far has finished, e.g. before reloading the page. */
  async settled(): Promise<void> {
    while (this.pendingWrites > 0) await this.queue;
  }

  subscribe(listener: (event: StorageEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  listReports(): Promise<SavedReport[]> {
    return this.run('read', async (b) => (await b.getAll('reports')).filter(isSavedReport).map(withProvenance).sort(bySavedAt));
  }

  listComparisons(): Promise<SavedComparison[]> {
    return this.run('read', async (b) => (await b.getAll('comparisons')).filter(isSavedComparison).sort(bySavedAt));
  }

  /**
   * Saves a new report (no `base`), or an edit of `base`, the copy the user started from: only the
   * fields that differ from it are written, over what is stored now (resolve-save.ts).
   */
  saveReport(report: Report, base?: Report): Promise<ReportSave> {
    // Later than any stamp this page gave before: "Add all" saves several reports in one millisecond,
    // and equal stamps were listed in the database's key order, not the order added.
    const now = new Date((lastStamp = Math.max(Date.now(), ++lastStamp))).toISOString();
    return this.run('write', async (b) => {
      let outcome = { kind: 'deleted' } as ReportSave;
      await b.update('reports', report.id, (stored) => {
        outcome = resolveSave(stored && isSavedReport(stored) ? stored : undefined, report, base, now);
        return outcome.kind === 'written' ? (outcome.record as SavedReport) : undefined;
      });
      if (outcome.kind === 'written') this.announce({ store: 'reports', id: report.id });
      return outcome;
    });
  }

  /**
   * Deletes a report and takes it out of the comparisons that list it. Those stay, even with one
   * report or none left (comparisons-list.tsx says why).
   */
  deleteReport(id: string): Promise<void> {
    return this.run('write', async (b) => {
      await b.delete('reports', id);
      this.announce({ store: 'reports', id });
      for (const comparison of (await b.getAll('comparisons')).filter(isSavedComparison)) {
        if (!comparison.reportIds.includes(id)) continue;
        await b.update('comparisons', comparison.id, (stored) => stored && withoutReport(stored, id));
        this.announce({ store: 'comparisons', id: comparison.id });
      }
    });
  }

  saveComparison(comparison: Omit<SavedComparison, 'savedAt'> & { savedAt?: string }): Promise<SavedComparison> {
    const shown = comparison.shownIds.filter((id) => comparison.reportIds.includes(id));
    const record: SavedComparison = { ...comparison, shownIds: shown, savedAt: comparison.savedAt ?? new Date().toISOString() };
    return this.updateComparison(record.id, () => record).then(() => record);
  }

  /**
   * Writes what `change` makes of stored comparison `id`, in the transaction that reads it, so that
   * a rename, say, keeps what another tab changed meanwhile (as report edits do); `change` gets
   * undefined when there is no such comparison, and nothing is written when it returns undefined.
   */
  updateComparison(id: string, change: ComparisonChange): Promise<void> {
    return this.run('write', async (b) => {
      await b.update('comparisons', id, (stored) => change(stored && isSavedComparison(stored) ? stored : undefined));
      this.announce({ store: 'comparisons', id });
    });
  }

  deleteComparison(id: string): Promise<void> {
    return this.run('write', async (b) => {
      await b.delete('comparisons', id);
      this.announce({ store: 'comparisons', id });
    });
  }

  private readonly onLost = () => {
    if (this.status !== 'persistent') return;
    this.lost = true;
    // What this tab shows may be gone (site data cleared): re-reading opens the database again.
    this.emit('external');
  };

  private run<T>(kind: 'read' | 'write', op: (backend: StorageBackend) => Promise<T>): Promise<T> {
    // Counted before anything is awaited, so a reload in the same task as the click sees the write.
    if (kind === 'write') this.changePending(+1);
    const next = this.queue.then(() => this.attempt(kind, op));
    this.queue = next.catch(() => undefined);
    if (kind === 'write') {
      const done = () => this.changePending(-1);
      next.then(done, done);
    }
    return next;
  }

  private async attempt<T>(kind: 'read' | 'write', op: (backend: StorageBackend) => Promise<T>): Promise<T> {
    if (this.lost && this.status === 'persistent') await this.reconnect();
    const backend = await this.backend;
    if (this.status !== 'persistent') return op(backend);
    let failure: unknown;
    try {
      return await op(backend);
    } catch (error) {
      failure = error;
    }
    // A closed connection (InvalidStateError) or an internal error: open again and retry. Clearing
    // site data closes the connection before the deletion has finished, so the first reopen can fail
    // too; a few short waits let it finish instead of giving up storage for the session.
    for (const wait of RECONNECT_WAITS_MS) {
      if (!isConnectionError(failure)) break;
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!(await this.reconnect())) continue;
      try {
        return await op(await this.backend);
      } catch (error) {
        failure = error;
      }
    }
    // Reads failing mid-session: nothing can be copied, but the session can go on in memory.
    const memory =
      kind === 'read'
        ? await this.switchToMemory(`saved reports cannot be read (${describe(failure)})`, null)
        : await this.switchToMemory(writeReason(failure), backend);
    return op(memory);
  }

  /** Opens the database again; true when that worked. */
  private async reconnect(): Promise<boolean> {
    this.lost = false;
    try {
      const backend = await this.open(this.onLost);
      this.backend = Promise.resolve(backend);
      return true;
    } catch {
      return false;
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
    this.emit('status');
  }

  private announce(change: LibraryChange): void {
    if (this.status === 'persistent') this.channel.post(change);
  }

  private changePending(delta: number): void {
    this.pendingWrites += delta;
    this.emit('saving');
  }

  private emit(event: StorageEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
}

/** Pauses before each attempt to reopen a lost connection and retry (the first at once). */
const RECONNECT_WAITS_MS = [0, 150, 500];

/** A connection the browser closed or lost, as opposed to a refusal (quota, security) that reopening would not change. */
function isConnectionError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'InvalidStateError' || name === 'UnknownError' || name === 'AbortError';
}

function writeReason(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'the browser’s storage is full';
  if (name === 'SecurityError') return 'the browser does not allow saving here (private window?)';
  if (isConnectionError(error)) return `the browser closed the library’s storage and it could not be opened again (${describe(error)})`;
  return `saving failed (${describe(error)})`;
}

/** An error's message, else what it prints as: a `DOMException` without a message prints its name. */
function describe(error: unknown): string {
  return (error as Error | undefined)?.message || String(error);
}

let lastStamp = 0;

function bySavedAt(a: { savedAt: string }, b: { savedAt: string }): number {
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0;
}

/** Records written by an older or broken version are skipped rather than crashing the library. */
export function isSavedReport(value: unknown): value is SavedReport {
  const r = value as SavedReport;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.title === 'string' &&
    (r.source === null || typeof r.source === 'string') &&
    (r.published === null || typeof r.published === 'string') &&
    Array.isArray(r.paragraphs) &&
    r.paragraphs.every((p) => typeof p === 'string') &&
    Array.isArray(r.removed) &&
    typeof r.savedAt === 'string'
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
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'string' &&
    (c.name === undefined || typeof c.name === 'string') &&
    Array.isArray(c.reportIds) &&
    Array.isArray(c.shownIds) &&
    typeof c.savedAt === 'string'
  );
}

function withoutReport(comparison: SavedComparison, id: string): SavedComparison {
  const other = (r: string) => r !== id;
  return { ...comparison, reportIds: comparison.reportIds.filter(other), shownIds: comparison.shownIds.filter(other) };
}

let defaultStorage: LibraryStorage | null = null;

/** The app's one library storage, opened on first use. */
export function libraryStorage(): LibraryStorage {
  defaultStorage ??= new LibraryStorage();
  return defaultStorage;
}
