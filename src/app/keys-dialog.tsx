import { useEffect, useRef } from 'react';

const KEYS: [keys: string[], what: string][] = [
  [['j', 'n'], 'Next shared fact or conflict'],
  [['k', 'p'], 'Previous shared fact or conflict'],
  [['Enter'], 'On a marked sentence: jump to the same fact in the other report'],
  [['?'], 'Show this list of keys'],
  [['Esc'], 'Close this list or the library'],
];

/**
 * The keyboard shortcuts as a small native modal dialog. Focus goes back to whatever had it when the
 * dialog opened (the Keys button, a sentence, the page).
 */
export function KeysDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={() => {
        onClose();
        opener.current?.focus({ preventScroll: true });
        opener.current = null;
      }}
      aria-labelledby="keys-title"
      className="m-auto w-[min(28rem,calc(100vw-1rem))] rounded-lg border border-stone-300 bg-stone-50 p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100"
    >
      <div className="flex items-center justify-between border-b border-stone-300 px-4 py-3 dark:border-stone-700">
        <h2 id="keys-title" className="font-sans text-lg font-bold">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800">
          Close
        </button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 px-4 py-3 font-sans text-sm">
        {KEYS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt className="whitespace-nowrap">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="text-stone-600 dark:text-stone-400"> or </span>}
                  <kbd className="rounded border border-stone-400 bg-white px-1.5 py-0.5 font-mono text-xs dark:border-stone-500 dark:bg-stone-900">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="px-4 pb-3 font-sans text-xs text-stone-600 dark:text-stone-400">The keys work anywhere except in text fields.</p>
    </dialog>
  );
}

/** True while the user types: shortcuts must not steal letters from text fields. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
