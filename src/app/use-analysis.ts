import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { comparisonQuery } from './comparison-query.ts';

/**
 * The comparison of `compared`, run in the worker. The reader may show the bundled reports before the
 * library is read; the analysis waits for it (`libraryRead`), since a saved copy of a bundled report
 * (an edited date) would change its input.
 */
export function useAnalysis(compared: Report[], libraryRead: boolean) {
  // Memoised: the query key fingerprints every report's text, which should not run on every render.
  const options = useMemo(() => comparisonQuery(libraryRead && compared.length >= 2 ? compared : undefined), [compared, libraryRead]);
  const comparison = useQuery(options);
  // The result of a large comparison is a big render: deferred, React renders it in slices that
  // yield to input, instead of inside the query's notification in one block.
  const analysis = useDeferredValue(comparison.data);
  return { comparison, analysis };
}
