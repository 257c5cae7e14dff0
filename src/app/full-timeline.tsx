import { lazy, useCallback, type MouseEvent, type ReactNode } from 'react';
import { pushSearch } from '../shared/url-search.ts';
import { useSearchParam } from './use-search-param.ts';

/**
 * The full-width timeline as a second view of the app, `?view=timeline`. A search parameter like the
 * active fact, so it deep-links and survives a reload; a history entry of its own, so the back
 * button returns to the reader. Its code (with d3's scales and the timeline filters) loads only when the view opens.
 */
export const FullTimeline = lazy(() => import('./full-timeline-view.tsx').then((m) => ({ default: m.FullTimelineView })));

export type AppView = 'reader' | 'timeline';

const VIEW_PARAM = 'view';

function viewHref(view: AppView): string {
  const params = new URLSearchParams(window.location.search);
  if (view === 'timeline') params.set(VIEW_PARAM, 'timeline');
  else params.delete(VIEW_PARAM);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

export function useAppView(): [AppView, (view: AppView) => void] {
  const [param] = useSearchParam(VIEW_PARAM);
  const setView = useCallback((view: AppView) => {
    pushSearch((params) => {
      if (view === 'timeline') params.set(VIEW_PARAM, 'timeline');
      else params.delete(VIEW_PARAM);
      return params;
    });
  }, []);
  return [param === 'timeline' ? 'timeline' : 'reader', setView];
}

/** Real links (open in a new tab works), handled in place for a plain click. */
function ViewLink({
  to,
  current,
  onChange,
  className,
  children,
}: {
  to: AppView;
  current?: AppView;
  onChange: (view: AppView) => void;
  className: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(to);
  };
  return (
    <a href={viewHref(to)} aria-current={current === to ? 'page' : undefined} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/** The header's switch between the reader and the full timeline. */
export function ViewSwitch({ view, onChange }: { view: AppView; onChange: (view: AppView) => void }) {
  const link =
    'rounded px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white dark:hover:bg-stone-800 dark:aria-[current=page]:bg-stone-200 dark:aria-[current=page]:text-stone-950';
  return (
    <nav aria-label="Views" className="flex rounded border border-stone-400 p-0.5 dark:border-stone-500">
      <ViewLink to="reader" current={view} onChange={onChange} className={link}>
        Reader
      </ViewLink>
      <ViewLink to="timeline" current={view} onChange={onChange} className={link}>
        Full timeline
      </ViewLink>
    </nav>
  );
}

/** The side panel's way into the full view. */
export function OpenFullTimeline({ onOpen }: { onOpen: (view: AppView) => void }) {
  return (
    <p className="px-4 pt-3 font-sans text-sm">
      <ViewLink to="timeline" onChange={onOpen} className="font-semibold text-amber-900 underline underline-offset-2 hover:no-underline dark:text-amber-300">
        Open full timeline <span aria-hidden="true">→</span>
      </ViewLink>
    </p>
  );
}
