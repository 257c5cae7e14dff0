import type { MouseEvent } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { reportLetter } from '../analysis/report/letter.ts';
import { reportName } from '../shared/report-name.ts';

/**
 * On a phone the panes stack: these links jump between the reports and the analysis. Shown while the
 * reports load too (one row either way), so the reports do not move down when they arrive.
 *
 * One link per compared report, not per pane: with three reports and two panes the links had been
 * "Report A / Report B / Facts & timeline", and report C was reachable only through a pane's "Shown
 * here" list, which a reader finds only once they look for it (user test Y). A reader who sees "3
 * compared" expects a way to each; a report no pane shows takes the last pane (`onShow`, as a jump to
 * its sentence does) and the link lands on it. Showing every report on a phone was the other way,
 * but the panes there are the same two as on a laptop, and what they share (marks, j / k) would change with it.
 */
export function SectionNav({ shown, compared, onShow }: { shown: Report[]; compared: Report[]; onShow(id: string): void }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => settleJump(event.currentTarget.hash.slice(1));
  return (
    <nav
      aria-label="Sections"
      className="sticky top-0 z-20 flex gap-1 overflow-x-auto border-b border-stone-300 bg-stone-50 px-2 py-1.5 font-sans text-sm lg:hidden dark:border-stone-700 dark:bg-stone-950"
    >
      {compared.map((report, index) => {
        const letter = reportLetter(index);
        // Named in full for screen readers and on hover; drawn short, as "Report A" or, from three
        // reports, "A": with three the row ran past a 390 px screen and "Facts & timeline" was cut off.
        const name = `Report ${letter}: ${reportName(report)}`;
        return (
          <a
            key={report.id}
            href={`#report-${letter}`}
            aria-label={name}
            title={name}
            onClick={(event) => {
              if (!shown.includes(report)) onShow(report.id);
              onClick(event);
            }}
            className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500"
          >
            <span className={compared.length > 2 ? 'sr-only' : undefined}>Report </span>
            {letter}
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
 * Aligns the section again while the jump settles. Paragraphs drawn only near the screen
 * (`content-visibility: auto`) take their real height as the jump brings them in and their estimated
 * one as it leaves them, each moving the section the browser had just aligned: a user test's first
 * jump to the analysis of three imported reports landed 303 px past its top, and with a one-off second
 * alignment another's still landed 63 px past it, its first line under the sticky tabs. So every
 * change of the page's height for a moment after the jump aligns it again, until the reader scrolls,
 * touches or types. The link's own jump still happens first (and without script).
 */
function settleJump(id: string): void {
  const until = performance.now() + SETTLE_MS;
  let stopped = false;
  let aligned: number | undefined;
  const stop = () => {
    stopped = true;
    for (const type of INPUTS) window.removeEventListener(type, stop);
  };
  // Each frame rather than on resize: the panes grow inside a page whose body keeps its size.
  const follow = () => {
    const section = document.getElementById(id);
    if (stopped || !section || performance.now() > until) return stop();
    const top = section.getBoundingClientRect().top;
    if (aligned === undefined || Math.abs(top - aligned) > 1) {
      section.scrollIntoView({ block: 'start' });
      aligned = section.getBoundingClientRect().top;
    }
    requestAnimationFrame(follow);
  };
  for (const type of INPUTS) window.addEventListener(type, stop, { passive: true });
  requestAnimationFrame(() => requestAnimationFrame(follow));
}
/** The reader's own scrolling, touching or typing, which a settling jump must not fight. */
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Long enough for the paragraphs a jump passes to be drawn; the reader's own input stops it sooner. */
const SETTLE_MS = 1000;
