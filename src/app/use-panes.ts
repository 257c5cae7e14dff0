import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { choosePanes, ensureShown, replacePane } from './panes.ts';
import { readStoredIds, writeStoredIds } from '../shared/stored-ids.ts';
import { usePaneCount } from './use-pane-count.ts';

const KEY = 'parallax.panes';

/**
 * Which of the compared reports the panes show: as many as the screen fits, the reader's choice per
 * pane first. `showReport` brings one on screen (a jump to its sentence) in place of the last pane.
 * The choice outlives a reload, as the compared reports do: ids no longer compared are passed over.
 */
export function usePanes(compared: Report[]) {
  const paneCount = usePaneCount();
  const [choice, setChoice] = useState<string[]>(() => readStoredIds(KEY) ?? []);
  useEffect(() => writeStoredIds(KEY, choice), [choice]);
  const shown = useMemo(() => choosePanes(compared, choice, paneCount), [compared, choice, paneCount]);
  // From the panes as the last choice left them, so two choices in one event both count (a chain of jumps given back).
  const choosePane = useCallback(
    (index: number, id: string) => setChoice((prev) => replacePane(choosePanes(compared, prev, paneCount), index, id)),
    [compared, paneCount],
  );
  const showReport = useCallback((report: string) => setChoice(ensureShown(shown, report)), [shown]);
  return { shown, setChoice, choosePane, showReport };
}
