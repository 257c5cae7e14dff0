import type { ReactNode } from 'react';
import { useSearchParam } from './use-search-param.ts';

/**
 * The active fact (`?fact=`), subscribed here so that a change re-renders only what shows it: `j`
 * changes it, and must not re-render the whole shell.
 */
export function WithActiveFact({ children }: { children: (activeFactId: string | null) => ReactNode }) {
  const [activeFactId] = useSearchParam('fact');
  return children(activeFactId);
}
