import { ModalDialog } from './modal-dialog.tsx';

const KEYS: [keys: string[], what: string][] = [
  [['j', 'n'], 'Next shared fact or conflict (with more reports than panes: of the reports shown)'],
  [['k', 'p'], 'Previous shared fact or conflict'],
  [['Enter'], 'On a marked sentence: jump to the same fact in the other report (marked 1·B: show report B in the other pane)'],
  [['?'], 'Show this list of keys'],
  [['Esc'], 'Close this list or the library; in the reader, let go of the chosen fact or of a closest wording shown with ≈, back to where you were'],
];

/** The keyboard shortcuts as a small native modal dialog. */
export function KeysDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <ModalDialog open={open} onClose={onClose} titleId="keys-title" title="Keyboard shortcuts" sizeClassName="w-[min(28rem,calc(100vw-1rem))]">
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
      <p className="px-4 pb-3 font-sans text-xs text-stone-600 dark:text-stone-400">The keys work anywhere except in text fields and drop-down lists.</p>
    </ModalDialog>
  );
}

/** True while the user types: shortcuts must not steal letters from text fields. */
