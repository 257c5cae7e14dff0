import { useEffect, useRef, type ReactNode } from 'react';
import { libraryStorage } from '../features/library/storage.ts';
import { reloadApp } from './app-update.ts';
import { ErrorBoundary, isChunkLoadError } from './error-boundary.tsx';

/** Waits for the library's writes before reloading, so a report being saved is not cut off. */
export const reloadKeepingLibrary = () => reloadApp(() => libraryStorage().settled());

/** `panel`: in place of a part of the page; `overlay`: over the page, for what opened on top of it; `page`: the whole app. */
type Layout = 'panel' | 'overlay' | 'page';

interface FallbackProps {
  error: unknown;
  /** What failed, as the subject of a sentence: "The library". */
  what: string;
  layout: Layout;
  onReload?: () => void;
  /** The way back: close what failed, or show it again. */
  back: { label: string; action: () => void };
}

const BUTTON = 'rounded border border-stone-500 px-3 py-1.5 font-semibold hover:bg-stone-200 dark:hover:bg-stone-800';
const PRIMARY = 'rounded bg-amber-700 px-3 py-1.5 font-semibold text-white hover:bg-amber-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200';
const LAYOUT: Record<Layout, string> = {
  panel: 'm-3',
  overlay: 'fixed inset-x-2 top-20 z-50 mx-auto max-w-lg shadow-xl',
  page: 'mx-auto mt-16 max-w-lg',
};

/**
 * Says what failed and what to do, never a blank page. A chunk that cannot be loaded means a newer
 * version was deployed: reloading is the fix, and it keeps the library and the compared reports
 * (IndexedDB, localStorage), so the message says so. Anything else names the error and offers a way
 * back; reloading stays possible.
 */
export function ErrorFallback({ error, what, layout, onReload = () => void reloadKeepingLibrary(), back }: FallbackProps) {
  const first = useRef<HTMLButtonElement>(null);
  // An overlay appears where the user had just clicked: bring keyboard focus to it.
  useEffect(() => {
    if (layout === 'overlay') first.current?.focus();
  }, [layout]);
  const outdated = isChunkLoadError(error);
  return (
    <div
      role="alert"
      className={`${LAYOUT[layout]} space-y-2 rounded border border-amber-700 bg-stone-50 p-4 font-sans text-sm text-stone-900 dark:bg-stone-950 dark:text-stone-100`}
    >
      {outdated ? (
        <>
          <p className="text-base font-semibold">A new version of Parallax is available.</p>
          <p>{what} could not be loaded because this tab still runs the previous version. Reloading keeps your library and the reports you compare.</p>
        </>
      ) : (
        <>
          <p className="text-base font-semibold">{what} could not be shown.</p>
          <p>
            The error was: <span className="break-words">{describeError(error)}</span>. Your library and the reports you compare are kept.
          </p>
        </>
      )}
      <div className="flex flex-wrap gap-2 pt-1">
        <button ref={first} type="button" onClick={onReload} className={outdated ? PRIMARY : BUTTON}>
          Reload
        </button>
        <button type="button" onClick={back.action} className={BUTTON}>
          {back.label}
        </button>
      </div>
    </div>
  );
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** A lazily loaded part of the app that fails alone: the page around it stays usable. */
export function ViewBoundary({ what, layout = 'panel', onClose, children }: { what: string; layout?: Layout; onClose?: () => void; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <ErrorFallback error={error} what={what} layout={layout} back={onClose ? { label: 'Close', action: onClose } : { label: 'Try again', action: reset }} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** The last line: whatever the app throws, the page shows a message with Reload, not white. */
export function AppBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <main className="min-h-dvh bg-stone-50 px-4 dark:bg-stone-950">
          <h1 className="sr-only">Parallax</h1>
          <ErrorFallback error={error} what="Parallax" layout="page" back={{ label: 'Try again', action: reset }} />
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
