import type { Report } from '../analysis/report/types.ts';
import { reportLetter } from '../analysis/report/letter.ts';

/**
 * On a phone the panes stack: these links jump between the reports and the analysis. Shown while the
 * reports load too (one row either way), so the reports do not move down when they arrive.
 */
export function SectionNav({ shown, compared }: { shown: Report[]; compared: Report[] }) {
  return (
    <nav
      aria-label="Sections"
      className="sticky top-0 z-20 flex gap-1 overflow-x-auto border-b border-stone-300 bg-stone-50 px-2 py-1.5 font-sans text-sm lg:hidden dark:border-stone-700 dark:bg-stone-950"
    >
      {shown.map((report) => {
        const letter = reportLetter(compared.indexOf(report));
        return (
          <a
            key={report.id}
            href={`#report-${letter}`}
            className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500"
          >
            Report {letter}
          </a>
        );
      })}
      <a href="#analysis" className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500">
        Facts &amp; timeline
      </a>
    </nav>
  );
}
