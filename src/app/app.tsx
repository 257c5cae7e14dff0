import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { withPublished } from '../analysis/report/with-published.ts';
import { libraryStorage } from '../features/library/storage.ts';
import { useLibrary } from '../features/library/use-library.ts';
import type { TextHighlight } from '../features/reader/report-pane.tsx';
import { ReaderView, type FocusRequest, type FocusTarget } from '../features/reader/reader-view.tsx';
import { BUNDLED_REPORT_IDS, bundledReportsQuery } from './bundled-reports.ts';
import { comparisonQuery } from './comparison-query.ts';
import { startAnalysisWorker } from '../worker/analysis-client.ts';
import { isTyping } from '../shared/is-typing.ts';
import { KeysDialog } from './keys-dialog.tsx';
import { TEXT_SIZES, updateSettings, useSettings } from './settings.ts';
import { FactsTab, SidePanel } from './side-panel.tsx';
import { OpenFullTimeline, TimelineView, useAppView, ViewSwitch } from './full-timeline.tsx';
import { Toolbar } from './toolbar.tsx';
import { usePaneCount } from './use-pane-count.ts';
import { setSearchParam, useSearchParam } from './use-search-param.ts';
import { useSelection } from './use-selection.ts';
import { reloadKeepingLibrary, ViewBoundary } from './error-fallback.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { reportLetter } from '../analysis/report/letter.ts';

// Code the first screen does not need: hidden tabs and the library (with its HTML import).
const TimelinePanel = lazy(() => import('../features/timeline/timeline-panel.tsx').then((m) => ({ default: m.TimelinePanel })));
const ExportMenu = lazy(() => import('../features/library/export-menu.tsx').then((m) => ({ default: m.ExportMenu })));
const LibraryDialog = lazy(() => import('./library-dialog.tsx'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

// Started as the app's code runs, not once it has rendered: the texts (with the parser chunk) and the
// worker load side by side with the first render instead of one after another.
void queryClient.prefetchQuery(bundledReportsQuery());
startAnalysisWorker();
// The library opens its database as it is created; the reader waits for its saved reports.
libraryStorage();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const settings = useSettings();
  const bundled = useQuery(bundledReportsQuery());
  const library = useLibrary();
  // What storage really holds, once read: the saved selection is reconciled with it on load.
  const knownIds = useMemo(() => library.reports && new Set([...BUNDLED_REPORT_IDS, ...library.reports.map((r) => r.id)]), [library.reports]);
  const [selectedIds, setSelectedIds] = useSelection(BUNDLED_REPORT_IDS, knownIds, { persistent: library.status === 'persistent' });
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);

  // A saved copy of a bundled report (edited title or date) replaces it; the original text stays bundled.
  const allReports = useMemo(() => {
    const saved = new Map((library.reports ?? []).map((r) => [r.id, r as Report]));
    const base = (bundled.data ?? []).map((r) => saved.get(r.id) ?? r);
    const bundledIds = new Set(BUNDLED_REPORT_IDS);
    return [...base, ...(library.reports ?? []).filter((r) => !bundledIds.has(r.id))];
  }, [bundled.data, library.reports]);
  const compared = useMemo(() => selectedIds.map((id) => allReports.find((r) => r.id === id)).filter((r): r is Report => !!r), [selectedIds, allReports]);
  const paneCount = usePaneCount();
  const [paneChoice, setPaneChoice] = useState<string[]>([]);
  const shown = useMemo(() => choosePanes(compared, paneChoice, paneCount), [compared, paneChoice, paneCount]);

  // Memoised: the query key fingerprints every report's text, which should not run on every render.
  // The reader may show the bundled reports before the library is read (below); the analysis waits
  // for it, since a saved copy of a bundled report (an edited date) would change its input.
  const libraryRead = library.reports !== undefined;
  const comparisonOptions = useMemo(() => comparisonQuery(libraryRead && compared.length >= 2 ? compared : undefined), [compared, libraryRead]);
  const comparison = useQuery(comparisonOptions);
  // The result of a large comparison is a big render: deferred, React renders it in slices that
  // yield to input, instead of inside the query's notification in one block.
  const analysis = useDeferredValue(comparison.data);
  // The active fact (`?fact=`) is read by the components that show it (WithActiveFact), not here:
  // `j` changes it, and must not re-render the whole shell.
  const setFactParam = useCallback((factId: string | null) => setSearchParam('fact', factId), []);
  const [view, setView] = useAppView();
  const [panel, setPanel] = useState('facts');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [textHighlight, setTextHighlight] = useState<TextHighlight | null>(null);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const nonce = useRef(0);
  const request = useCallback((target: FocusTarget) => setFocusRequest({ ...target, nonce: ++nonce.current }), []);

  // A date set from the timeline or the reader is saved like a library edit (a bundled report gets a
  // saved copy), so it survives a reload; the new fingerprint re-runs the analysis.
  const { saveReport } = library;
  const setPublished = useCallback(
    (reportId: string, date: string) => {
      const report = allReports.find((r) => r.id === reportId);
      if (report) void saveReport(withUserDate(report, date), report);
    },
    [allReports, saveReport],
  );
  // Marks the time expression and brings its sentence into view, showing its report if it is not in a pane.
  const showMention = (mention: TextHighlight) => {
    setPaneChoice(ensureShown(shown, mention.report));
    setTextHighlight({ report: mention.report, sentence: mention.sentence, start: mention.start, end: mention.end });
    request({ kind: 'sentence', report: mention.report, sentence: mention.sentence });
  };

  useEffect(() => {
    document.documentElement.style.setProperty('--reader-font-size', TEXT_SIZES[settings.textSize] ?? TEXT_SIZES[1]);
  }, [settings.textSize]);
  useEffect(() => {
    // Read by CSS (index.css), so switching the mark off re-renders no sentence.
    document.documentElement.dataset.uniqueMarks = settings.markUnique ? 'on' : 'off';
  }, [settings.markUnique]);

  // A deep link (?fact=f3) scrolls to its fact once the analysis has arrived.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !analysis) return;
    restored.current = true;
    const factParam = new URLSearchParams(window.location.search).get('fact');
    if (factParam && analysis.facts.some((f) => f.id === factParam)) request({ kind: 'fact', factId: factParam });
  }, [analysis, request]);

  // `?` (Shift+/) lists the keys, from anywhere except text fields and other open dialogs.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setKeysOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const openLibrary = () => setLibraryOpen(true);
  const analysisOpen = settings.analysisOpen;
  // Reports chosen from the library wait for it; bundled ones show as soon as they are parsed, and a
  // saved copy (the same text, an edited title or date) replaces one when the library answers.
  const loading = bundled.isPending || (!libraryRead && selectedIds.some((id) => !BUNDLED_REPORT_IDS.includes(id)));
  return (
    // From 1024 px the page is exactly one screen high and never scrolls as a whole: the panes and the
    // analysis column scroll inside it (`overflow-clip`, unlike `hidden`, cannot be scrolled by a jump).
    <div className="flex min-h-dvh flex-col bg-stone-50 lg:h-dvh lg:overflow-clip text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <a
        href={view === 'timeline' ? '#timeline-view' : '#reports'}
        className="sr-only z-50 rounded bg-amber-300 px-3 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {view === 'timeline' ? 'Skip to the timeline' : 'Skip to the reports'}
      </a>
      <header className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-stone-300 px-4 py-3 lg:min-h-16 lg:py-2 dark:border-stone-700">
        <h1 className="font-sans text-lg font-bold tracking-tight">
          Parallax <span className="hidden font-normal text-stone-600 sm:inline lg:hidden xl:inline dark:text-stone-400">· reports side by side</span>
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <ViewSwitch view={view} onChange={setView} />
          <button
            type="button"
            onClick={openLibrary}
            className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800"
          >
            Library &amp; import <span className="font-normal">({compared.length} compared)</span>
          </button>
          {/* 1024–1279 px: no room for a fixed analysis column, so it opens beside the panes on demand. */}
          <button
            type="button"
            hidden={view !== 'reader'}
            aria-expanded={analysisOpen}
            aria-controls="analysis"
            onClick={() => updateSettings({ analysisOpen: !analysisOpen })}
            className="hidden items-center gap-1.5 rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-expanded:bg-stone-200 lg:inline-flex xl:hidden dark:border-stone-500 dark:hover:bg-stone-800 dark:aria-expanded:bg-stone-800"
          >
            <span aria-hidden="true">{analysisOpen ? '▸' : '◂'}</span>
            Facts &amp; timeline
          </button>
          <Toolbar onShowKeys={() => setKeysOpen(true)} />
        </div>
      </header>
      <UpdatePrompt onReload={() => void reloadKeepingLibrary()} />
      {(compared.length > 0 || loading) && view === 'reader' && (
        // On a phone the panes stack: these links jump between the reports and the analysis. Shown
        // while the reports load too (one row either way), so the reports do not move down when they arrive.
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
      )}
      <main
        id="reports"
        tabIndex={-1}
        hidden={view !== 'reader'}
        className={`grid min-h-0 flex-1 grid-cols-1 lg:grid-rows-[minmax(0,1fr)] ${analysisOpen ? 'lg:grid-cols-[minmax(0,1fr)_22rem]' : ''} xl:grid-cols-[minmax(0,1fr)_24rem]`}
      >
        <div className="flex min-w-0 flex-col lg:min-h-0">
          {loading ? (
            // A screen high on a phone, so the analysis below it stays below the fold until the text replaces it.
            <p role="status" className="min-h-dvh p-6 lg:min-h-0">
              Loading reports…
            </p>
          ) : bundled.isError ? (
            <div role="alert" className="m-6 rounded border border-rose-700 p-4">
              <p className="font-semibold">The bundled reports could not be loaded.</p>
              <p>{bundled.error.message}</p>
              <button type="button" className="mt-2 rounded border px-2 py-1" onClick={() => void bundled.refetch()}>
                Try again
              </button>
            </div>
          ) : compared.length === 0 ? (
            <NextStep onOpenLibrary={openLibrary}>No report is chosen yet.</NextStep>
          ) : (
            <>
              {compared.length === 1 && (
                <NextStep onOpenLibrary={openLibrary} compact>
                  Only one report is chosen, so there is nothing to compare it with yet.
                </NextStep>
              )}
              <div className="min-h-0 flex-1">
                <WithActiveFact>
                  {(activeFactId) => (
                    <ReaderView
                      reports={shown}
                      compared={compared}
                      onChoosePane={(index, id) => setPaneChoice(Object.assign([...shown.map((r) => r.id)], { [index]: id }))}
                      comparison={analysis}
                      syncScroll={settings.syncScroll}
                      activeFactId={activeFactId}
                      onActiveFactChange={setFactParam}
                      textHighlight={textHighlight}
                      focusRequest={focusRequest}
                      onShowEvent={(eventId) => {
                        setSelectedEventId(eventId);
                        setPanel('timeline');
                        if (!analysisOpen) updateSettings({ analysisOpen: true });
                      }}
                      onSetPublished={setPublished}
                    />
                  )}
                </WithActiveFact>
              </div>
            </>
          )}
        </div>
        <aside
          id="analysis"
          aria-label="Facts and timeline"
          className={`flex min-w-0 scroll-mt-12 flex-col border-t border-stone-300 lg:min-h-0 lg:border-t-0 lg:border-l ${analysisOpen ? '' : 'lg:hidden'} xl:flex dark:border-stone-700`}
        >
          <AnalysisError error={comparison.error} />
          <div className="min-h-0 flex-1">
            <SidePanel
              selected={panel}
              onSelect={setPanel}
              tabs={[
                {
                  id: 'facts',
                  label: 'Facts',
                  content: (
                    <WithActiveFact>
                      {(activeFactId) => (
                        <FactsTab
                          reports={compared}
                          comparison={analysis}
                          // In the tab's place rather than above the tabs, so nothing moves when it goes.
                          progress={!analysis && !comparison.error && compared.length >= 2 ? <AnalysisProgress /> : null}
                          activeFactId={activeFactId}
                          onSelectFact={(factId) => {
                            setFactParam(factId);
                            setTextHighlight(null);
                            request({ kind: 'fact', factId });
                          }}
                          onSelectSentence={(report, sentence) => {
                            setPaneChoice(ensureShown(shown, report));
                            request({ kind: 'sentence', report, sentence });
                          }}
                        />
                      )}
                    </WithActiveFact>
                  ),
                },
                {
                  id: 'timeline',
                  label: 'Timeline',
                  content: (
                    <ViewBoundary what="The timeline">
                      <Suspense fallback={<p className="p-4 text-sm">Loading the timeline…</p>}>
                        <OpenFullTimeline onOpen={setView} />
                        <TimelinePanel
                          events={analysis?.timeline ?? []}
                          unplaced={analysis?.unplaced}
                          loading={comparison.isFetching && !analysis}
                          reports={compared}
                          selectedEventId={selectedEventId}
                          onSelectEvent={(event) => {
                            setSelectedEventId(event.id);
                            const mention = event.mentions.find((m) => shown.some((r) => r.id === m.report)) ?? event.mentions[0];
                            if (mention) showMention(mention);
                          }}
                          onSelectMention={(mention) => {
                            setSelectedEventId(null);
                            showMention(mention);
                          }}
                          onSetPublished={setPublished}
                        />
                      </Suspense>
                    </ViewBoundary>
                  ),
                },
                {
                  id: 'export',
                  label: 'Export',
                  content: (
                    <ViewBoundary what="The export menu">
                      <Suspense fallback={<p className="p-4 text-sm">Loading…</p>}>
                        <ExportMenu reports={compared} comparison={analysis} />
                      </Suspense>
                    </ViewBoundary>
                  ),
                },
              ]}
            />
          </div>
        </aside>
      </main>
      {view === 'timeline' && (
        // Replaces the reader, which stays mounted (hidden) so it keeps its state for the way back.
        <main id="timeline-view" tabIndex={-1} className="min-h-0 flex-1 lg:overflow-y-auto">
          <ViewBoundary what="The full timeline" onClose={() => setView('reader')}>
            <Suspense
              fallback={
                <p role="status" className="p-4 font-sans text-sm">
                  Loading the timeline…
                </p>
              }
            >
              <TimelineView
                events={analysis?.timeline ?? []}
                reports={compared}
                pending={loading || (comparison.isFetching && !analysis)}
                unplacedCount={analysis?.unplaced?.length ?? 0}
                onBack={() => {
                  setView('reader');
                  // The view that had focus is gone: the reader takes it, as the skip link would give it.
                  requestAnimationFrame(() => document.getElementById('reports')?.focus({ preventScroll: true }));
                }}
                onOpenEvent={(event) => {
                  setView('reader');
                  setSelectedEventId(event.id);
                  const mention = event.mentions.find((m) => shown.some((r) => r.id === m.report)) ?? event.mentions[0];
                  if (mention) showMention(mention);
                }}
              />
            </Suspense>
          </ViewBoundary>
        </main>
      )}
      <KeysDialog open={keysOpen} onClose={() => setKeysOpen(false)} />
      {libraryOpen && (
        <ViewBoundary what="The library" layout="overlay" onClose={() => setLibraryOpen(false)}>
          <Suspense fallback={null}>
            <LibraryDialog
              open={libraryOpen}
              onClose={() => setLibraryOpen(false)}
              library={library}
              reports={allReports}
              bundledIds={BUNDLED_REPORT_IDS}
              selectedIds={selectedIds}
              onSelect={setSelectedIds}
              shownIds={shown.map((r) => r.id)}
              onShow={setPaneChoice}
            />
          </Suspense>
        </ViewBoundary>
      )}
    </div>
  );
}

/**
 * The report with a publication date the reader gave. A new date goes through `withPublished`; the
 * same date, given in a form that said it was inferred, is a confirmation, so the mark goes.
 */
function withUserDate(report: Report, date: string): Report {
  return report.published === date ? { ...report, publishedFrom: 'user' } : withPublished(report, date, 'user');
}

/** The reports shown in panes: the user's choice per pane where still compared, then the rest in order. */
function choosePanes(compared: Report[], choice: string[], count: number): Report[] {
  const shown: Report[] = [];
  for (const id of choice) {
    const report = compared.find((r) => r.id === id);
    if (report && !shown.includes(report) && shown.length < count) shown.push(report);
  }
  for (const report of compared) if (shown.length < count && !shown.includes(report)) shown.push(report);
  return shown;
}

/** Pane ids with `report` shown: it replaces the last pane when it is not on screen. */
function ensureShown(shown: Report[], report: string): string[] {
  const ids = shown.map((r) => r.id);
  if (ids.includes(report)) return ids;
  return [...ids.slice(0, -1), report];
}

/** What to do when fewer than two reports are compared: the library is where reports are added and chosen. */
function NextStep({ children, onOpenLibrary, compact = false }: { children: ReactNode; onOpenLibrary: () => void; compact?: boolean }) {
  return (
    <div
      role="status"
      className={`${compact ? 'm-3 shrink-0 p-3' : 'm-6 max-w-prose p-5'} rounded border border-stone-400 font-sans text-sm dark:border-stone-500`}
    >
      <p className={compact ? '' : 'text-base font-semibold'}>{children}</p>
      <p className="mt-1">Compare two or more reports: open Library &amp; import to add or choose reports.</p>
      <button
        type="button"
        onClick={onOpenLibrary}
        className="mt-3 rounded bg-amber-700 px-3 py-1.5 font-semibold text-white hover:bg-amber-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
      >
        Choose or import reports
      </button>
    </div>
  );
}

/** The active fact (`?fact=`), subscribed here so that a change re-renders only what shows it. */
function WithActiveFact({ children }: { children: (activeFactId: string | null) => ReactNode }) {
  const [activeFactId] = useSearchParam('fact');
  return children(activeFactId);
}

function AnalysisError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="m-3 rounded border border-rose-700 p-3 text-sm">
      Analysis failed: {error.message}. The reports are still readable.
    </p>
  );
}

function AnalysisProgress() {
  return (
    <div role="status" className="m-3 flex items-center gap-3 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
      <progress className="h-2 w-24 accent-amber-700" aria-label="Analysis progress" />
      Finding shared facts and dates…
    </div>
  );
}
