import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SavedComparison, SavedReport, StorageBackend } from './storage.ts';

interface ParallaxDb extends DBSchema {
  reports: { key: string; value: SavedReport };
  comparisons: { key: string; value: SavedComparison };
}

const DB_NAME = 'parallax-library';
const DB_VERSION = 1;

/**
 * IndexedDB through idb. Each call is its own transaction, so a failed write leaves the old record.
 * `onLost` is called when the browser closes the connection itself (site data cleared, the disk
 * went away): the next call must open the database again.
 */
export async function openIdbBackend(factory: IDBFactory | undefined = globalThis.indexedDB, onLost?: () => void): Promise<StorageBackend> {
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
      onLost?.();
    },
    terminated() {
      onLost?.();
    },
  });
  const open = db;
  return {
    getAll: (store) => open.getAll(store) as Promise<never>,
    update: async (store, id, change) => {
      const tx = open.transaction(store, 'readwrite');
      const next = change((await tx.store.get(id)) as never);
      if (next) await tx.store.put(next as never);
      await tx.done;
    },
    delete: (store, id) => open.delete(store, id),
  };
}
