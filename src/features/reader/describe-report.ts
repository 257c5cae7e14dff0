import { reportLetter } from '../../analysis/report/letter.ts';
import type { Report } from '../../analysis/report/types.ts';

/**
 * How a sentence's note names another compared report: "report C (NYT, not shown)". Whether it is
 * shown sits inside each name's brackets: a bare ", not shown" after the last name of a list
 * ("compare report B, report C, not shown") read as if it covered every report before it. Said
 * only when some compared report has no pane; with all of them on screen it would be noise.
 */
export function reportNamer(compared: readonly Report[], shown: readonly Report[]): (id: string) => string {
  const someHidden = compared.some((c) => !shown.some((r) => r.id === c.id));
  return (id) => {
    const index = compared.findIndex((r) => r.id === id);
    const report = compared[index];
    if (!report) return id;
    const notes = [report.source, someHidden && (shown.some((r) => r.id === id) ? 'shown' : 'not shown')].filter(Boolean);
    return `report ${reportLetter(index)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  };
}
