import { useEffect, useState } from 'react';

/**
 * Focus for a control that a row's form or confirmation replaces while open: ask for an element id,
 * and it is focused once React has drawn it (or `fallback`, when that id is gone, as after a
 * deletion). Keyboard focus had fallen to the page body each time such a control closed.
 */
export function useFocusAfter(fallback: string): (id: string) => void {
  const [next, setNext] = useState<string | null>(null);
  useEffect(() => {
    if (!next) return;
    (document.getElementById(next) ?? document.getElementById(fallback))?.focus();
    setNext(null);
  }, [next, fallback]);
  return setNext;
}
