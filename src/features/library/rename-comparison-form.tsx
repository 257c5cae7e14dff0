import { useId, useState, type FormEvent } from 'react';
import { INPUT, SaveCancel } from './form-parts.tsx';

interface RenameComparisonFormProps {
  /** The name the comparison goes by now, given or derived: the field starts with it. */
  name: string;
  onSave(name: string): void;
  onCancel(): void;
}

/**
 * A comparison's name, edited inline in its row as the library's reports are. Escape cancels from
 * any of its controls and goes no further: the library dialog around it closes on Escape too.
 */
export function RenameComparisonForm({ name, onSave, onCancel }: RenameComparisonFormProps) {
  const ids = useId();
  const [value, setValue] = useState(name);
  const [refused, setRefused] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!value.trim()) {
      // Said beside the field, and focus kept there: an empty name is not saved, and a Save that did
      // nothing would leave the reader guessing why.
      setRefused(true);
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    onSave(value.trim());
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
          if (e.target.value.trim()) setRefused(false);
        }}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? `${ids}-error` : undefined}
        className={INPUT}
        autoFocus
      />
      {refused && (
        <p id={`${ids}-error`} role="alert" className="text-xs font-semibold text-rose-800 dark:text-rose-300">
          A comparison needs a name: type one, or Cancel to keep “{name}”.
        </p>
      )}
      <SaveCancel onCancel={onCancel} />
    </form>
  );
}
