import type { ReactNode } from 'react';
import { useActiveFactId } from './active-fact.ts';

/**
 * The active fact, subscribed here so that a change re-renders only what shows it: `j` changes it,
 * and must not re-render the whole shell.
 */
export function WithActiveFact({ children }: { children: (activeFactId: string | null) => ReactNode }) {
  return children(useActiveFactId());
}
