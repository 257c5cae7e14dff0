import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { checkPublicationDate, localToday } from './publication-date.ts';

interface PublicationDateFormProps {
  /** The field's label; say whose date it is (visibly or in an sr-only part) when several forms share a screen. */
  label: ReactNode;
  /** The date the field starts with (ISO), or null for an empty field. */
  initial: string | null;
  submitLabel: string;
  /** Called with a checked ISO day; the caller saves it. */
  onSubmit(date: string): void;
  onCancel?(): void;
  /** Focus the field on mount: for forms opened by a button, not for forms that are always there. */
  autoFocus?: boolean;
}

const INPUT =
  'min-w-0 rounded border border-stone-400 bg-white px-2 py-1 text-stone-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-rose-700 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-[invalid=true]:border-rose-400';
const BUTTON =
  'rounded border px-2.5 py-1 font-sans text-xs font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-600';

/**
 * One date field with its button, used wherever a report's publication date can be set outside the
 * library (the timeline's undated lane, the reader's header). The date is checked on submit, not
 * while typing: a half-typed date is not an error yet.
 */
export function PublicationDateForm({ label, initial, submitLabel, onSubmit, onCancel, autoFocus = false }: PublicationDateFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const field = input.current;
    if (!field) return;
    const checked = checkPublicationDate(field.value, { incomplete: field.validity.badInput, today: localToday() });
    if (!checked.ok) {
      setError(checked.message);
      field.focus();
      return;
    }
    setError(null);
    onSubmit(checked.date);
  };
  return (
    <form onSubmit={submit} noValidate className="min-w-0 font-sans text-sm">
      <label htmlFor={`${id}-date`} className="mb-1 block text-xs font-semibold text-stone-700 dark:text-stone-300">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={`${id}-date`}
          type="date"
          defaultValue={initial ?? ''}
          max={localToday()}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              onCancel();
            }
          }}
          className={INPUT}
        />
        <button
          type="submit"
          className={`${BUTTON} border-amber-800 bg-amber-700 text-white hover:bg-amber-800 dark:border-amber-300 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200`}
        >
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={`${BUTTON} border-stone-400 hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800`}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-semibold text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
    </form>
  );
}
