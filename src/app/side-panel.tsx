import { useEffect, useId, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from 'react';
import type * as FactsContentModule from './facts-content.tsx';

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
  // Below lg the analysis is the page's last section: a panel at least a screen tall (less the sticky
  // section links) keeps the tabs where they were when a shorter tab is chosen, instead of the page
  // shrinking under them and the chosen panel landing mostly below the screen (user test at 390 px).
  // There the tabs also stick under the section links (2.5rem and 3px of borders tall): reports'
  // paragraphs drawn late as a jump brings them near shrink the page above, and had left the tabs
  // under the links; a long Facts list keeps its tabs in reach too.
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div
        role="tablist"
        aria-label="Analysis"
        className="flex shrink-0 gap-1 border-b border-stone-300 bg-stone-50 px-3 pt-2 max-lg:sticky max-lg:top-[calc(2.5rem+3px)] max-lg:z-10 dark:border-stone-700 dark:bg-stone-950"
      >
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
          className="min-h-0 flex-1 overflow-y-auto max-lg:min-h-[calc(100dvh-3rem)]"
        >
          {shown.has(tab.id) && tab.content}
        </div>
      ))}
    </div>
  );
}

type FactsTabProps = ComponentProps<typeof FactsContentModule.FactsContent> & { progress?: ReactNode };

/**
 * The Facts tab's content (overview and facts lists, facts-content.tsx) in its own chunk: it shows
 * only once the analysis has arrived, seconds after the text, so its code (about 5 KB gzip) need not
 * be compiled before the first screen. Loaded when the page is first idle, or at once when a
 * comparison is already there; until then the tab shows the progress it was given.
 */
let factsContent: typeof FactsContentModule.FactsContent | undefined;
let loadingFactsContent: Promise<void> | undefined;
const loadFactsContent = () =>
  (loadingFactsContent ??= import('./facts-content.tsx').then(
    (module) => {
      factsContent = module.FactsContent;
    },
    (error: unknown) => {
      loadingFactsContent = undefined; // A later mount may try again.
      throw error;
    },
  ));

export function FactsTab({ progress, ...props }: FactsTabProps) {
  const [, setLoaded] = useState(factsContent !== undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const needed = props.comparison !== undefined;
  useEffect(() => {
    if (factsContent) return;
    let live = true;
    const load = () =>
      loadFactsContent().then(
        () => live && setLoaded(true),
        (error: unknown) => live && setFailure(error),
      );
    if (needed) {
      void load();
      return () => {
        live = false;
      };
    }
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => void load(), { timeout: 2000 }) : setTimeout(() => void load(), 200);
    return () => {
      live = false;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
  }, [needed]);
  // A chunk that could not be fetched (a new deploy removed it) goes to the error boundary, which offers a reload.
  if (failure) throw failure;
  const Content = factsContent;
  if ((progress && !props.comparison) || !Content) return progress ?? null;
  return <Content {...props} />;
}
