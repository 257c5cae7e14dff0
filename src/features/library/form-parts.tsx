/** A small button of a library or comparisons row (Open, Edit, Rename, Delete). */
export const ROW_BUTTON =
  'rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800';

/** A text field of the library's inline forms (editing a report, renaming a comparison). */
export const INPUT = 'w-full rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900';

/** The two buttons that end the library's inline forms: Save submits the form, Cancel leaves it. */
export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white dark:bg-stone-200 dark:text-stone-900">
        Save
      </button>
      <button type="button" onClick={onCancel} className="rounded border border-stone-400 px-3 py-1">
        Cancel
      </button>
    </div>
  );
}
