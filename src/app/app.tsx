import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { libraryStorage } from '../features/library/storage.ts';
import { ReaderView } from '../features/reader/reader-view.tsx';
import { BUNDLED_REPORT_IDS, bundledReportsQuery } from './bundled-reports.ts';
import { startAnalysisWorker } from '../worker/analysis-client.ts';
import { AppHeader } from './app-header.tsx';
import { useSettings } from './settings.ts';
import { FactsTab, SidePanel } from './side-panel.tsx';
import { FullTimeline, OpenFullTimeline, useAppView } from './full-timeline.tsx';
import { SectionNav } from './section-nav.tsx';
import { AnalysisError, AnalysisProgress, BundledError, NextStep } from './shell-messages.tsx';
import { useAnalysis } from './use-analysis.ts';
import { useComparedReports } from './use-compared-reports.ts';
import { useDocumentSettings } from './use-document-settings.ts';
import { useFocusRequests } from './use-focus-requests.ts';
import { useKeysDialog } from './use-keys-dialog.ts';
import { usePanes } from './use-panes.ts';
import { useTimelineHandlers } from './use-timeline-handlers.ts';
import type { TimelineEvent } from '../analysis/timeline/types.ts';
import { WithActiveFact } from './with-active-fact.tsx';
import { setActiveFact } from './active-fact.ts';
import { reloadKeepingLibrary, ViewBoundary } from './error-fallback.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

// Code the first screen does not need: hidden tabs, the library (with its HTML import) and the list of keys.
const TimelinePanel = lazy(() => import('../features/timeline/timeline-panel.tsx').then((m) => ({ default: m.TimelinePanel })));
const ExportMenu = lazy(() => import('../features/library/export-menu.tsx').then((m) => ({ default: m.ExportMenu })));
const LibraryDialog = lazy(() => import('./library-dialog.tsx'));
const KeysDialog = lazy(() => import('./keys-dialog.tsx').then((m) => ({ default: m.KeysDialog })));

/** No analysis yet: no events (one array, so the handlers that read it keep their identity). */
const NO_EVENTS: readonly TimelineEvent[] = [];
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
  useDocumentSettings(settings);
  const { bundled, library, libraryRead, loading, allReports, selectedIds, setSelectedIds, compared, setPublished } = useComparedReports();
  const { shown, setChoice: setPaneChoice, choosePane, showReport } = usePanes(compared);
  const { comparison, analysis } = useAnalysis(compared, libraryRead);
  const { focusRequest, textHighlight, showFact, showSentence, showMention, markMention } = useFocusRequests(analysis, showReport);
  const [view, setView] = useAppView();
  const analysisOpen = settings.analysisOpen;
  const timeline = useTimelineHandlers({ shown, showMention, markMention, events: analysis?.timeline ?? NO_EVENTS, setView, analysisOpen });
  const [keysOpen, setKeysOpen] = useKeysDialog();
  const [keysShown, forgetKeys] = useKeptOnceOpen(keysOpen);
  const [libraryOpen, setLibraryOpen] = useState(false);
  // Kept too: reports waiting in the import's checks, or text pasted and not yet added, outlive a
  // Close or an Escape (they had been dropped without a word).
  const [libraryShown, forgetLibrary] = useKeptOnceOpen(libraryOpen);
  const openLibrary = () => setLibraryOpen(true);

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
      {/* Past both panes' marked sentences, each a Tab stop: 50 to 60 presses had led to the Facts tab. */}
      {view === 'reader' && (
        <a
          href="#analysis"
          className="sr-only z-50 rounded bg-amber-300 px-3 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to the facts and timeline
        </a>
      )}
      <AppHeader
        view={view}
        onViewChange={setView}
        comparedCount={compared.length}
        onOpenLibrary={openLibrary}
        analysisOpen={analysisOpen}
        onShowKeys={() => setKeysOpen(true)}
      />
      <UpdatePrompt onReload={() => void reloadKeepingLibrary()} />
      {(compared.length > 0 || loading) && view === 'reader' && <SectionNav shown={shown} compared={compared} onShow={showReport} />}
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
            <BundledError message={bundled.error.message} onRetry={() => void bundled.refetch()} />
          ) : compared.length === 0 ? (
            <NextStep onOpenLibrary={openLibrary}>No report is chosen yet.</NextStep>
          ) : (
            <>
              {compared.length === 1 && (
                <NextStep onOpenLibrary={openLibrary} compact>
                  Only one report is chosen, so there is nothing to compare it with yet.
                </NextStep>
              )}
              <div className="min-h-0 flex-1 lg:relative">
                <WithActiveFact>
                  {(activeFactId) => (
                    <ReaderView
                      reports={shown}
                      compared={compared}
                      onChoosePane={choosePane}
                      comparison={analysis}
                      syncScroll={settings.syncScroll}
                      activeFactId={activeFactId}
                      onActiveFactChange={setActiveFact}
                      textHighlight={textHighlight}
                      focusRequest={focusRequest}
                      onShowEvent={timeline.showEvent}
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
          tabIndex={-1}
          aria-label="Facts and timeline"
          className={`flex min-w-0 scroll-mt-12 flex-col border-t border-stone-300 lg:min-h-0 lg:border-t-0 lg:border-l ${analysisOpen ? '' : 'lg:hidden'} xl:flex dark:border-stone-700`}
        >
          <AnalysisError error={comparison.error} />
          <div className="min-h-0 flex-1">
            <SidePanel
              selected={timeline.panel}
              onSelect={timeline.setPanel}
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
                          onSelectFact={showFact}
                          onSelectSentence={showSentence}
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
                          undated={analysis?.undated}
                          loading={comparison.isFetching && !analysis}
                          reports={compared}
                          selectedEventId={timeline.selectedEventId}
                          revealSelected={timeline.revealSelected}
                          onSelectEvent={timeline.selectEvent}
                          onSelectMention={timeline.selectMention}
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
              <FullTimeline
                events={analysis?.timeline ?? []}
                reports={compared}
                pending={loading || (comparison.isFetching && !analysis)}
                undatedCount={analysis?.undated.length}
                onBack={timeline.backToReader}
                onOpenEvent={timeline.openEvent}
              />
            </Suspense>
          </ViewBoundary>
        </main>
      )}
      {keysShown && (
        <ViewBoundary
          what="The list of keys"
          layout="overlay"
          onClose={() => {
            setKeysOpen(false);
            forgetKeys();
          }}
        >
          <Suspense fallback={null}>
            <KeysDialog open={keysOpen} onClose={() => setKeysOpen(false)} />
          </Suspense>
        </ViewBoundary>
      )}
      {libraryShown && (
        <ViewBoundary
          what="The library"
          layout="overlay"
          onClose={() => {
            // A library that failed to load is taken out, so the next opening tries it afresh.
            setLibraryOpen(false);
            forgetLibrary();
          }}
        >
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
 * Whether a lazily loaded dialog is in the page: from its first opening on, so closing it returns focus
 * as a native dialog does and keeps what it holds; `forget` takes it out (a view that failed to load,
 * tried afresh at the next opening).
 */
function useKeptOnceOpen(open: boolean): [boolean, () => void] {
  const [kept, setKept] = useState(false);
  if (open && !kept) setKept(true);
  return [kept, () => setKept(false)];
}
