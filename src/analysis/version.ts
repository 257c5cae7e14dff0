/**
 * Bumped whenever analysis output can change, so cached results are not reused across versions.
 * Its own module so the app can read it without pulling the analysis code into the main bundle.
 */
export const ANALYSIS_VERSION = 38;
