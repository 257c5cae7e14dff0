// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isChunkLoadError } from '../error-boundary.tsx';
import { ErrorFallback, ViewBoundary } from '../error-fallback.tsx';

afterEach(cleanup);
// React reports every error a boundary catches on the console; the tests expect them.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const chunkError = () => new TypeError('Failed to fetch dynamically imported module: https://example.test/assets/library-dialog-1a2b.js');

describe('isChunkLoadError', () => {
  it('knows each browser’s words for a chunk that cannot be fetched', () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: https://example.test/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isChunkLoadError(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('ErrorFallback', () => {
  it('offers Reload for a missing chunk, saying nothing is lost, and a way back', () => {
    const onReload = vi.fn();
    const back = vi.fn();
    render(<ErrorFallback error={chunkError()} what="The library" layout="overlay" onReload={onReload} back={{ label: 'Close', action: back }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A new version of Parallax is available.');
    expect(alert).toHaveTextContent(
      'The library could not be loaded because this tab still runs the previous version. Reloading keeps your library and the reports you compare.',
    );
    // An overlay takes focus, so a keyboard user lands on it.
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(back).toHaveBeenCalledOnce();
  });

  it('names any other error and offers a way back', () => {
    render(
      <ErrorFallback
        error={new RangeError('Invalid time value')}
        what="The timeline"
        layout="panel"
        onReload={() => {}}
        back={{ label: 'Try again', action: () => {} }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown.');
    expect(alert).toHaveTextContent('The error was: Invalid time value.');
    expect(alert).not.toHaveTextContent('new version');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).not.toHaveFocus();
  });
});

describe('ViewBoundary', () => {
  it('shows the new-version message when a lazy view’s chunk fails, and keeps the rest of the page', async () => {
    const Missing = lazy(() => Promise.reject(chunkError()));
    function Page() {
      const [open, setOpen] = useState(true);
      return (
        <div>
          <h1>Parallax</h1>
          {open && (
            <ViewBoundary what="The library" layout="overlay" onClose={() => setOpen(false)}>
              <Suspense fallback={<p>Loading…</p>}>
                <Missing />
              </Suspense>
            </ViewBoundary>
          )}
        </div>
      );
    }
    render(<Page />);
    expect(await screen.findByRole('alert')).toHaveTextContent('A new version of Parallax is available.');
    expect(screen.getByRole('heading', { name: 'Parallax' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Parallax' })).toBeInTheDocument();
  });

  it('renders its children again on Try again', () => {
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('not yet');
      return <p>Shown</p>;
    }
    render(
      <ErrorBoundary
        fallback={(error, reset) => (
          <button type="button" onClick={reset}>
            {(error as Error).message}
          </button>
        )}
      >
        <Flaky />
      </ErrorBoundary>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'not yet' }));
    expect(screen.getByText('Shown')).toBeInTheDocument();
  });
});
