import { useCallback, useEffect, useRef, useState } from 'react';
import { crossTab, type CrossTab } from '../shared/cross-tab.ts';

const KEY = 'parallax.selection';

let defaultChannel: CrossTab<string[]> | null = null;
function selectionChannel(): CrossTab<string[]> {
  defaultChannel ??= crossTab<string[]>('selection');
  return defaultChannel;
}

/**
 * The saved selection without ids that are not among `known` (reports the library really holds, and
 * the bundled ones), in the same order. A report kept only in memory (storage full, site data
 * cleared while the app was open) is gone after a reload; its id would otherwise still count as
 * compared ("8 of 3 reports compared") and fill the places new imports need.
 */
export function reconcileSelection(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id, index) => known.has(id) && ids.indexOf(id) === index);
}

function readStored(defaults: string[]): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (Array.isArray(stored) && stored.every((v) => typeof v === 'string')) return stored as string[];
  } catch {
    // Corrupt or blocked storage: fall back to the bundled pair.
  }
  return defaults;
}

function writeStored(ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Private mode: the choice holds for this session.
  }
}

/**
 * Which reports are compared, in reading order. Kept in localStorage rather than the URL because the
 * ids of imported reports mean nothing on another device; the bundled pair is the default. One
 * choice for all open tabs: a change in one is sent to the others, so none writes back an old list.
 *
 * `known` is the set of ids storage holds, once read: the first time it is given, the saved choice
 * is reconciled with it (and written back only when `persistent`, since reports that storage could
 * not be opened to show may be there again in the next session).
 */
export function useSelection(
  defaults: string[],
  known?: ReadonlySet<string>,
  { persistent = true, channel = selectionChannel() }: { persistent?: boolean; channel?: CrossTab<string[]> } = {},
): [string[], (ids: string[]) => void] {
  const [ids, setIds] = useState<string[]>(() => readStored(defaults));
  const update = useCallback(
    (next: string[]) => {
      setIds(next);
      writeStored(next);
      channel.post(next);
    },
    [channel],
  );

  useEffect(
    () =>
      channel.subscribe((next) => {
        if (Array.isArray(next) && next.every((v) => typeof v === 'string')) setIds(next);
      }),
    [channel],
  );

  const reconciled = useRef(false);
  useEffect(() => {
    if (!known || reconciled.current) return;
    reconciled.current = true;
    const kept = reconcileSelection(ids, known);
    if (kept.length === ids.length) return;
    if (persistent) update(kept);
    else setIds(kept);
  }, [known, ids, persistent, update]);

  return [ids, update];
}
