import type { StorageStatus } from './storage.ts';

/** Says plainly when imported reports will not survive closing the tab; renders nothing otherwise. */
export function StorageNotice({ status, reason }: { status: StorageStatus; reason: string | null }) {
  if (status === 'persistent') return null;
  return (
    <p role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      Nothing is saved on this device{reason ? `: ${reason}` : ''}. Imported reports stay until this tab is closed; export them to keep them.
    </p>
  );
}
