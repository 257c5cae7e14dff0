import { useSyncExternalStore } from 'react';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  theme: Theme;
  /** Step on TEXT_SIZES; persisted so the reader opens at the size the user chose. */
  textSize: number;
  /** Scroll the other pane along with the one being read. */
  syncScroll: boolean;
  /** The facts/timeline/export column on screens 1024–1279 px wide, where it is shown on demand. */
  analysisOpen: boolean;
  /** The dotted underline on what only one report says; some readers find it busy. */
  markUnique: boolean;
}

export const TEXT_SIZES = ['0.9375rem', '1.0625rem', '1.1875rem', '1.3125rem', '1.5rem'] as const;
export const DEFAULT_SETTINGS: Settings = { theme: 'system', textSize: 1, syncScroll: true, analysisOpen: false, markUnique: true };
const KEY = 'parallax.settings';

let current: Settings | undefined;
const listeners = new Set<() => void>();

/** Reads persisted settings, tolerating missing, corrupt or blocked localStorage. */
export function readSettings(): Settings {
  if (current) return current;
  let stored: Partial<Settings> = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
  } catch {
    // Corrupt JSON or storage disabled: defaults are the right answer, not a crash.
  }
  current = {
    theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : DEFAULT_SETTINGS.theme,
    textSize: Number.isInteger(stored.textSize) && stored.textSize! >= 0 && stored.textSize! < TEXT_SIZES.length ? stored.textSize! : DEFAULT_SETTINGS.textSize,
    syncScroll: typeof stored.syncScroll === 'boolean' ? stored.syncScroll : DEFAULT_SETTINGS.syncScroll,
    analysisOpen: typeof stored.analysisOpen === 'boolean' ? stored.analysisOpen : DEFAULT_SETTINGS.analysisOpen,
    markUnique: typeof stored.markUnique === 'boolean' ? stored.markUnique : DEFAULT_SETTINGS.markUnique,
  };
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...readSettings(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode or full storage: the setting still applies for this session.
  }
  listeners.forEach((listener) => listener());
}

export function useSettings(): Settings {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, readSettings);
}
