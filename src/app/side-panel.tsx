import { useId, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from 'react';
import { FactsPanel } from '../features/facts/facts-panel.tsx';
import { Overview, type OverviewProps } from '../features/overview/overview.tsx';

interface Tab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * WAI-ARIA tabs (arrow keys move between tabs) for the facts and timeline panels. A tab's content is
 * mounted when the tab is first shown and kept after: hidden tabs would otherwise load their code and
 * render the whole comparison while the reader waits for its first screen.
 */
export function SidePanel({ tabs, selected, onSelect }: { tabs: Tab[]; selected: string; onSelect: (id: string) => void }) {
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [shown, setShown] = useState(() => new Set([selected]));
  if (!shown.has(selected)) setShown(new Set([...shown, selected]));
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = (index + delta + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div role="tablist" aria-label="Analysis" className="flex shrink-0 gap-1 border-b border-stone-300 px-3 pt-2 dark:border-stone-700">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className="-mb-px rounded-t border border-transparent px-3 py-2 font-sans text-sm font-semibold text-stone-600 aria-selected:border-stone-300 aria-selected:border-b-stone-50 aria-selected:bg-stone-50 aria-selected:text-stone-900 dark:text-stone-400 dark:aria-selected:border-stone-700 dark:aria-selected:border-b-stone-950 dark:aria-selected:bg-stone-950 dark:aria-selected:text-stone-50"
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="min-h-0 flex-1 overflow-y-auto"
        >
          {shown.has(tab.id) && tab.content}
        </div>
      ))}
    </div>
  );
}

/**
 * The Facts tab: the overview (how much the reports agree, what each alone adds) above the facts lists.
 * The overview's counts move to a list of the facts panel, found by its `data-facts-list` name.
 */
export function FactsTab({ progress, ...props }: ComponentProps<typeof FactsPanel> & { progress?: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const showList: OverviewProps['onShowList'] = (list) => {
    const name = list.kind === 'only' ? `only ${list.report}` : list.kind;
    const target = [...(root.current?.querySelectorAll<HTMLElement>('[data-facts-list]') ?? [])].find((el) => el.dataset.factsList === name);
    if (!target) return;
    if (target instanceof HTMLDetailsElement) target.open = true;
    const focusable = target.querySelector<HTMLElement>('summary, h3') ?? target;
    focusable.focus({ preventScroll: true });
    focusable.scrollIntoView({ block: 'start' });
  };
  if (progress && !props.comparison) return progress;
  return (
    <div ref={root}>
      <Overview reports={props.reports} comparison={props.comparison} onShowList={showList} onSelectSentence={props.onSelectSentence} />
      <FactsPanel {...props} />
    </div>
  );
}
