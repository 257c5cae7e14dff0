import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  onClose(): void;
  /** Id of the heading that names the dialog. */
  titleId: string;
  title: string;
  /** Width and height limits, e.g. `w-[min(28rem,calc(100vw-1rem))]`. */
  sizeClassName: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the dialog's last control goes to its first, Shift+Tab from the first to the last. A
 * native modal dialog lets focus leave for the browser's own controls, which headless and embedded
 * browsers do not have: there it fell to the page body behind the dialog, every second Tab in the
 * list of keys, whose one control is Close.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility?.() ?? true);
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!first || !last) return;
  const edge = event.shiftKey ? first : last;
  if (document.activeElement !== edge && event.currentTarget.contains(document.activeElement)) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/**
 * A native modal `<dialog>` kept in step with `open`, with a sticky heading and a Close button. Focus
 * goes back to whatever had it when the dialog opened (a toolbar button, a sentence, the page).
 */
export function ModalDialog({ open, onClose, titleId, title, sizeClassName, children }: ModalDialogProps) {
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
  // A dialog taken out of the page while open (its view failing, an error boundary in its place)
  // never fires `close`, and focus would fall to the page body.
  useEffect(
    () => () => {
      if (opener.current?.isConnected) opener.current.focus({ preventScroll: true });
    },
    [],
  );
  // `[overflow-wrap:anywhere]`: a title or file name with no break in it ("Woodburn_bank_bombing_…_2008-12-13")
  // wraps instead of widening the dialog past a phone's screen, which had put its Close button out of reach.
  return (
    <dialog
      ref={dialog}
      onClose={() => {
        onClose();
        opener.current?.focus({ preventScroll: true });
        opener.current = null;
      }}
      onKeyDown={keepTabInside}
      aria-labelledby={titleId}
      className={`m-auto ${sizeClassName} rounded-lg border border-stone-300 bg-stone-50 p-0 [overflow-wrap:anywhere] text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100`}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-stone-300 bg-stone-50 px-4 py-3 dark:border-stone-700 dark:bg-stone-950">
        <h2 id={titleId} className="font-sans text-lg font-bold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-stone-400 px-3 py-1 font-sans text-sm font-semibold hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800"
        >
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
