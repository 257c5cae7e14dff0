import { useCallback, useState } from 'react';

const KEY = 'parallax.selection';

/**
 * Which reports are compared, in reading order. Kept in localStorage rather than the URL because the
 * ids of imported reports mean nothing on another device; the bundled pair is the default.
 */
export function useSelection(defaults: string[]): [string[], (ids: string[]) => void] {
  const [ids, setIds] = useState<string[]>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      if (Array.isArray(stored) && stored.every((v) => typeof v === 'string')) return stored as string[];
    } catch {
      // Corrupt or blocked storage: fall back to the bundled pair.
    }
    return defaults;
  });
  const update = useCallback((next: string[]) => {
    setIds(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Private mode: the choice holds for this session.
    }
  }, []);
  return [ids, update];
}
