import fc from 'fast-check';
import { vi } from 'vitest';

// Property tests explore new random cases on every local run, but CI replays a fixed seed so a
// landing never depends on luck; FC_SEED reproduces any failure a local run prints.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20141024 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

// Test files share a worker (`isolate: false` in vite.config.ts), and this file runs before each.
// Pure modules are shared on purpose: the analysis library's tables load once per worker, not once
// per file. A DOM file gets its own copy of our modules (module state such as the update prompt's
// or the settings' is per file) and a blank page: the jsdom window itself is reused, since loading
// jsdom again costs about a second of CPU per file.
if (typeof window !== 'undefined') {
  vi.resetModules();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
}
