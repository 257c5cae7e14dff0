import { useCallback, useEffect, useRef, useState } from 'react';
import { crossTab, type CrossTab } from '../shared/cross-tab.ts';
import { readStoredIds, writeStoredIds } from '../shared/stored-ids.ts';

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

/**
 * Which reports are compared, in reading order, kept in localStorage (see `stored-ids.ts`); the
 * bundled pair is the default. One
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
  const [ids, setIds] = useState<string[]>(() => readStoredIds(KEY) ?? defaults);
  const update = useCallback(
    (next: string[]) => {
      setIds(next);
      writeStoredIds(KEY, next);
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
