/**
 * Largest file the app and the CLI accept, checked against `File.size` / `stat().size` before the
 * bytes are read, and counted as they are read where no size is known ahead (a pipe, a device,
 * stdin, one line of the CLI's JSONL input). A long news report is a few hundred KB even as a saved web page with inline
 * styles; 5 MB leaves room for bloated pages while keeping a mistaken drop (a video, a dump) from
 * being read into memory whole.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** "5 MB" — the limit as people read it, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The one-line refusal used by the import panel and the CLI, so both say the same thing. */
export function tooLargeMessage(size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return `too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)})`;
}

/** The refusal for a source with no size known ahead (a pipe, a device): read up to the limit, then stopped. */
export function tooLargeStreamMessage(): string {
  return `too large (reading stopped after ${formatBytes(MAX_IMPORT_BYTES)}, the limit)`;
}
