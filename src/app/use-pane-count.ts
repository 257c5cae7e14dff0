import { useSyncExternalStore } from 'react';

// Two panes on a laptop; on wide screens up to three or four, each still about 60 characters wide.
const WIDTHS: [number, string][] = [
  [4, '(min-width: 2200px)'],
  [3, '(min-width: 1700px)'],
];

function count(): number {
  return WIDTHS.find(([, query]) => matchMedia(query).matches)?.[0] ?? 2;
}

export function usePaneCount(): number {
  return useSyncExternalStore((listener) => {
    const lists = WIDTHS.map(([, query]) => matchMedia(query));
    lists.forEach((l) => l.addEventListener('change', listener));
    return () => lists.forEach((l) => l.removeEventListener('change', listener));
  }, count);
}
