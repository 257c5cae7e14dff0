import type { UpdateState } from './app-update.ts';

const DETAIL: Record<Exclude<UpdateState, 'current'>, string> = {
  waiting: 'Reload to use it; your library and the reports you compare are kept.',
  'taken-elsewhere':
    'Another tab already uses it. Reload this tab too, or parts it has not opened yet may not load; your library and the reports you compare are kept.',
  stale: 'Part of this version could no longer be loaded. Reload to use the new one; your library and the reports you compare are kept.',
};

/** The bar `UpdatePrompt` shows: what changed, Reload, and Not now. */
export default function UpdateBar({ state, onReload, onDismiss }: { state: Exclude<UpdateState, 'current'>; onReload: () => void; onDismiss: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-amber-700 bg-amber-50 px-4 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      <p>
        <strong>A new version of Parallax is available.</strong> {DETAIL[state]}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={onReload}
          className="rounded bg-amber-700 px-3 py-1 font-semibold text-white hover:bg-amber-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
        >
          Reload
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded border border-amber-800 px-3 py-1 font-semibold hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900"
        >
          Not now
        </button>
      </div>
    </div>
  );
}
