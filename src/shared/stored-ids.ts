/**
 * A list of ids kept in localStorage (the compared reports, the panes' choice, the open comparison as
 * a list of one). There rather than in the URL because the ids of imported reports mean nothing on
 * another device.
 */
export function readStoredIds(key: string): string[] | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (Array.isArray(stored) && stored.every((v) => typeof v === 'string')) return stored as string[];
  } catch {
    // Corrupt or blocked storage: the caller's default is the right answer, not a crash.
  }
  return null;
}

export function writeStoredIds(key: string, ids: readonly string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Private mode or full storage: the choice holds for this session.
  }
}
