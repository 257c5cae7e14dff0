import { useId, useState, type FormEvent } from 'react';
import { useFocusAfter } from './use-focus-after.ts';
import type { SavedComparison } from './storage.ts';

interface ComparisonsListProps {
  /** The bundled pair: always listed first, can be opened but not deleted, so it can never be lost. */
  builtIn: { name: string; reportIds: string[]; shownIds: string[] };
  saved: SavedComparison[];
  /** Names of reports by id, for the line under each comparison. */
  titleOf: (id: string) => string | undefined;
  currentIds: string[];
  /** Compare `reportIds` again, with `shownIds` in the panes as when it was saved. */
  onOpen(reportIds: string[], shownIds: string[]): void;
  onSave(name: string): void;
  onDelete(id: string): void;
}

/** Saved comparisons: open one to compare its reports again, save the current one under a name. */
export function ComparisonsList({ builtIn, saved, titleOf, currentIds, onOpen, onSave, onDelete }: ComparisonsListProps) {
  const ids = useId();
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  // What the last save or deletion did, said here: a saved copy had appeared in the list without a word.
  const [said, setSaid] = useState('');
  // When a confirmation closes, focus goes back to its Delete button, or after a deletion to the
  // heading, whose status line then says what happened.
  const setFocusNext = useFocusAfter(`${ids}-h`);
  const items = [{ id: '', ...builtIn }, ...saved];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onSave(name.trim());
    setSaid(`Saved the open reports as the comparison “${name.trim()}”.`);
    setName('');
  };
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-3 p-4 text-sm">
      <h2 id={`${ids}-h`} tabIndex={-1} className="font-sans text-base font-semibold">
        Comparisons
      </h2>
      <p role="status" className="text-stone-700 empty:hidden dark:text-stone-300">
        {said}
      </p>
      <ul className="divide-y divide-stone-300 dark:divide-stone-700">
        {items.map((item) => {
          const missing = item.reportIds.filter((id) => !titleOf(id));
          return (
            <li key={item.id || 'bundled'} className="flex flex-wrap items-start gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {item.name}
                  {same(item.reportIds, currentIds) && <span className="ml-2 text-xs font-normal">(open now)</span>}
                </p>
                <p className="text-xs text-stone-600 dark:text-stone-400">{item.reportIds.map((id) => titleOf(id) ?? 'deleted report').join(' · ')}</p>
              </div>
              <button
                type="button"
                disabled={item.reportIds.length - missing.length < 1}
                onClick={() =>
                  onOpen(
                    item.reportIds.filter((id) => titleOf(id)),
                    item.shownIds,
                  )
                }
                className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800"
                aria-label={`Open comparison ${item.name}`}
              >
                Open
              </button>
              {item.id && confirming !== item.id && (
                <button
                  type="button"
                  id={`${ids}-delete-${item.id}`}
                  onClick={() => setConfirming(item.id)}
                  className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
                  aria-label={`Delete comparison ${item.name}`}
                >
                  Delete
                </button>
              )}
              {item.id && confirming === item.id && (
                <div role="group" aria-label={`Confirm deleting ${item.name}`} className="flex w-full items-center gap-2">
                  <span>Delete this comparison? Its reports stay in the library.</span>
                  <button
                    type="button"
                    className="rounded bg-red-700 px-2 py-1 text-white"
                    onClick={() => {
                      setConfirming(null);
                      onDelete(item.id);
                      setSaid(`Deleted the comparison “${item.name}”. Its reports stay in the library.`);
                      setFocusNext(`${ids}-h`);
                    }}
                  >
                    Delete
                  </button>
                  <button
                    type="button"
                    className="rounded border border-stone-400 px-2 py-1"
                    onClick={() => {
                      setConfirming(null);
                      setFocusNext(`${ids}-delete-${item.id}`);
                    }}
                    autoFocus
                  >
                    Keep
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${ids}-name`} className="block font-medium">
            Save the current comparison as
          </label>
          <input
            id={`${ids}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Election night coverage"
            className="w-full rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <button
          type="submit"
          disabled={!name.trim() || currentIds.length < 2}
          className="rounded bg-stone-800 px-3 py-1 text-white disabled:opacity-40 dark:bg-stone-200 dark:text-stone-900"
        >
          Save
        </button>
      </form>
    </section>
  );
}
