import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Comparison } from '../../analysis/compare.ts';
import type { Report } from '../../analysis/report/types.ts';
import { ChangeMap } from './change-map.tsx';
import { lightFacts } from './lit-facts.ts';
import { ReportPane, type TextHighlight } from './report-pane.tsx';
import { buildSentenceMarks, markKey } from './sentence-marks.ts';
import type { WordDifference } from './word-differences.ts';
import { reportLetter } from '../../analysis/report/letter.ts';

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
  comparison: Comparison | undefined;
  syncScroll: boolean;
  activeFactId: string | null;
  onActiveFactChange: (factId: string | null) => void;
  textHighlight: TextHighlight | null;
  focusRequest: FocusRequest | null;
  onShowEvent: (eventId: string) => void;
  /** Sets a report's publication date from its header (the app saves it and re-runs the analysis). */
  onSetPublished?: (reportId: string, date: string) => void;
}

/** No fact active: no word differences anywhere (one stable map, so the panes' memo holds). */
const NO_DIFFERENCES: ReadonlyMap<string, WordDifference[]> = new Map();

/** Programmatic scrolls (jumps, sync) must not trigger sync scrolling themselves. */
const SYNC_PAUSE_MS = 700;

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
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const syncPausedUntil = useRef(0);
  // Hover is not React state: it lights elements directly (lit-facts.ts), so moving the pointer over
  // the text re-renders nothing.
  const hoveredFactIds = useRef<string[]>([]);
  const activeFactRef = useRef(activeFactId);
  useLayoutEffect(() => {
    activeFactRef.current = activeFactId;
  }, [activeFactId]);
  const relight = useCallback(() => {
    if (root.current) lightFacts(root.current, [...hoveredFactIds.current, activeFactRef.current]);
  }, []);
  // After every render: a pane that re-rendered may hold new sentence elements.
  useLayoutEffect(relight);
  const facts = useMemo(() => comparison?.facts ?? [], [comparison]);
  const marks = useMemo(() => buildSentenceMarks(facts, comparison?.timeline ?? []), [facts, comparison]);
  const differences = useWordDifferences(comparison, activeFactId);
  // The app may pass new functions on every render; the panes' and sentences' memo needs stable ones.
  const showEvent = useStableCallback(onShowEvent);
  const setPublished = useStableCallback((reportId: string, date: string) => onSetPublished?.(reportId, date));
  const describeReport = useCallback(
    (id: string) => {
      const index = compared.findIndex((r) => r.id === id);
      const report = compared[index];
      const hidden = !reports.some((r) => r.id === id);
      return report ? `report ${reportLetter(index)}${report.source ? ` (${report.source})` : ''}${hidden ? ', not shown' : ''}` : id;
    },
    [compared, reports],
  );

  const sentenceElement = useCallback(
    (report: string, sentence: string): HTMLElement | null => {
      const pane = panes.current[reports.findIndex((r) => r.id === report)];
      return pane?.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(sentence)}"]`) ?? null;
    },
    [reports],
  );

  const reveal = useCallback((element: HTMLElement | null, focus: boolean) => {
    if (!element) return;
    syncPausedUntil.current = performance.now() + SYNC_PAUSE_MS;
    scrollIntoPane(element, 'center', matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
    if (!focus) return;
    // Only shared-fact sentences are in the tab order; a sentence reached from the timeline or the
    // overview may be one only this report states, and focus must land on it all the same.
    if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
    element.focus({ preventScroll: true });
  }, []);

  /** Scrolls every pane to the fact's first sentence in it; focuses the one in `focusReport` (or the first). */
  const showFact = useCallback(
    (factId: string, focusReport?: string) => {
      const fact = facts.find((f) => f.id === factId);
      if (!fact) return;
      onActiveFactChange(factId);
      const seen = new Set<string>();
      for (const mention of fact.mentions) {
        if (seen.has(mention.report)) continue;
        seen.add(mention.report);
        reveal(sentenceElement(mention.report, mention.sentence), mention.report === (focusReport ?? fact.mentions[0]?.report));
      }
      // The chosen fact alone is lit: focusing a sentence that states two facts (or leaving focus on
      // one, when the next fact starts in the focused sentence) must not keep the other one lit.
      hoveredFactIds.current = [];
      activeFactRef.current = factId;
      relight();
    },
    [facts, onActiveFactChange, reveal, sentenceElement, relight],
  );

  /** Click or Enter on a linked sentence: jump to its partner in the next report. */
  /** A jump that waits for its target's report to be rendered in a pane. */
  const pendingReveal = useRef<{ report: string; sentence: string } | null>(null);
  const activateSentence = useStableCallback((report: string, sentence: string) => {
    // A compound sentence states several facts: follow the active one when it is among them.
    const facts = marks.get(markKey(report, sentence))?.facts ?? [];
    const fact = facts.find((f) => f.id === activeFactId) ?? facts[0];
    if (!fact) return;
    // Prefer a partner that is on screen; with many reports compared, some are not.
    const partner = fact.partners.find((p) => reports.some((r) => r.id === p.report)) ?? fact.partners[0];
    onActiveFactChange(fact.id);
    if (!partner) return;
    const element = sentenceElement(partner.report, partner.sentence);
    if (element) return reveal(element, true);
    // The partner's report is compared but not on screen: show it in the last pane, then jump.
    pendingReveal.current = partner;
    onChoosePane(reports.length - 1, partner.report);
  });

  useEffect(() => {
    const pending = pendingReveal.current;
    if (!pending) return;
    const element = sentenceElement(pending.report, pending.sentence);
    if (!element) return;
    pendingReveal.current = null;
    reveal(element, true);
  }, [reports, sentenceElement, reveal]);

  const hoverFacts = useStableCallback((factIds: string[]) => {
    hoveredFactIds.current = factIds;
    relight();
    if (factIds.length === 0) return;
    // Bring partners into view in the other panes, without moving the pane the reader is in.
    const active = document.activeElement?.closest('[data-pane]') ?? document.querySelector('[data-pane]:hover');
    const fact = facts.find((f) => f.id === (factIds.includes(activeFactId ?? '') ? activeFactId : factIds[0]));
    for (const mention of fact?.mentions ?? []) {
      const element = sentenceElement(mention.report, mention.sentence);
      if (element && !element.closest('[data-pane]')?.isSameNode(active ?? null) && !isVisible(element)) {
        syncPausedUntil.current = performance.now() + SYNC_PAUSE_MS;
        scrollIntoPane(element, 'nearest', 'smooth');
      }
    }
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
    else reveal(sentenceElement(focusRequest.report, focusRequest.sentence), true);
  }, [focusRequest, comparison, showFact, reveal, sentenceElement]);

  // j/k (or n/p) step through facts in reading order from anywhere except text fields.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // A modal dialog (library, keys) is open: the reader behind it is inert.
      if (document.querySelector('dialog[open]')) return;
      const step = event.key === 'j' || event.key === 'n' ? 1 : event.key === 'k' || event.key === 'p' ? -1 : 0;
      if (!step || facts.length === 0) return;
      event.preventDefault();
      const current = facts.findIndex((f) => f.id === activeFactId);
      const next = current === -1 ? (step > 0 ? 0 : facts.length - 1) : (current + step + facts.length) % facts.length;
      showFact(facts[next]!.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [facts, activeFactId, showFact]);

  const onPaneScroll = useCallback(
    (index: number) => {
      const source = panes.current[index];
      // A scroll we caused by syncing: consume the flag instead of echoing it back.
      if (source?.dataset.syncing) {
        delete source.dataset.syncing;
        return;
      }
      if (!syncScroll || performance.now() < syncPausedUntil.current) return;
      if (panes.current.some((pane) => pane?.dataset.jumping)) return;
      if (!source || source.scrollHeight <= source.clientHeight) return;
      const fraction = source.scrollTop / (source.scrollHeight - source.clientHeight);
      panes.current.forEach((pane, i) => {
        if (i === index || !pane) return;
        pane.dataset.syncing = '1';
        pane.scrollTop = fraction * (pane.scrollHeight - pane.clientHeight);
      });
    },
    [syncScroll],
  );

  const registerPane = useCallback((index: number, element: HTMLDivElement | null) => {
    panes.current[index] = element;
  }, []);

  return (
    <div
      ref={root}
      className="grid min-h-0 grid-cols-1 divide-y divide-stone-300 lg:h-full lg:grid-cols-[repeat(var(--panes),minmax(0,1fr))] lg:divide-x lg:divide-y-0 dark:divide-stone-700"
      style={{ '--panes': reports.length } as CSSProperties}
      aria-busy={!comparison}
    >
      {reports.map((report, index) => {
        const letter = reportLetter(compared.indexOf(report));
        return (
          <section
            key={report.id}
            id={`report-${letter}`}
            aria-label={`Report ${letter}: ${report.title || 'untitled'}`}
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
                      {reportLetter(i)}: {r.title || 'Untitled report'}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {/* The pane and its change map side by side; the map finds the pane in this wrapper. */}
            <div className="flex min-h-0 min-w-0 flex-col lg:flex-1 lg:flex-row">
              <ReportPane
                report={report}
                letter={letter}
                sentences={comparison?.reports.find((r) => r.id === report.id)?.sentences}
                marks={marks}
                describeReport={describeReport}
                differences={differences}
                textHighlight={textHighlight}
                onHoverFacts={hoverFacts}
                onActivateSentence={activateSentence}
                onShowEvent={showEvent}
                onSetPublished={onSetPublished && setPublished}
                paneIndex={index}
                registerPane={registerPane}
                onPaneScroll={onPaneScroll}
              />
              <ChangeMap letter={letter} marksVersion={marks} />
            </div>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The word differences of the active fact's sentences. The diff code (jsdiff and the tokenizer) is a
 * lazy chunk, loaded when a fact first becomes active, so it stays off the first paint; until it
 * answers, and whenever no fact is active, there are none.
 */
function useWordDifferences(comparison: Comparison | undefined, activeFactId: string | null): ReadonlyMap<string, WordDifference[]> {
  const [result, setResult] = useState<{ comparison: Comparison; factId: string; differences: ReadonlyMap<string, WordDifference[]> } | null>(null);
  const fact = activeFactId ? comparison?.facts.find((f) => f.id === activeFactId) : undefined;
  useEffect(() => {
    if (!comparison || !fact) return;
    let current = true;
    import('./word-differences.ts')
      .then(({ factDifferences }) => {
        if (!current) return;
        const texts = new Map<string, string>();
        for (const report of comparison.reports) for (const s of report.sentences) texts.set(markKey(report.id, s.id), s.text);
        setResult({ comparison, factId: fact.id, differences: factDifferences(fact, (report, sentence) => texts.get(markKey(report, sentence))) });
      })
      // Without the chunk (an old cached page after a deploy) the reader still works, only unmarked.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [comparison, fact]);
  return result && fact && result.comparison === comparison && result.factId === fact.id ? result.differences : NO_DIFFERENCES;
}

/**
 * A callback whose identity never changes but which always runs the latest render's code: handed to
 * every sentence, it must not change with the active fact, or every sentence would re-render on `j`.
 */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Brings `element` into view by scrolling its pane only. `scrollIntoView` would also scroll every
 * scrollable ancestor, the window included, and push the header off screen. Where the pane does not
 * scroll (phones, where the panes stack and the page scrolls), the page scrolls as usual.
 */
/**
 * Marks a pane as moving by our own hand until its smooth scroll ends (`scrollend`), so sync scrolling
 * does not answer it. A fixed pause alone was not enough: on a loaded machine a smooth scroll outlasts
 * it, and the late scroll events dragged the other pane away from the sentence just jumped to.
 * The timer is a fallback for browsers without `scrollend`.
 */
function markJumping(pane: HTMLElement) {
  pane.dataset.jumping = '1';
  const done = () => {
    delete pane.dataset.jumping;
    pane.removeEventListener('scrollend', done);
    clearTimeout(timer);
  };
  const timer = setTimeout(done, JUMP_FALLBACK_MS);
  pane.addEventListener('scrollend', done);
}

/** Longest a jump's smooth scroll is waited for when the browser never reports its end. */
const JUMP_FALLBACK_MS = 3000;

function scrollIntoPane(element: HTMLElement, block: 'center' | 'nearest', behavior: ScrollBehavior) {
  const pane = element.closest<HTMLElement>('[data-pane]');
  if (!pane || !/auto|scroll/.test(getComputedStyle(pane).overflowY)) {
    element.scrollIntoView({ block, behavior });
    return;
  }
  const paneBox = pane.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const offset = box.top - paneBox.top - pane.clientTop + pane.scrollTop;
  let top: number;
  if (block === 'center') top = offset - (pane.clientHeight - box.height) / 2;
  else if (box.top < paneBox.top) top = offset;
  else if (box.bottom > paneBox.bottom) top = offset + box.height - pane.clientHeight;
  else return;
  const target = Math.max(0, Math.min(top, pane.scrollHeight - pane.clientHeight));
  if (Math.abs(target - pane.scrollTop) < 1) return;
  if (behavior === 'smooth') markJumping(pane);
  pane.scrollTo({ top: target, behavior });
}

function isVisible(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const pane = element.closest('[data-pane]')?.getBoundingClientRect();
  const top = Math.max(0, pane?.top ?? 0);
  const bottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight);
  return box.top >= top && box.bottom <= bottom;
}
