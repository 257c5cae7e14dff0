import { useId, useState, type FormEvent } from 'react';
import { INPUT, SaveCancel } from './form-parts.tsx';

interface RenameComparisonFormProps {
  /** The name the comparison goes by now, given or derived: the field starts with it. */
  name: string;
  /** Whether another comparison goes by this name already: two rows called alike could not be told apart. */
  taken(name: string): boolean;
  onSave(name: string): void;
  onCancel(): void;
}

/**
 * A comparison's name, edited inline in its row as the library's reports are. Escape cancels from
 * any of its controls and goes no further: the library dialog around it closes on Escape too.
 */
export function RenameComparisonForm({ name, taken, onSave, onCancel }: RenameComparisonFormProps) {
  const ids = useId();
  const [value, setValue] = useState(name);
  const [refused, setRefused] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = value.trim();
    const refusal = !typed
      ? `A comparison needs a name: type one, or Cancel to keep “${name}”.`
      : taken(typed)
        ? `Another comparison is called “${typed}”: choose another name, or Cancel to keep “${name}”.`
        : '';
    if (refusal) {
      // Said beside the field, and focus kept there: a Save that did nothing would leave the reader guessing why.
      setRefused(refusal);
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    onSave(typed);
  };
  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      aria-label={`Rename ${name}`}
      noValidate
      className="grid w-full gap-2"
    >
      {/* The row the form replaces named the comparison; on a phone the form is all there is to see. */}
      <p className="font-semibold">Renaming “{name}”</p>
      <label htmlFor={`${ids}-name`} className="font-medium">
        Name
      </label>
      <input
        id={`${ids}-name`}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setRefused('');
        }}
        aria-invalid={refused ? true : undefined}
        aria-describedby={refused ? `${ids}-error` : undefined}
        className={INPUT}
        autoFocus
      />
      {refused && (
        <p id={`${ids}-error`} role="alert" className="text-xs font-semibold text-rose-800 dark:text-rose-300">
          {refused}
        </p>
      )}
      <SaveCancel onCancel={onCancel} />
    </form>
  );
}
