import { useCallback, useState } from 'react';
import type { Report } from '../analysis/report/types.ts';
import type { TimelineEvent, UnplacedMention } from '../analysis/timeline/types.ts';
import type { TextHighlight } from '../features/reader/report-pane.tsx';
import type { AppView } from './full-timeline.tsx';
import { mentionInView } from './panes.ts';
import { updateSettings } from './settings.ts';
import { useSearchParam } from './use-search-param.ts';

interface TimelineHandlersInput {
  /** The reports in panes: an event opens at its mention in one of them when it has one. */
  shown: Report[];
  showMention: (mention: TextHighlight) => void;
  /** Marks a time expression where it is, or unmarks the one marked. */
  markMention: (mention: TextHighlight | null) => void;
  /** The timeline's events, to find the expression a ◷ button stands for. */
  events: readonly TimelineEvent[];
  setView: (view: AppView) => void;
  /** Whether the analysis column is open on screens where it opens on demand. */
  analysisOpen: boolean;
}

/** The side panel's tabs (app.tsx); Facts, the first, is the one a URL without `?tab=` shows. */
const PANELS = ['facts', 'timeline', 'export'];
const TAB_PARAM = 'tab';

/**
 * The side panel's tab and the selected timeline event, and the ways between the timeline and the
 * reader: an event chosen in either timeline opens its sentence with the time expression marked;
 * the ◷ button in a sentence opens its event in the Timeline tab.
 */
export function useTimelineHandlers({ shown, showMention, markMention, events, setView, analysisOpen }: TimelineHandlersInput) {
  // In the URL, like the timeline's filters, so a reload or a shared link opens the tab they belong to.
  // Replaced, not pushed: arrowing along the tabs should not fill the back button's history; back and
  // forward still restore it, as each entry (the full timeline is one) keeps the tab it was left on.
  // Facts leaves no parameter, since any parameter hides the prerendered first screen (first-screen-head.js).
  const [tab, setTab] = useSearchParam(TAB_PARAM);
  const panel = tab && PANELS.includes(tab) ? tab : PANELS[0]!;
  const setPanel = useCallback((id: string) => setTab(id === PANELS[0] ? null : id), [setTab]);
  // `reveal`: the Timeline tab brings the card into view (the ◷ button asked for the event itself);
  // not when the selection comes with a jump to the event's sentence.
  const [selection, setSelection] = useState<{ id: string; reveal: boolean } | null>(null);
  const selectedEventId = selection?.id ?? null;

  const openEventMention = useCallback(
    (event: TimelineEvent) => {
      setSelection({ id: event.id, reveal: false });
      const mention = mentionInView(event.mentions, shown);
      if (mention) showMention(mention);
    },
    [shown, showMention],
  );
  /**
   * From the reader (◷): the event in the Timeline tab, opening the analysis column if it is closed,
   * and the button's own time expression marked (the mark of the event chosen before had stayed).
   */
  const showEvent = useCallback(
    (eventId: string, from: { report: string; sentence: string }) => {
      setSelection({ id: eventId, reveal: true });
      setPanel('timeline');
      if (!analysisOpen) updateSettings({ analysisOpen: true });
      const mention = events.find((e) => e.id === eventId)?.mentions.find((m) => m.report === from.report && m.sentence === from.sentence);
      markMention(mention ?? null);
    },
    [analysisOpen, setPanel, events, markMention],
  );
  /** An undated mention has no event to select. */
  const selectMention = useCallback(
    (mention: UnplacedMention) => {
      setSelection(null);
      showMention(mention);
    },
    [showMention],
  );
  /** From the full timeline: back to the reader, at the event's sentence. */
  const openEvent = useCallback(
    (event: TimelineEvent) => {
      setView('reader');
      openEventMention(event);
    },
    [setView, openEventMention],
  );
  const backToReader = useCallback(() => {
    setView('reader');
    // The view that had focus is gone: the reader takes it, as the skip link would give it.
    requestAnimationFrame(() => document.getElementById('reports')?.focus({ preventScroll: true }));
  }, [setView]);

  return {
    panel,
    setPanel,
    selectedEventId,
    revealSelected: selection?.reveal ?? false,
    showEvent,
    selectEvent: openEventMention,
    selectMention,
    openEvent,
    backToReader,
  };
}
