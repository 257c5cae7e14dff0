import { memo, useCallback, useDeferredValue, useRef, type ComponentProps } from 'react';
import { FactsPanel as FactsPanelView } from '../features/facts/facts-panel.tsx';
import { Overview as OverviewView, type OverviewProps } from '../features/overview/overview.tsx';

// Memoised: `j` changes only the active fact, which the overview does not show (its `showList` is
// stable) and the facts lists take deferred (below).
const Overview = memo(OverviewView);
const FactsPanel = memo(FactsPanelView);

/** How long an opened list is waited for to render before the panel is left where it is. */
const LIST_RENDER_MS = 5000;

/**
 * The Facts tab once the analysis is there: the overview (how much the reports agree, what each alone
 * adds) above the facts lists. The overview's counts move to a list of the facts panel, found by its
 * `data-facts-list` name. A chunk of its own, loaded by `FactsTab` (side-panel.tsx).
 */
export function FactsContent(props: ComponentProps<typeof FactsPanelView>) {
  const root = useRef<HTMLDivElement>(null);
  // The list marks the active fact in a render of its own, after the reader's: reconciling hundreds
  // of entries inside `j` held back the reader's highlight, the thing the reader is looking at.
  const activeFactId = useDeferredValue(props.activeFactId);
  const showList = useCallback<OverviewProps['onShowList']>((list) => {
    const name = list.kind === 'only' ? `only ${list.report}` : list.kind;
    const target = [...(root.current?.querySelectorAll<HTMLElement>('[data-facts-list]') ?? [])].find((el) => el.dataset.factsList === name);
    if (!target) return;
    if (target instanceof HTMLDetailsElement) target.open = true;
    const focusable = target.querySelector<HTMLElement>('summary, h3') ?? target;
    focusable.focus({ preventScroll: true });
    focusable.scrollIntoView({ block: 'start' });
    // An "only in" list renders its sentences once opened (after its `toggle`, later still on a busy
    // machine): until they are there the panel cannot scroll the summary to its top, so it is brought
    // there again when the list first grows.
    const closedHeight = target.offsetHeight;
    const grown = new ResizeObserver(() => {
      if (target.offsetHeight <= closedHeight) return;
      focusable.scrollIntoView({ block: 'start' });
      grown.disconnect();
    });
    grown.observe(target);
    setTimeout(() => grown.disconnect(), LIST_RENDER_MS);
  }, []);
  return (
    <div ref={root}>
      <Overview reports={props.reports} comparison={props.comparison} onShowList={showList} onSelectSentence={props.onSelectSentence} />
      <FactsPanel {...props} activeFactId={activeFactId} />
    </div>
  );
}
