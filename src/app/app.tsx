import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { FactsPanel } from '../features/facts/facts-panel.tsx';
import type { TextHighlight } from '../features/reader/report-pane.tsx';
import { ReaderView, type FocusRequest } from '../features/reader/reader-view.tsx';
import { bundledReportsQuery } from './bundled-reports.ts';
import { comparisonQuery } from './comparison-query.ts';
import { TEXT_SIZES, useSettings } from './settings.ts';
import { SidePanel } from './side-panel.tsx';
import { Toolbar } from './toolbar.tsx';
import { useSearchParam } from './use-search-param.ts';

// The timeline sits in a tab that starts hidden: keep its code off the first paint.
const TimelinePanel = lazy(() => import('../features/timeline/timeline-panel.tsx').then((m) => ({ default: m.TimelinePanel })));

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
  const reports = useQuery(bundledReportsQuery());
  const comparison = useQuery(comparisonQuery(reports.data));
  const [factParam, setFactParam] = useSearchParam('fact');
  const [panel, setPanel] = useState('facts');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [textHighlight, setTextHighlight] = useState<TextHighlight | null>(null);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const nonce = useRef(0);
  const request = useCallback((r: FocusRequest extends infer T ? (T extends unknown ? Omit<T, 'nonce'> : never) : never) => setFocusRequest({ ...r, nonce: ++nonce.current } as FocusRequest), []);

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

  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <a href="#reports" className="sr-only z-50 rounded bg-amber-300 px-3 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        Skip to the reports
      </a>
      <header className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-stone-300 px-4 py-3 lg:h-16 lg:py-0 dark:border-stone-700">
        <h1 className="font-sans text-lg font-bold tracking-tight">
          Parallax <span className="font-normal text-stone-600 dark:text-stone-400">· two reports, one event</span>
        </h1>
        <Toolbar />
      </header>
      <main id="reports" tabIndex={-1} className="grid min-h-0 flex-1 grid-cols-1 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 lg:h-[calc(100dvh-4rem)]">
          {reports.isPending ? (
            <p role="status" className="p-6">Loading reports…</p>
          ) : reports.isError ? (
            <div role="alert" className="m-6 rounded border border-rose-700 p-4">
              <p className="font-semibold">The reports could not be loaded.</p>
              <p>{reports.error.message}</p>
              <button type="button" className="mt-2 rounded border px-2 py-1" onClick={() => void reports.refetch()}>Try again</button>
            </div>
          ) : (
            <ReaderView
              reports={reports.data}
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
        <aside aria-label="Facts and timeline" className="min-w-0 border-t border-stone-300 xl:h-[calc(100dvh-4rem)] xl:border-t-0 xl:border-l dark:border-stone-700">
          <AnalysisStatus pending={comparison.isPending && !!reports.data} error={comparison.error} />
          <SidePanel
            selected={panel}
            onSelect={setPanel}
            tabs={[
              {
                id: 'facts',
                label: 'Facts',
                content: reports.data && (
                  <FactsPanel
                    reports={reports.data}
                    comparison={comparison.data}
                    activeFactId={factParam}
                    onSelectFact={(factId) => {
                      setFactParam(factId);
                      setTextHighlight(null);
                      request({ kind: 'fact', factId });
                    }}
                    onSelectSentence={(report, sentence) => request({ kind: 'sentence', report, sentence })}
                  />
                ),
              },
              {
                id: 'timeline',
                label: 'Timeline',
                content: reports.data && (
                  <Suspense fallback={<p className="p-4 text-sm">Loading the timeline…</p>}>
                    <TimelinePanel
                      events={comparison.data?.timeline ?? []}
                      reports={reports.data}
                      selectedEventId={selectedEventId}
                      onSelectEvent={(event) => {
                        setSelectedEventId(event.id);
                        const mention = event.mentions[0];
                        if (!mention) return;
                        setTextHighlight({ report: mention.report, sentence: mention.sentence, start: mention.start, end: mention.end });
                        request({ kind: 'sentence', report: mention.report, sentence: mention.sentence });
                      }}
                    />
                  </Suspense>
                ),
              },
            ]}
          />
        </aside>
      </main>
    </div>
  );
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
