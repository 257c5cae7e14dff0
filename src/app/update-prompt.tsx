import { lazy, Suspense, useEffect, useState } from 'react';
import { useUpdateState, type UpdateState } from './app-update.ts';

const loadBar = () => import('./update-bar.tsx');
const UpdateBar = lazy(loadBar);
/** Long after the first screen, well before a deploy could remove this version's files. */
const BAR_AFTER_MS = 3000;

/**
 * A bar under the header when a newer build is deployed. It never reloads by itself: the user may be
 * in the middle of an edit or an import. "Not now" hides it until the next change of state.
 *
 * The bar's code is not on the first screen, which seldom shows it, but is fetched as soon as the
 * page has settled: one of the states it reports is that this version's files can no longer be fetched
 * (`stale`), and by then the bar must already be loaded. With the service worker every file of this
 * version stays fetchable offline and after a deploy, so that state only comes without one; should the
 * bar itself fail to load then, the app's error boundary offers a reload in its place.
 */
export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const state = useUpdateState();
  const [dismissed, setDismissed] = useState<UpdateState | null>(null);
  useEffect(() => {
    const later = setTimeout(() => void loadBar(), BAR_AFTER_MS);
    return () => clearTimeout(later);
  }, []);
  return (
    // Always in the page, so screen readers announce the message when it appears.
    <div role="status" className="shrink-0 font-sans text-sm empty:hidden">
      {state !== 'current' && dismissed !== state && (
        <Suspense fallback={null}>
          <UpdateBar state={state} onReload={onReload} onDismiss={() => setDismissed(state)} />
        </Suspense>
      )}
    </div>
  );
}
