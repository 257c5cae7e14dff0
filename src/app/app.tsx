import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { FactsPanel } from '../features/facts/facts-panel.tsx';
import { useLibrary } from '../features/library/use-library.ts';
import type { TextHighlight } from '../features/reader/report-pane.tsx';
import { ReaderView, type FocusRequest, type FocusTarget } from '../features/reader/reader-view.tsx';
import { BUNDLED_REPORT_IDS, bundledReportsQuery } from './bundled-reports.ts';
import { comparisonQuery } from './comparison-query.ts';
import { TEXT_SIZES, useSettings } from './settings.ts';
import { SidePanel } from './side-panel.tsx';
import { Toolbar } from './toolbar.tsx';
import { usePaneCount } from './use-pane-count.ts';
import { useSearchParam } from './use-search-param.ts';
import { useSelection } from './use-selection.ts';
import { reportLetter } from '../analysis/report/letter.ts';

// Code the first screen does not need: hidden tabs and the library (with its HTML import).
const TimelinePanel = lazy(() => import('../features/timeline/timeline-panel.tsx').then((m) => ({ default: m.TimelinePanel })));
const ExportMenu = lazy(() => import('../features/library/export-menu.tsx').then((m) => ({ default: m.ExportMenu })));
const LibraryDialog = lazy(() => import('./library-dialog.tsx'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

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
  const [selectedIds, setSelectedIds] = useSelection(BUNDLED_REPORT_IDS);
  const [libraryOpen, setLibraryOpen] = useState(false);

  // A saved copy of a bundled report (edited title or date) replaces it; the original text stays bundled.
  const allReports = useMemo(() => {
    const saved = new Map((library.reports ?? []).map((r) => [r.id, r as Report]));
    const base = (bundled.data ?? []).map((r) => saved.get(r.id) ?? r);
    const bundledIds = new Set(BUNDLED_REPORT_IDS);
    return [...base, ...(library.reports ?? []).filter((r) => !bundledIds.has(r.id))];
  }, [bundled.data, library.reports]);
  const compared = useMemo(
    () => selectedIds.map((id) => allReports.find((r) => r.id === id)).filter((r): r is Report => !!r),
    [selectedIds, allReports],
  );
  const paneCount = usePaneCount();
  const [paneChoice, setPaneChoice] = useState<string[]>([]);
  const shown = useMemo(() => choosePanes(compared, paneChoice, paneCount), [compared, paneChoice, paneCount]);

  // Memoised: the query key fingerprints every report's text, which should not run on every render.
  const comparisonOptions = useMemo(() => comparisonQuery(compared.length >= 2 ? compared : undefined), [compared]);
  const comparison = useQuery(comparisonOptions);
  const [factParam, setFactParam] = useSearchParam('fact');
  const [panel, setPanel] = useState('facts');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [textHighlight, setTextHighlight] = useState<TextHighlight | null>(null);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const nonce = useRef(0);
  const request = useCallback((target: FocusTarget) => setFocusRequest({ ...target, nonce: ++nonce.current }), []);

  useEffect(() => {
    document.documentElement.style.setProperty('--reader-font-size', TEXT_SIZES[settings.textSize] ?? TEXT_SIZES[1]);
  }, [settings.textSize]);

  // A deep link (?fact=f3) scrolls to its fact once the analysis has arrived.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !comparison.data) return;
    restored.current = true;
    if (factParam && comparison.data.facts.some((f) => f.id === factParam)) request({ kind: 'fact', factId: factParam });
  }, [comparison.data, factParam, request]);

  const loading = bundled.isPending || library.reports === undefined;
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <a href="#reports" className="sr-only z-50 rounded bg-amber-300 px-3 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        Skip to the reports
      </a>
      <header className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-stone-300 px-4 py-3 lg:h-16 lg:py-0 dark:border-stone-700">
        <h1 className="font-sans text-lg font-bold tracking-tight">
          Parallax <span className="hidden font-normal text-stone-600 sm:inline dark:text-stone-400">· reports side by side</span>
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            onClick={() => setLibraryOpen(true)}
            className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800"
          >
            Library &amp; import <span className="font-normal">({compared.length} compared)</span>
          </button>
          <Toolbar />
        </div>
      </header>
      {compared.length > 0 && (
        // On a phone the panes stack: these links jump between the reports and the analysis.
        <nav aria-label="Sections" className="sticky top-0 z-20 flex gap-1 overflow-x-auto border-b border-stone-300 bg-stone-50 px-2 py-1.5 font-sans text-sm lg:hidden dark:border-stone-700 dark:bg-stone-950">
          {shown.map((report) => {
            const letter = reportLetter(compared.indexOf(report));
            return (
              <a key={report.id} href={`#report-${letter}`} className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500">
                Report {letter}
              </a>
            );
          })}
          <a href="#analysis" className="rounded border border-stone-400 px-2.5 py-1 font-semibold whitespace-nowrap dark:border-stone-500">
            Facts &amp; timeline
          </a>
        </nav>
      )}
      <main id="reports" tabIndex={-1} className="grid min-h-0 flex-1 grid-cols-1 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 lg:h-[calc(100dvh-4rem)]">
          {loading ? (
            <p role="status" className="p-6">Loading reports…</p>
          ) : bundled.isError ? (
            <div role="alert" className="m-6 rounded border border-rose-700 p-4">
              <p className="font-semibold">The bundled reports could not be loaded.</p>
              <p>{bundled.error.message}</p>
              <button type="button" className="mt-2 rounded border px-2 py-1" onClick={() => void bundled.refetch()}>Try again</button>
            </div>
          ) : compared.length === 0 ? (
            <p role="status" className="p-6">No report is chosen. Open the library to choose or import reports to compare.</p>
          ) : (
            <ReaderView
              reports={shown}
              compared={compared}
              onChoosePane={(index, id) => setPaneChoice(Object.assign([...shown.map((r) => r.id)], { [index]: id }))}
              comparison={comparison.data}
              syncScroll={settings.syncScroll}
              activeFactId={factParam}
              onActiveFactChange={setFactParam}
              textHighlight={textHighlight}
              focusRequest={focusRequest}
              onShowEvent={(eventId) => {
                setSelectedEventId(eventId);
                setPanel('timeline');
              }}
            />
          )}
        </div>
        <aside id="analysis" aria-label="Facts and timeline" className="min-w-0 scroll-mt-12 border-t border-stone-300 xl:h-[calc(100dvh-4rem)] xl:border-t-0 xl:border-l dark:border-stone-700">
          {compared.length === 1 && (
            <p role="status" className="m-3 rounded border border-stone-400 p-3 text-sm">Choose at least two reports in the library to find what they share.</p>
          )}
          <AnalysisStatus pending={comparison.isFetching && !comparison.data} error={comparison.error} />
          <SidePanel
            selected={panel}
            onSelect={setPanel}
            tabs={[
              {
                id: 'facts',
                label: 'Facts',
                content: (
                  <FactsPanel
                    reports={compared}
                    comparison={comparison.data}
                    activeFactId={factParam}
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
                ),
              },
              {
                id: 'timeline',
                label: 'Timeline',
                content: (
                  <Suspense fallback={<p className="p-4 text-sm">Loading the timeline…</p>}>
                    <TimelinePanel
                      events={comparison.data?.timeline ?? []}
                      reports={compared}
                      selectedEventId={selectedEventId}
                      onSelectEvent={(event) => {
                        setSelectedEventId(event.id);
                        const mention = event.mentions.find((m) => shown.some((r) => r.id === m.report)) ?? event.mentions[0];
                        if (!mention) return;
                        setPaneChoice(ensureShown(shown, mention.report));
                        setTextHighlight({ report: mention.report, sentence: mention.sentence, start: mention.start, end: mention.end });
                        request({ kind: 'sentence', report: mention.report, sentence: mention.sentence });
                      }}
                    />
                  </Suspense>
                ),
              },
              {
                id: 'export',
                label: 'Export',
                content: (
                  <Suspense fallback={<p className="p-4 text-sm">Loading…</p>}>
                    <ExportMenu reports={compared} comparison={comparison.data} />
                  </Suspense>
                ),
              },
            ]}
          />
        </aside>
      </main>
      {libraryOpen && (
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
      )}
    </div>
  );
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

function AnalysisStatus({ pending, error }: { pending: boolean; error: Error | null }) {
  if (error) {
    return (
      <p role="alert" className="m-3 rounded border border-rose-700 p-3 text-sm">
        Analysis failed: {error.message}. The reports are still readable.
      </p>
    );
  }
  if (!pending) return null;
  return (
    <div role="status" className="m-3 flex items-center gap-3 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
      <progress className="h-2 w-24 accent-amber-700" aria-label="Analysis progress" />
      Finding shared facts and dates…
    </div>
  );
}
