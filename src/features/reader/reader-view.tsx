import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Comparison } from '../../analysis/compare.ts';
import type { SummarizedComparison } from '../../analysis/overview/summarize-comparison.ts';
import type { Report } from '../../analysis/report/types.ts';
import { reportNamer } from './describe-report.ts';
import { isVisible, jumpIntoPane, scrollIntoPane } from './pane-scroll.ts';
import { useFactKeys } from './use-fact-keys.ts';
import { factsToStep } from './pane-partners.ts';
import { useStableCallback } from './use-stable-callback.ts';
import { useSyncedPanes } from './use-synced-panes.ts';
import { useDifferencesByReport, useWordDifferences } from './use-word-differences.ts';
import { lightFacts, markRelated } from './lit-facts.ts';
import { ReportPane, type ReportPaneProps, type TextHighlight } from './report-pane.tsx';
import { buildSentenceMarks, markKey } from './sentence-marks.ts';
import { NEED_SENTENCE } from './report-blocks.ts';
import type { WordDifference } from './word-differences.ts';
import { reportLetter } from '../../analysis/report/letter.ts';
import { reportName } from '../../shared/report-name.ts';

// The change map is drawn from the analysis, which comes later anyway: its code stays off the first
// screen's bundle. Until it arrives, an empty lane of its size keeps the panes from shifting.
const ChangeMap = lazy(() => import('./change-map.tsx').then((m) => ({ default: m.ChangeMap })));
const LANE_PLACEHOLDER = (
  <div aria-hidden="true" className="hidden w-4 shrink-0 border-l border-stone-300 bg-stone-100 lg:block dark:border-stone-700 dark:bg-stone-900" />
);

const NO_DIFFERENCES: ReadonlyMap<string, WordDifference[]> = new Map();

/** Something to bring into view: a fact (every pane scrolls to it) or one sentence. */
export type FocusTarget = { kind: 'fact'; factId: string } | { kind: 'sentence'; report: string; sentence: string };

/** A request from outside (facts panel, timeline, deep link); a new nonce asks again for the same target. */
export type FocusRequest = FocusTarget & { nonce: number };

interface ReaderViewProps {
  /** The reports shown in panes, left to right. */
  reports: Report[];
  /** Every report in the comparison (a superset of `reports`): letters and partner names come from here. */
  compared: Report[];
  /** Show report `id` in pane `index` (offered when more reports are compared than fit on screen). */
  onChoosePane: (index: number, id: string) => void;
  /** With the facts lists the worker adds (their conflicts' sides name each report's value). */
  comparison: (Comparison & Partial<Pick<SummarizedComparison, 'factLists'>>) | undefined;
  syncScroll: boolean;
  activeFactId: string | null;
  onActiveFactChange: (factId: string | null) => void;
  textHighlight: TextHighlight | null;
  focusRequest: FocusRequest | null;
  onShowEvent: ReportPaneProps['onShowEvent'];
  /** Sets a report's publication date from its header (the app saves it and re-runs the analysis). */
  onSetPublished?: (reportId: string, date: string) => void;
}

export function ReaderView({
  reports,
  compared,
  onChoosePane,
  comparison,
  syncScroll,
  activeFactId,
  onActiveFactChange,
  textHighlight,
  focusRequest,
  onShowEvent,
  onSetPublished,
}: ReaderViewProps) {
  const { panes, registerPane, onPaneScroll, readerInput } = useSyncedPanes(syncScroll);
  const root = useRef<HTMLDivElement>(null);
  // Hover is not React state: it lights elements directly (lit-facts.ts), so moving the pointer over
  // the text re-renders nothing.
  const hoveredFactIds = useRef<string[]>([]);
  const activeFactRef = useRef(activeFactId);
  useLayoutEffect(() => {
    activeFactRef.current = activeFactId;
  }, [activeFactId]);
  /** No fact active any more, in the light at once and then in the app. */
  const letGoActiveFact = useStableCallback(() => {
    if (activeFactRef.current) onActiveFactChange(null);
    activeFactRef.current = null;
  });
  // Set while the reader focuses a sentence it jumps to (`reveal`): that focus (and the blur it
  // causes) is the jump's, not the reader's. Answered as hovering, it lit the sentence's other facts
  // and scrolled their partners into view: in the middle of `j`, only for showFact to undo the light
  // and scroll those panes itself; after ≈, the pane the reader had pressed it in.
  const jumping = useRef(false);
  /** A sentence and the closest wording the reader asked to see (≈B): marked until a fact is chosen. */
  const relatedPair = useRef<{ report: string; sentence: string }[]>([]);
  const relight = useCallback(() => {
    if (!root.current) return;
    lightFacts(root.current, hoveredFactIds.current, activeFactRef.current);
    markRelated(root.current, relatedPair.current);
  }, []);
  // After every render: a pane that re-rendered may hold new sentence elements.
  useLayoutEffect(relight);
  const facts = useMemo(() => comparison?.facts ?? [], [comparison]);
  // The reports in panes, when some compared report has none: facts whose partners are all hidden are marked so.
  const shown = useMemo(() => (compared.length > reports.length ? new Set(reports.map((r) => r.id)) : undefined), [compared, reports]);
  const marks = useMemo(
    () => buildSentenceMarks(facts, comparison?.timeline ?? [], shown, comparison?.related, comparison?.factLists?.conflicts),
    [facts, comparison, shown],
  );
  const differences = useDifferencesByReport(useWordDifferences(comparison, activeFactId, shown));
  // The app may pass new functions on every render; the panes' and sentences' memo needs stable ones.
  const showEvent = useStableCallback(onShowEvent);
  const setPublished = useStableCallback((reportId: string, date: string) => onSetPublished?.(reportId, date));
  const describeReport = useMemo(() => reportNamer(compared, reports), [compared, reports]);
  // As a note names a report a jump has just put on screen: "report C (NYT)", never "(not shown)".
  const shownName = useMemo(() => reportNamer(compared, compared), [compared]);
  const letterOf = useCallback((id: string) => reportLetter(compared.findIndex((r) => r.id === id)), [compared]);

  const sentenceElement = useCallback(
    (report: string, sentence: string): HTMLElement | null => {
      const pane = panes.current[reports.findIndex((r) => r.id === report)];
      return pane?.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(sentence)}"]`) ?? null;
    },
    [reports, panes],
  );

  const reveal = useCallback((element: HTMLElement | null, focus: boolean) => {
    if (!element) return;
    // Where the panes stack and the page scrolls (a phone), the page can show one sentence of a fact, not
    // each pane's: only the one focused moves it. Each moving it, the last report's wording won and `j`
    // left the focused sentence (report A's) above the screen.
    jumpIntoPane(element, matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', focus);
    if (!focus) return;
    // Only shared-fact sentences are in the tab order; a sentence reached from the timeline or the
    // overview may be one only this report states, and focus must land on it all the same.
    if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
    jumping.current = true;
    try {
      element.focus({ preventScroll: true });
    } finally {
      jumping.current = false;
    }
  }, []);

  /**
   * Reveals a sentence of a report shown in a pane. In a long report its block may be plain text
   * (report-blocks.ts): the pane is asked to render it, and the sentence is revealed once it is
   * there (a frame or two; given up after about a second).
   */
  const revealSentence = useCallback(
    (report: string, sentence: string, focus: boolean) => {
      const element = sentenceElement(report, sentence);
      if (element) return reveal(element, focus);
      const pane = panes.current[reports.findIndex((r) => r.id === report)];
      if (!pane) return;
      pane.dispatchEvent(new CustomEvent(NEED_SENTENCE, { detail: sentence }));
      let frames = 0;
      const retry = () => {
        const found = sentenceElement(report, sentence);
        if (found) reveal(found, focus);
        else if (++frames < 60) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    },
    [sentenceElement, reveal, panes, reports],
  );

  // Why j/k went nowhere new, for a moment, or what ≈ shows, while it does. Written to the element,
  // not kept in state: a keypress must not re-render the reader.
  const noteElement = useRef<HTMLParagraphElement>(null);
  const noteTimer = useRef(0);
  /** Shows a note for `NOTE_MS`, or with `keep` until the next one. */
  const showNote = useCallback((note: string, keep = false) => {
    const element = noteElement.current;
    if (!element) return;
    // Emptied a frame first, so the same note asked again is a change the live region reads again.
    element.textContent = '';
    requestAnimationFrame(() => (element.textContent = note));
    clearTimeout(noteTimer.current);
    if (!keep) noteTimer.current = window.setTimeout(() => (element.textContent = ''), NOTE_MS);
  }, []);
  useEffect(() => () => clearTimeout(noteTimer.current), []);

  /**
   * The way back from what ≈ shows, or from a jump that gave a pane to a report no pane showed: Esc,
   * or the note's Back button (the only way on a phone, where a jump can go thousands of pixels up
   * the page). `origin` is where the reader was; `swaps` are the panes the jumps took, in order, given
   * back in reverse, so a chain of jumps (≈C, then ≈B from C) unwinds whole.
   */
  const jumpBack = useRef<{ origin: HTMLElement | null; swaps: SwappedPane[] } | null>(null);
  const [backOffered, setBackOffered] = useState(false);
  const offerBack = useCallback((origin: HTMLElement | null, swapped: SwappedPane | undefined) => {
    const chain = jumpBack.current;
    jumpBack.current = { origin: chain?.origin ?? origin, swaps: [...(chain?.swaps ?? []), ...(swapped ? [swapped] : [])] };
    setBackOffered(true);
  }, []);
  /** Lets go of the way back and of what ≈ showed, where the reader moves on (a fact chosen, a sentence followed). */
  const letGoRelated = useCallback(() => {
    relatedPair.current = [];
    if (!jumpBack.current) return;
    jumpBack.current = null;
    setBackOffered(false);
    showNote('');
  }, [showNote]);

  /** Scrolls every pane to the fact's first sentence in it; focuses the one in `focusReport` (or the first). */
  const showFact = useCallback(
    (factId: string, focusReport?: string) => {
      const fact = facts.find((f) => f.id === factId);
      if (!fact) return;
      onActiveFactChange(factId);
      const seen = new Set<string>();
      // Focused in a pane: a fact whose first wording is in a report no pane shows is still reached.
      const focused = focusReport ?? fact.mentions.find((m) => reports.some((r) => r.id === m.report))?.report;
      for (const mention of fact.mentions) {
        if (seen.has(mention.report)) continue;
        seen.add(mention.report);
        revealSentence(mention.report, mention.sentence, mention.report === focused);
      }
      // The chosen fact alone is lit: focusing a sentence that states two facts (or leaving focus on
      // one, when the next fact starts in the focused sentence) must not keep the other one lit.
      hoveredFactIds.current = [];
      activeFactRef.current = factId;
      letGoRelated();
      relight();
    },
    [facts, reports, onActiveFactChange, revealSentence, relight, letGoRelated],
  );

  /** A jump that waits for its target's report to be rendered in a pane. */
  const pendingReveal = useRef<{ report: string; sentence: string } | null>(null);
  /**
   * Focuses `partner`, a sentence of another report than `from`'s. When its report is compared but
   * not on screen, it is shown in the last pane first (the one before it when `from` is there, so the
   * two stay side by side).
   */
  const goTo = useStableCallback((from: string, partner: { report: string; sentence: string }): SwappedPane | undefined => {
    if (reports.some((r) => r.id === partner.report)) {
      revealSentence(partner.report, partner.sentence, true);
      return undefined;
    }
    pendingReveal.current = partner;
    const index = reports.length - (reports.at(-1)?.id === from ? 2 : 1);
    onChoosePane(index, partner.report);
    return { index, was: reports[index]!.id, now: partner.report };
  });
  /** Click or Enter on a linked sentence: jump to its partner in the next report. */
  const activateSentence = useStableCallback((report: string, sentence: string) => {
    // A compound sentence states several facts: follow the active one when it is among them.
    const facts = marks.get(markKey(report, sentence))?.facts ?? [];
    const fact = facts.find((f) => f.id === activeFactId) ?? facts[0];
    if (!fact) return;
    // Prefer a partner that is on screen; with many reports compared, some are not.
    const partner = fact.partners.find((p) => reports.some((r) => r.id === p.report)) ?? fact.partners[0];
    onActiveFactChange(fact.id);
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    relatedPair.current = [];
    const swapped = partner && goTo(report, partner);
    if (!swapped) return letGoRelated();
    offerBack(origin, swapped);
    const name = shownName(swapped.now);
    showNote(`${name[0]!.toUpperCase()}${name.slice(1)} is shown in place of ${shownName(swapped.was)}.`, true);
  });

  const showRelated = useStableCallback((report: string, sentence: string, partner: { report: string; sentence: string }) => {
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    relatedPair.current = [{ report, sentence }, partner];
    // One thing lit at a time: an active fact left solid beside the grey pair left the note's "closest wording" ambiguous.
    letGoActiveFact();
    relight();
    const swapped = goTo(report, partner);
    offerBack(origin, swapped);
    const where = swapped ? `${shownName(swapped.now)}, shown in place of ${shownName(swapped.was)}` : shownName(partner.report);
    showNote(`Closest wording in ${where}, not linked as the same fact.`, true);
  });
  /** Back to where the reader was before the jumps: each pane a jump took given back, focus where it was. */
  const goBack = useStableCallback(() => {
    const { origin, swaps = [] } = jumpBack.current ?? {};
    letGoRelated();
    relight();
    // Each pane back to what it showed, the last jump's first: a pane the reader changed since is left alone.
    const ids = reports.map((r) => r.id);
    for (const swap of [...swaps].reverse()) if (ids[swap.index] === swap.now) ids[swap.index] = swap.was;
    ids.forEach((id, index) => id !== reports[index]?.id && onChoosePane(index, id));
    if (!origin?.isConnected) return;
    origin.focus({ preventScroll: true });
    jumpIntoPane(origin, matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  });

  useEffect(() => {
    const pending = pendingReveal.current;
    if (!pending || !reports.some((r) => r.id === pending.report)) return;
    pendingReveal.current = null;
    revealSentence(pending.report, pending.sentence, true);
  }, [reports, revealSentence]);

  const cancelPartnerScroll = useRef(() => {});
  const hoverFacts = useStableCallback((factIds: string[]) => {
    if (jumping.current) return;
    hoveredFactIds.current = factIds;
    relight();
    cancelPartnerScroll.current();
    if (factIds.length === 0) return;
    // Bring partners into view in the other panes, without moving the pane the reader is in.
    const active = document.activeElement?.closest('[data-pane]') ?? document.querySelector('[data-pane]:hover');
    const fact = facts.find((f) => f.id === (factIds.includes(activeFactId ?? '') ? activeFactId : factIds[0]));
    // Only once the pointer rests on the sentence: crossing a pane on the way to the toolbar had the
    // other pane lurch from partner to partner (user test). Measured well after the light is painted.
    const timer = setTimeout(() => {
      for (const mention of fact?.mentions ?? []) {
        const element = sentenceElement(mention.report, mention.sentence);
        if (element && !element.closest('[data-pane]')?.isSameNode(active ?? null) && !isVisible(element)) {
          // Only a pane of its own scrolls: where the panes stack and the page scrolls (narrow
          // windows), scrolling the page to the partner moved the text under the pointer, whose
          // hover then scrolled again.
          scrollIntoPane(element, 'nearest', 'smooth', false);
        }
      }
    }, HOVER_DWELL_MS);
    cancelPartnerScroll.current = () => clearTimeout(timer);
  });

  // Requests from the facts panel, the timeline or a deep link.
  // Each request is answered once per comparison: a new request (its nonce) or the arrival of the
  // analysis scrolls, a re-render that only changes a callback does not.
  const answered = useRef<{ request: FocusRequest; comparison: Comparison } | null>(null);
  useEffect(() => {
    if (!focusRequest || !comparison) return;
    if (answered.current?.request === focusRequest && answered.current.comparison === comparison) return;
    answered.current = { request: focusRequest, comparison };
    if (focusRequest.kind === 'fact') showFact(focusRequest.factId);
    else revealSentence(focusRequest.report, focusRequest.sentence, true);
  }, [focusRequest, comparison, showFact, revealSentence]);

  const clearFact = useCallback(() => {
    letGoActiveFact();
    hoveredFactIds.current = [];
    if (jumpBack.current) goBack();
    relatedPair.current = [];
    relight();
  }, [letGoActiveFact, relight, goBack]);
  useFactKeys(
    useMemo(() => (comparison ? factsToStep(facts, shown) : null), [comparison, facts, shown]),
    reports.length,
    activeFactId,
    showFact,
    showNote,
    clearFact,
  );

  return (
    <>
      <div
        ref={root}
        className="grid min-h-0 grid-cols-1 divide-y divide-stone-300 lg:h-full lg:grid-cols-[repeat(var(--panes),minmax(0,1fr))] lg:divide-x lg:divide-y-0 dark:divide-stone-700"
        style={{ '--panes': reports.length } as CSSProperties}
        aria-busy={compared.length >= 2 && !comparison}
      >
        {reports.map((report, index) => {
          const letter = reportLetter(compared.indexOf(report));
          return (
            <section
              key={report.id}
              id={`report-${letter}`}
              aria-label={`Report ${letter}: ${reportName(report)}`}
              className="flex min-h-0 min-w-0 scroll-mt-12 flex-col"
            >
              {compared.length > reports.length && (
                <label className="flex shrink-0 items-center gap-2 border-b border-stone-300 px-4 py-1.5 font-sans text-xs dark:border-stone-700">
                  Shown here
                  <select
                    value={report.id}
                    onChange={(e) => onChoosePane(index, e.target.value)}
                    className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-1 py-0.5 dark:border-stone-500 dark:bg-stone-900"
                  >
                    {compared.map((r, i) => (
                      <option key={r.id} value={r.id}>
                        {reportLetter(i)}: {reportName(r)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {/* The pane and its change map side by side; the map finds the pane in this wrapper. */}
              <div className="flex min-h-0 min-w-0 flex-col lg:flex-1 lg:flex-row" {...readerInput(index)}>
                <ReportPane
                  report={report}
                  letter={letter}
                  sentences={comparison?.reports.find((r) => r.id === report.id)?.sentences}
                  marks={marks}
                  describeReport={describeReport}
                  letterOf={letterOf}
                  differences={differences.get(report.id) ?? NO_DIFFERENCES}
                  textHighlight={textHighlight}
                  onHoverFacts={hoverFacts}
                  onActivateSentence={activateSentence}
                  onShowRelated={showRelated}
                  onShowEvent={showEvent}
                  onSetPublished={onSetPublished && setPublished}
                  paneIndex={index}
                  registerPane={registerPane}
                  onPaneScroll={onPaneScroll}
                  onBlocksShown={relight}
                />
                <Suspense fallback={LANE_PLACEHOLDER}>
                  <ChangeMap letter={letter} marksVersion={marks} />
                </Suspense>
              </div>
            </section>
          );
        })}
      </div>
      {/* Over the panes it belongs to: fixed to the page where the panes stack, inside the reader beside the side column. */}
      <div className="pointer-events-none fixed bottom-4 left-1/2 z-20 flex w-max max-w-[90vw] -translate-x-1/2 items-center gap-2 font-sans text-sm lg:absolute lg:max-w-[90%]">
        {/* Present while empty (no border or padding then), so screen readers hear its first note. */}
        <p
          ref={noteElement}
          role="status"
          data-testid="reader-note"
          className="min-w-0 rounded border border-stone-500 bg-stone-50 px-3 py-1.5 text-stone-900 shadow empty:border-0 empty:p-0 empty:shadow-none dark:bg-stone-900 dark:text-stone-100"
        />
        {backOffered && (
          <button
            type="button"
            onClick={goBack}
            aria-keyshortcuts="Escape"
            title="Back to where you were (Esc)"
            className="pointer-events-auto shrink-0 rounded border border-stone-500 bg-white px-3 py-1.5 font-medium text-stone-900 shadow hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700"
          >
            ← Back
          </button>
        )}
      </div>
    </>
  );
}

/** How long the pointer rests on a linked sentence before its partners are scrolled into view. */
const HOVER_DWELL_MS = 350;

/** A pane ≈ gave to a report no pane showed (`was` → `now`). */
interface SwappedPane {
  index: number;
  was: string;
  now: string;
}

/** How long a note about j/k stays: long enough to read a short sentence. */
const NOTE_MS = 4000;
