import { memo, useCallback, useRef, type ComponentProps } from 'react';
import { FactsPanel } from '../features/facts/facts-panel.tsx';
import { Overview as OverviewView, type OverviewProps } from '../features/overview/overview.tsx';

// Memoised, with a stable `showList`: the active fact (`j`) re-renders the facts lists, not the overview.
const Overview = memo(OverviewView);

/**
 * The Facts tab once the analysis is there: the overview (how much the reports agree, what each alone
 * adds) above the facts lists. The overview's counts move to a list of the facts panel, found by its
 * `data-facts-list` name. A chunk of its own, loaded by `FactsTab` (side-panel.tsx).
 */
export function FactsContent(props: ComponentProps<typeof FactsPanel>) {
  const root = useRef<HTMLDivElement>(null);
  const showList = useCallback<OverviewProps['onShowList']>((list) => {
    const name = list.kind === 'only' ? `only ${list.report}` : list.kind;
    const target = [...(root.current?.querySelectorAll<HTMLElement>('[data-facts-list]') ?? [])].find((el) => el.dataset.factsList === name);
    if (!target) return;
    if (target instanceof HTMLDetailsElement) target.open = true;
    const focusable = target.querySelector<HTMLElement>('summary, h3') ?? target;
    focusable.focus({ preventScroll: true });
    focusable.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div ref={root}>
      <Overview reports={props.reports} comparison={props.comparison} onShowList={showList} onSelectSentence={props.onSelectSentence} />
      <FactsPanel {...props} />
    </div>
  );
}
