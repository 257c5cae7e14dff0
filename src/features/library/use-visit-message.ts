import { useState } from 'react';

/**
 * A message about what was just done in the library ("Added 3 reports to the library."), forgotten
 * when `visit` changes, that is when the library closes or opens again: it had stayed in its status
 * line, and been read there, long after the library was closed (user test Y).
 */
export function useVisitMessage<T>(visit: number, none: T): [T, (message: T) => void] {
  const [message, setMessage] = useState(none);
  const [seen, setSeen] = useState(visit);
  if (seen !== visit) {
    setSeen(visit);
    setMessage(none);
  }
  return [seen === visit ? message : none, setMessage];
}
