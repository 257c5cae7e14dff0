import { useId, useState, type FormEvent } from 'react';
import { comparisonName } from './comparison-name.ts';
import { ROW_BUTTON } from './form-parts.tsx';
import { MIN_COMPARED } from './library-panel.tsx';
import { RenameComparisonForm } from './rename-comparison-form.tsx';
import { useFocusAfter } from './use-focus-after.ts';
import { useVisitMessage } from './use-visit-message.ts';
import type { SavedComparison } from './storage.ts';

interface ComparisonsListProps {
  /** The bundled pair: always listed first, can be opened but not renamed or deleted, so it can never be lost. */
  builtIn: { name: string; reportIds: string[]; shownIds: string[] };
  saved: SavedComparison[];
  /** Names of reports by id, for the line under each comparison; undefined for a report no longer in the library. */
  titleOf: (id: string) => string | undefined;
  currentIds: string[];
  /**
   * The comparison the reader shows ('' for the bundled pair), when known: of several that hold the
   * open reports (a copy saved under a new name holds the same ones), it is the one marked open.
   */
  openId?: string | null;
  /** Compare `reportIds` again, with `shownIds` in the panes as when it was saved; comparison `id` is then the open one. */
  onOpen(id: string, reportIds: string[], shownIds: string[]): void;
  /** Saves the open reports as a new comparison called `name`, which becomes the open one. */
  onSave(name: string): void;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
  /** Changes when the library closes or opens: what the last save, rename or deletion said is then forgotten. */
  visit?: number;
}

/** Saved comparisons: open one to compare its reports again, save the current one under a name, rename or delete one. */
export function ComparisonsList({ builtIn, saved, titleOf, currentIds, openId = null, onOpen, onSave, onRename, onDelete, visit = 0 }: ComparisonsListProps) {
  const ids = useId();
  const [name, setName] = useState('');
  const [refused, setRefused] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  // What the last save, rename or deletion did, said here: a saved copy had appeared in the list without a word.
  const [said, setSaid] = useVisitMessage(visit, '');
  // When a row's form or confirmation closes, focus goes back to the button that opened it, or after
  // a deletion to the heading, whose status line then says what happened.
  const setFocusNext = useFocusAfter(`${ids}-h`);
  // Reports deleted from the library drop out of a comparison's list (storage takes them out too;
  // this covers records written before it did).
  const rows = [{ id: '', ...builtIn }, ...saved].map((item) => {
    const live = item.reportIds.filter((id) => titleOf(id) !== undefined);
    return { ...item, live, name: item.id ? comparisonName(item, titleOf) : builtIn.name };
  });
  const holding = rows.filter((row) => row.live.length > 0 && sameIds(row.live, currentIds));
  const open = holding.find((row) => row.id === openId) ?? holding[0];
  /** Whether a row other than `except` goes by `typed`, however its letters are cased: the list could not tell the two apart. */
  const taken = (typed: string, except?: string) => rows.some((row) => row.id !== except && row.name.toLocaleLowerCase() === typed.toLocaleLowerCase());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    if (taken(typed)) {
      setRefused(`Another comparison is called “${typed}”: choose another name.`);
      return;
    }
    onSave(typed);
    setSaid(
      open ? `Saved a copy of “${open.name}” under the name “${typed}”: the copy is the one open now.` : `Saved the open reports as the comparison “${typed}”.`,
    );
    setName('');
  };
  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-3 p-4 text-sm">
      <h2 id={`${ids}-h`} tabIndex={-1} className="font-sans text-base font-semibold">
        Comparisons
      </h2>
      <p role="status" className="text-stone-700 empty:hidden dark:text-stone-300">
        {said}
      </p>
      <ul className="divide-y divide-stone-300 dark:divide-stone-700">
        {rows.map((item) => (
          <li key={item.id || 'bundled'} className="flex flex-wrap items-start gap-2 py-2">
            {renaming === item.id ? (
              <RenameComparisonForm
                name={item.name}
                taken={(typed) => taken(typed, item.id)}
                onSave={(typed) => {
                  setRenaming(null);
                  setFocusNext(`${ids}-rename-${item.id}`);
                  // An unchanged name is not written: one the list derived keeps following the reports.
                  if (typed === item.name) {
                    setSaid(`“${typed}” keeps its name.`);
                    return;
                  }
                  onRename(item.id, typed);
                  setSaid(`Renamed “${item.name}” to “${typed}”.`);
                }}
                onCancel={() => {
                  setRenaming(null);
                  setFocusNext(`${ids}-rename-${item.id}`);
                }}
              />
            ) : (
              <>
                {/* At least 10rem for the names: on a phone the buttons go on a line of their own below. */}
                <div className="min-w-0 grow basis-40">
                  <p className="font-medium">
                    {item.name}
                    {item === open && <span className="ml-2 text-xs font-normal">(open now)</span>}
                  </p>
                  <p className="text-xs text-stone-600 dark:text-stone-400">{item.live.map(titleOf).join(' · ')}</p>
                  {/* A comparison left with fewer than two reports stays and says so, rather than going with
                      the report: an import starts a comparison with one report for the next ones to join, so
                      that is an ordinary state, and removing it would take a name the user typed with it. */}
                  {item.live.length < MIN_COMPARED && (
                    <p className="text-xs text-stone-600 dark:text-stone-400">
                      {item.live.length ? 'Needs another report to compare.' : 'Its reports were deleted: nothing is left to open.'}
                    </p>
                  )}
                </div>
                <div className="flex shrink-0 gap-1">
                  <button
                    type="button"
                    disabled={item.live.length < 1}
                    onClick={() => onOpen(item.id, item.live, item.shownIds)}
                    className={ROW_BUTTON}
                    aria-label={`Open comparison ${item.name}`}
                  >
                    Open
                  </button>
                  {item.id && (
                    <button
                      type="button"
                      id={`${ids}-rename-${item.id}`}
                      onClick={() => {
                        setConfirming(null);
                        setRenaming(item.id);
                      }}
                      className={ROW_BUTTON}
                      aria-label={`Rename comparison ${item.name}`}
                    >
                      Rename
                    </button>
                  )}
                  {item.id && confirming !== item.id && (
                    <button
                      type="button"
                      id={`${ids}-delete-${item.id}`}
                      onClick={() => setConfirming(item.id)}
                      className={ROW_BUTTON}
                      aria-label={`Delete comparison ${item.name}`}
                    >
                      Delete
                    </button>
                  )}
                </div>
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
              </>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${ids}-name`} className="block font-medium">
            Save the current comparison as
          </label>
          <input
            id={`${ids}-name`}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setRefused('');
            }}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? `${ids}-refused` : undefined}
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
        {refused && (
          <p id={`${ids}-refused`} role="alert" ref={revealRefusal} className="w-full text-xs font-semibold text-rose-800 dark:text-rose-300">
            {refused}
          </p>
        )}
      </form>
    </section>
  );
}

/** On a phone the name field sits at the dialog's lower edge when Enter is pressed: the refusal below it comes into view. */
const revealRefusal = (element: HTMLElement | null) => element?.scrollIntoView?.({ block: 'nearest' });

/** The same reports in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
