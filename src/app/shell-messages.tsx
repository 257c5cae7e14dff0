import type { ReactNode } from 'react';

/** What to do when fewer than two reports are compared: the library is where reports are added and chosen. */
export function NextStep({ children, onOpenLibrary, compact = false }: { children: ReactNode; onOpenLibrary: () => void; compact?: boolean }) {
  return (
    <div
      role="status"
      className={`${compact ? 'm-3 shrink-0 p-3' : 'm-6 max-w-prose p-5'} rounded border border-stone-400 font-sans text-sm dark:border-stone-500`}
    >
      <p className={compact ? '' : 'text-base font-semibold'}>{children}</p>
      <p className="mt-1">Compare two or more reports: open Library &amp; import to add or choose reports.</p>
      <button
        type="button"
        onClick={onOpenLibrary}
        className="mt-3 rounded bg-amber-700 px-3 py-1.5 font-semibold text-white hover:bg-amber-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
      >
        Choose or import reports
      </button>
    </div>
  );
}

/** The bundled reports could not be fetched or parsed; the reader can try again. */
export function BundledError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="m-6 rounded border border-rose-700 p-4">
      <p className="font-semibold">The bundled reports could not be loaded.</p>
      <p>{message}</p>
      <button type="button" className="mt-2 rounded border px-2 py-1" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function AnalysisError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="m-3 rounded border border-rose-700 p-3 text-sm">
      Analysis failed: {error.message}. The reports are still readable.
    </p>
  );
}

export function AnalysisProgress() {
  return (
    <div role="status" className="m-3 flex items-center gap-3 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
      <progress className="h-2 w-24 accent-amber-700" aria-label="Analysis progress" />
      Finding shared facts and dates…
    </div>
  );
}
