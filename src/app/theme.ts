import { readSettings, type Theme } from './settings.ts';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Puts `dark` on <html> when the chosen theme (or the system, for 'system') is dark. */
export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && darkQuery().matches);
  document.documentElement.classList.toggle('dark', dark);
}

export function applyStoredTheme(): void {
  applyTheme(readSettings().theme);
  // Follow the system live while the user has not chosen a theme.
  darkQuery().addEventListener('change', () => applyTheme(readSettings().theme));
}
