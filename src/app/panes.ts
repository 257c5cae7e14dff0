import type { Report } from '../analysis/report/types.ts';

/** The reports shown in panes: the user's choice per pane where still compared, then the rest in order. */
export function choosePanes(compared: readonly Report[], choice: readonly string[], count: number): Report[] {
  const shown: Report[] = [];
  for (const id of choice) {
    const report = compared.find((r) => r.id === id);
    if (report && !shown.includes(report) && shown.length < count) shown.push(report);
  }
  for (const report of compared) if (shown.length < count && !shown.includes(report)) shown.push(report);
  return shown;
}

/** Pane ids with `report` shown: it replaces the last pane when it is not on screen. */
export function ensureShown(shown: readonly Report[], report: string): string[] {
  const ids = shown.map((r) => r.id);
  if (ids.includes(report)) return ids;
  return [...ids.slice(0, -1), report];
}

/**
 * Pane ids with report `id` in pane `index` (the pane picker of a reader with more reports than
 * panes). A report another pane shows trades places with this pane's: the pane the reader changed
 * shows what they picked, and no report they did not pick comes in.
 */
export function replacePane(shown: readonly Report[], index: number, id: string): string[] {
  const ids = shown.map((r) => r.id);
  const other = ids.indexOf(id);
  if (other >= 0 && other !== index) ids[other] = ids[index]!;
  ids[index] = id;
  return ids;
}

/** The mention of an event to open: the first in a report already on screen, else the first. */
export function mentionInView<M extends { report: string }>(mentions: readonly M[], shown: readonly Report[]): M | undefined {
  return mentions.find((m) => shown.some((r) => r.id === m.report)) ?? mentions[0];
}
