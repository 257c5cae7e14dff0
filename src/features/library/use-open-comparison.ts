import { useCallback, useState } from 'react';
import { readStoredIds, writeStoredIds } from '../../shared/stored-ids.ts';

const KEY = 'parallax.open-comparison';

/** The open comparison's id as last stored, for what reads it outside the library dialog (the exports). */
export const readOpenComparison = (): string | null => readStoredIds(KEY)?.[0] ?? null;

/**
 * Which comparison the reader shows: the one last opened, saved or started by an import ('' for the
 * bundled pair). The reports alone cannot say, since a copy saved under a new name holds the same
 * ones, and both had been marked "(open now)". Kept in localStorage, beside the selection, because
 * the library dialog that reads it is unmounted whenever it closes, and so a reload keeps it.
 */
export function useOpenComparison(): [string | null, (id: string) => void] {
  const [id, setId] = useState(readOpenComparison);
  const update = useCallback((next: string) => {
    setId(next);
    writeStoredIds(KEY, [next]);
  }, []);
  return [id, update];
}
