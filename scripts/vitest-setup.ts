import fc from 'fast-check';

// Property tests explore new random cases on every local run, but CI replays a fixed seed so a
// landing never depends on luck; FC_SEED reproduces any failure a local run prints.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20141024 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
