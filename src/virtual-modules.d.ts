/** The bundled reports, parsed at build time (vite.config.ts, `bundledReports`). */
declare module 'virtual:bundled-reports' {
  /** The reports' ids (their file names without `.txt`), sorted. */
  export const BUNDLED_REPORT_IDS: string[];
  /** Where the parsed reports are served: a JSON array of `Report`, in the order of the ids. */
  export const BUNDLED_REPORTS_URL: string;
}
