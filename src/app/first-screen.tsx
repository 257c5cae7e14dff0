import type { Report } from '../analysis/report/types.ts';
import { reportLetter } from '../analysis/report/letter.ts';
import { formatIsoDay } from '../analysis/timeline/format-day.ts';
import { publishedNote } from '../shared/published-note.ts';
import type { Settings } from './settings.ts';
import { reportName } from '../shared/report-name.ts';

/**
 * The marker on the prerendered first screen: `first-screen-head.js` hides it (index.css) for a
 * visitor whose saved choices differ from what it shows, and the e2e tests find it by it.
 */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/**
 * The saved settings the prerender can show: the head script applies the theme and the text size to
 * the page and sets the controls marked `data-setting` (the theme, the size and its two buttons, the
 * checkboxes) as the app's toolbar would. Any other saved setting (the facts panel open) changes the
 * layout, and hides the prerender from that visitor.
 */
export const SHOWN_SETTINGS: (keyof Settings)[] = ['theme', 'textSize', 'syncScroll', 'markUnique'];

/**
 * The reader's first screen as static HTML, rendered at build time (vite.config.ts, `prerender`) into
 * index.html's #root with `renderToStaticMarkup`, so the browser paints the bundled reports' text
 * before any JavaScript has run. React's first render (createRoot, main.tsx) replaces it whole.
 *
 * It is what the app's first frame shows with the default settings, the default URL and the bundled
 * reports compared: the same elements and classes (app.tsx, app-header.tsx, toolbar.tsx,
 * section-nav.tsx, side-panel.tsx, reader-view.tsx, report-pane.tsx), so nothing moves when the
 * app's render replaces it. The controls, which do nothing before the code runs, are `inert` (out of
 * the tab order and the accessibility tree); the articles, the skip link and the section links are
 * real. Text goes through React, escaped, never as HTML.
 */
export function FirstScreen({ reports }: { reports: Report[] }) {
  const viewLink =
    'rounded px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white dark:hover:bg-stone-800 dark:aria-[current=page]:bg-stone-200 dark:aria-[current=page]:text-stone-950';
  const button = 'rounded border border-stone-400 px-2 py-1 font-semibold hover:bg-stone-200 disabled:opacity-40 dark:border-stone-500 dark:hover:bg-stone-800';
  return (
    <>
      {/* Shown (index.css) only when the app's code could not be fetched (first-screen-loader.js marks <html>):
          the page then says why nothing but reading works, also to a visitor whose prerender is hidden. */}
      <p
        role="alert"
        data-app-failed-message=""
        className="border-b border-red-800 bg-red-50 px-4 py-2 font-sans text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
      >
        Parallax could not load the rest of its code, so the reports can be read but not compared. Check the connection and reload the page.
      </p>
      <div
        {...{ [FIRST_SCREEN_ATTRIBUTE]: '' }}
        className="flex min-h-dvh flex-col bg-stone-50 lg:h-dvh lg:overflow-clip text-stone-900 dark:bg-stone-950 dark:text-stone-100"
      >
        <a
          href="#reports"
          className="sr-only z-50 rounded bg-amber-300 px-3 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to the reports
        </a>
        <header className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-stone-300 px-4 py-3 lg:min-h-16 lg:py-2 dark:border-stone-700">
          <h1 className="font-sans text-lg font-bold tracking-tight">
            Parallax <span className="hidden font-normal text-stone-600 sm:inline lg:hidden xl:inline dark:text-stone-400">· reports side by side</span>
          </h1>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <nav aria-label="Views" className="flex rounded border border-stone-400 p-0.5 dark:border-stone-500">
              <a href="/" aria-current="page" className={viewLink}>
                Reader
              </a>
              <a href="/?view=timeline" className={viewLink}>
                Full timeline
              </a>
            </nav>
            <button
              inert
              type="button"
              className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              Library &amp; import <span className="font-normal">({reports.length} compared)</span>
            </button>
            <button
              inert
              type="button"
              aria-expanded={false}
              className="hidden items-center gap-1.5 rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-expanded:bg-stone-200 lg:inline-flex xl:hidden dark:border-stone-500 dark:hover:bg-stone-800 dark:aria-expanded:bg-stone-800"
            >
              <span aria-hidden="true">◂</span>
              Facts &amp; timeline
            </button>
            <div inert className="flex flex-wrap items-center gap-x-4 gap-y-2 font-sans text-sm">
              <label className="flex items-center gap-1.5">
                Theme
                <select
                  data-setting="theme"
                  defaultValue="system"
                  className="rounded border border-stone-400 bg-white px-1.5 py-1 dark:border-stone-500 dark:bg-stone-900"
                >
                  <option value="system">System</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </select>
              </label>
              <div role="group" aria-label="Text size" className="flex items-center gap-1">
                <span aria-hidden="true">Text</span>
                <button type="button" data-setting="smaller" className={button}>
                  A−<span className="sr-only"> Smaller text</span>
                </button>
                <output data-setting="textSize" className="w-10 text-center tabular-nums">
                  100%
                </output>
                <button type="button" data-setting="larger" className={button}>
                  A+<span className="sr-only"> Larger text</span>
                </button>
              </div>
              <label className="hidden items-center gap-1.5 lg:flex">
                <input type="checkbox" data-setting="syncScroll" defaultChecked className="size-4 accent-amber-700" />
                Sync scrolling
              </label>
              <label className="flex items-center gap-1.5">
                <input type="checkbox" data-setting="markUnique" defaultChecked className="size-4 accent-amber-700" />
                Mark “only here”
              </label>
              <button type="button" className={`${button} hidden sm:inline-block`}>
                Keys
              </button>
            </div>
          </div>
        </header>
        <nav
          aria-label="Sections"
          className="sticky top-0 z-20 flex gap-1 overflow-x-auto border-b border-stone-300 bg-stone-50 px-2 py-1.5 font-sans text-sm lg:hidden dark:border-stone-700 dark:bg-stone-950"
        >
          {reports.map((report, index) => (
            <a
              key={report.id}
              href={`#report-${reportLetter(index)}`}
              aria-label={`Report ${reportLetter(index)}: ${reportName(report)}`}
              title={`Report ${reportLetter(index)}: ${reportName(report)}`}
              className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500"
            >
              <span>Report </span>
              {reportLetter(index)}
            </a>
          ))}
          <a href="#analysis" className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500">
            Facts &amp; timeline
          </a>
        </nav>
        <main id="reports" tabIndex={-1} className="grid min-h-0 flex-1 grid-cols-1 lg:grid-rows-[minmax(0,1fr)] xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="flex min-w-0 flex-col lg:min-h-0">
            <div className="min-h-0 flex-1">
              <div
                // Two panes (the plugin prerenders two reports only): classes, since a `style` attribute in the page would break the CSP.
                className="grid min-h-0 grid-cols-1 divide-y divide-stone-300 [--panes:2] lg:h-full lg:grid-cols-[repeat(var(--panes),minmax(0,1fr))] lg:divide-x lg:divide-y-0 dark:divide-stone-700"
                aria-busy
              >
                {reports.map((report, index) => (
                  <ReportSection key={report.id} report={report} letter={reportLetter(index)} />
                ))}
              </div>
            </div>
          </div>
          <aside
            id="analysis"
            aria-label="Facts and timeline"
            className="flex min-w-0 scroll-mt-12 flex-col border-t border-stone-300 lg:min-h-0 lg:border-t-0 lg:border-l lg:hidden xl:flex dark:border-stone-700"
          >
            <div className="min-h-0 flex-1">
              <div className="flex h-full min-h-0 flex-col">
                <div inert className="flex shrink-0 gap-1 border-b border-stone-300 px-3 pt-2 dark:border-stone-700">
                  {['Facts', 'Timeline', 'Export'].map((label, index) => (
                    <span
                      key={label}
                      aria-selected={index === 0}
                      className="-mb-px rounded-t border border-transparent px-3 py-2 font-sans text-sm font-semibold text-stone-600 aria-selected:border-stone-300 aria-selected:border-b-stone-50 aria-selected:bg-stone-50 aria-selected:text-stone-900 dark:text-stone-400 dark:aria-selected:border-stone-700 dark:aria-selected:border-b-stone-950 dark:aria-selected:bg-stone-950 dark:aria-selected:text-stone-50"
                    >
                      {label}
                    </span>
                  ))}
                </div>
                <div className="min-h-0 flex-1 overflow-y-auto">
                  <div className="m-3 flex items-center gap-3 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
                    <progress className="h-2 w-24 accent-amber-700" aria-label="Analysis progress" />
                    Finding shared facts and dates…
                  </div>
                </div>
              </div>
            </div>
          </aside>
        </main>
      </div>
    </>
  );
}

/** One report's pane as reader-view.tsx and report-pane.tsx draw it before the analysis arrives. */
function ReportSection({ report, letter }: { report: Report; letter: string }) {
  const headingId = `first-screen-heading-${letter}`;
  const note = report.published ? publishedNote(report.publishedFrom, report.filed) : null;
  return (
    <section id={`report-${letter}`} aria-label={`Report ${letter}: ${reportName(report)}`} className="flex min-h-0 min-w-0 scroll-mt-12 flex-col">
      <div className="flex min-h-0 min-w-0 flex-col lg:flex-1 lg:flex-row">
        <div className="relative min-w-0 lg:min-h-0 lg:flex-1 lg:overflow-y-auto lg:overscroll-contain">
          <article aria-labelledby={headingId} className="mx-auto max-w-[68ch] px-4 py-6 sm:px-6">
            <header className="mb-5 border-b border-stone-300 pb-4 dark:border-stone-700">
              <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                Report {letter}
                {report.source ? <> · {report.source}</> : null}
              </p>
              <h2 id={headingId} className="font-serif text-2xl leading-tight font-bold text-stone-900 sm:text-[1.7rem] dark:text-stone-50">
                {report.title || <span className="italic text-stone-600 dark:text-stone-400">{reportName(report)}</span>}
              </h2>
              <p className="mt-2 flex flex-wrap items-baseline gap-x-2 font-sans text-sm text-stone-600 dark:text-stone-400">
                <span>
                  {report.published ? (
                    <>
                      Published <time dateTime={report.published}>{formatIsoDay(report.published.slice(0, 10))}</time>
                      {note && <span> ({note})</span>}
                    </>
                  ) : (
                    'Publication date unknown'
                  )}
                </span>
                {(note || !report.published) && (
                  <span
                    inert
                    className="rounded border border-stone-400 px-2 py-0.5 text-xs font-semibold text-stone-800 dark:border-stone-500 dark:text-stone-200"
                  >
                    {report.published ? 'Correct' : 'Set date'}
                  </span>
                )}
              </p>
            </header>
            <div className="reader-body font-serif text-[length:var(--reader-font-size)] leading-relaxed text-stone-900 dark:text-stone-100">
              {/* Without report-pane.tsx's `content-visibility: auto`: it spares a long report's layout, but the
                  bundled pair is short, and on the first paint it cost a second layout pass (~13 ms, bench:browser). */}
              {report.paragraphs.map((text, index) => (
                <p key={index} className="mb-4 break-words">
                  {text}
                </p>
              ))}
            </div>
            {report.removed.length === 0 ? (
              <p className="mt-8 font-sans text-sm text-stone-600 dark:text-stone-400">No text was removed from this report.</p>
            ) : (
              <details className="mt-8 rounded border border-stone-300 p-3 font-sans text-sm dark:border-stone-700">
                <summary className="cursor-pointer font-semibold text-stone-700 dark:text-stone-300">
                  Show removed text ({report.removed.length} {report.removed.length === 1 ? 'line' : 'lines'})
                </summary>
                <p className="mt-2 text-stone-600 dark:text-stone-400">Site furniture dropped from the reading view: menus, bylines, stamps, legal lines.</p>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300">
                  {report.removed.map((line, index) => (
                    <li key={index} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </article>
        </div>
        <div
          aria-hidden="true"
          className="relative hidden w-4 shrink-0 border-l border-stone-300 bg-stone-100 lg:block dark:border-stone-700 dark:bg-stone-900"
        />
      </div>
    </section>
  );
}
