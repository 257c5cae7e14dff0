import type { MouseEvent } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { reportLetter } from '../analysis/report/letter.ts';

/**
 * On a phone the panes stack: these links jump between the reports and the analysis. Shown while the
 * reports load too (one row either way), so the reports do not move down when they arrive.
 */
export function SectionNav({ shown, compared }: { shown: Report[]; compared: Report[] }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => settleJump(event.currentTarget.hash.slice(1));
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
            onClick={onClick}
            className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500"
          >
            Report {letter}
          </a>
        );
      })}
      <a href="#analysis" onClick={onClick} className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500">
        Facts &amp; timeline
      </a>
    </nav>
  );
}

/**
 * Aligns the section again once the jump has settled. Paragraphs drawn only near the screen
 * (`content-visibility: auto`) take their real height as the jump brings them in, which moved a
 * section the browser had just aligned: a user test's first jump to the analysis of three imported
 * reports landed 303 px past its top. The link's own jump still happens first (and without script).
 */
function settleJump(id: string): void {
  const align = () => document.getElementById(id)?.scrollIntoView({ block: 'start' });
  requestAnimationFrame(() => requestAnimationFrame(align));
  setTimeout(align, SETTLE_MS);
}
/** Long enough for the paragraphs brought on screen to be drawn, short enough not to fight the reader's own scrolling. */
const SETTLE_MS = 250;
