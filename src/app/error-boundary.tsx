import { Component, type ReactNode } from 'react';

/**
 * The messages browsers and Vite's loader give when a chunk of this build cannot be fetched: after a
 * deploy it is gone from the server (and from a newer service worker's cache).
 */
const CHUNK_LOAD_FAILURE = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite, for a chunk's stylesheet
  /Loading (CSS )?chunk \S+ failed/i,
];

export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_LOAD_FAILURE.some((pattern) => pattern.test(error.message));
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the children once one of them has thrown; `reset` renders them again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
}

/** Catches what its children throw while rendering (a lazy chunk that fails to load included), so the rest of the page stays. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  reset = () => this.setState({ failed: false, error: null });

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
