import { type AppView, ViewSwitch } from './full-timeline.tsx';
import { updateSettings } from './settings.ts';
import { Toolbar } from './toolbar.tsx';

interface AppHeaderProps {
  view: AppView;
  onViewChange: (view: AppView) => void;
  comparedCount: number;
  onOpenLibrary: () => void;
  analysisOpen: boolean;
  onShowKeys: () => void;
}

export function AppHeader({ view, onViewChange, comparedCount, onOpenLibrary, analysisOpen, onShowKeys }: AppHeaderProps) {
  return (
    <header className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-stone-300 px-4 py-3 lg:min-h-16 lg:py-2 dark:border-stone-700">
      <h1 className="font-sans text-lg font-bold tracking-tight">
        Parallax <span className="hidden font-normal text-stone-600 sm:inline lg:hidden xl:inline dark:text-stone-400">· reports side by side</span>
      </h1>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ViewSwitch view={view} onChange={onViewChange} />
        <button
          type="button"
          onClick={onOpenLibrary}
          className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800"
        >
          Library &amp; import <span className="font-normal">({comparedCount} compared)</span>
        </button>
        {/* 1024–1279 px: no room for a fixed analysis column, so it opens beside the panes on demand. */}
        <button
          type="button"
          hidden={view !== 'reader'}
          aria-expanded={analysisOpen}
          aria-controls="analysis"
          onClick={() => updateSettings({ analysisOpen: !analysisOpen })}
          className="hidden items-center gap-1.5 rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-expanded:bg-stone-200 lg:inline-flex xl:hidden dark:border-stone-500 dark:hover:bg-stone-800 dark:aria-expanded:bg-stone-800"
        >
          <span aria-hidden="true">{analysisOpen ? '▸' : '◂'}</span>
          Facts &amp; timeline
        </button>
        <Toolbar onShowKeys={onShowKeys} />
      </div>
    </header>
  );
}
