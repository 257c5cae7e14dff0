import { useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent, type ReactNode } from 'react';
import type { ReportFinding } from '../../analysis/import/check-report.ts';
import { MAX_IMPORT_BYTES, formatBytes } from '../../analysis/import/limits.ts';
import type { Report } from '../../analysis/report/types.ts';
import { withPublished } from '../../analysis/report/with-published.ts';
import { publishedNote } from '../../shared/published-note.ts';
import { FILED_YEAR_NOTE, filedDay, inferredFrom } from './filed-day.ts';
import { reportName, untitledName, untitledNote } from '../../shared/report-name.ts';
import { useVisitMessage } from './use-visit-message.ts';
import {
  encodingNote,
  importInThread,
  importWarnings,
  pastedTooLarge,
  readImportFile,
  readPastedText,
  type DraftImporter,
  type ReadImport,
} from './read-import-file.ts';

export interface ImportPanelProps {
  /** Called with the confirmed reports (fields as edited), in order. The caller saves them and adds them to the library. */
  onImported(reports: Report[]): void;
  /** Reports already in the library, so an identical import can be pointed out. */
  existing?: readonly Report[];
  /** Where imports are parsed and checked: the app passes the analysis worker; by default this thread. */
  importer?: DraftImporter;
  /** Changes when the library closes or opens: what the last draft's check left to say is then forgotten. */
  visit?: number;
}

interface Draft {
  report: Report;
  /** Where it came from, for the heading: a file name or "pasted text". */
  origin: string;
  note: string | null;
  /** What the import read past (replaced bytes, an invalid front matter date): shown before adding. */
  warnings: string[];
  /** What `checkReport` found against the library and the drafts before it, when it was imported. */
  findings: ReportFinding[];
  words: number;
}

const ACCEPT = '.txt,.html,.htm,.md,text/plain,text/html,text/markdown';

/**
 * A paste this long is imported at once instead of being put in the text box: a text box holding
 * megabytes takes seconds to insert, lay out and re-render, for text nobody reads there.
 */
const LARGE_PASTE = 100_000;

/**
 * Adds reports from pasted text/HTML or from files. Every input ends in either a draft the user
 * checks (title, source, date are editable before confirming) or a message that says what was
 * wrong with which input. Imported HTML is parsed into an inert document and only its text is kept:
 * nothing imported is ever rendered as markup.
 */
export function ImportPanel({ onImported, existing = [], importer = importInThread, visit = 0 }: ImportPanelProps) {
  const ids = useId();
  const [text, setText] = useState('');
  // A paste refused for its size never reaches the text box; "Add report" then repeats why.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  /** What the last draft added or discarded left to say, once the paste box is back (and focused). */
  const [done, setDone] = useVisitMessage<string | null>(visit, null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const draft = drafts[0] ?? null;
  // The last draft checked: the keyboard goes back to the paste box for the next report.
  useEffect(() => {
    if (!draft && done) pasteBox.current?.focus();
  }, [draft, done]);

  // Reports waiting for their check and text pasted but not added are the reader's work: closing the
  // library keeps them (the dialog stays mounted), and leaving the page asks first.
  const unsaved = drafts.length > 0 || text.trim() !== '';
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  // What a new import is checked against ("identical to …"): the library and the drafts waiting.
  const others = () => [...existing, ...drafts.map((d) => d.report)];

  const accept = (results: { read: ReadImport; origin: string }[]) => {
    const failures: string[] = [];
    const ok: Draft[] = [];
    for (const { read, origin } of results) {
      const { result } = read;
      if (result.ok)
        ok.push({ report: result.report, origin, note: encodingNote(result), warnings: importWarnings(result), findings: read.findings, words: read.words });
      else failures.push(asSentence(result.message));
    }
    setErrors(failures);
    setDrafts((queue) => [...queue, ...ok]);
  };

  /** Pasted (or dropped) text → a draft; in the worker, so a long text leaves the page responsive. */
  const importPasted = (pasted: string, origin: string) => {
    const done = readPastedText(
      pasted,
      ({ result, ...rest }) => {
        if (result.ok) {
          accept([{ read: { result, ...rest }, origin }]);
          setText('');
          return;
        }
        setErrors([
          result.code === 'empty'
            ? 'Paste the text (or HTML) of a report first.'
            : result.code === 'whitespace'
              ? 'The pasted text holds only whitespace.'
              : result.code === 'too-large'
                ? asSentence(result.message)
                : `The pasted text: ${result.message}.`,
        ]);
      },
      others(),
      importer,
    );
    if (done instanceof Promise) {
      setBusy(true);
      void done.finally(() => setBusy(false));
    }
  };

  const addPasted = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text && refusal) setErrors([refusal]);
    else importPasted(text, 'pasted text');
  };

  /** Size first, before the browser inserts the text: megabytes in a text box take seconds to insert and lay out. */
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const tooLarge = pastedTooLarge(text + pasted);
    if (tooLarge) {
      event.preventDefault();
      setRefusal(asSentence(tooLarge));
      setErrors([asSentence(tooLarge)]);
    } else if (pasted.length > LARGE_PASTE && !text) {
      event.preventDefault();
      setRefusal(null);
      importPasted(pasted, 'pasted text');
    }
  };

  const addFiles = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    try {
      const results = [];
      const checked = others();
      for (const file of files) {
        const read = await readImportFile(file, checked, importer);
        if (read.result.ok) checked.push(read.result.report);
        results.push({ read, origin: file.name });
      }
      accept(results);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files ?? []);
    if (files.length) {
      void addFiles(files);
      return;
    }
    // Text dragged from another page arrives as a string, not a file.
    const dropped = event.dataTransfer.getData('text/plain');
    if (dropped) importPasted(dropped, 'dropped text');
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="space-y-4 p-4 text-sm">
      <h2 id={`${ids}-heading`} className="font-sans text-base font-semibold">
        Add a report
      </h2>

      <div role="alert" className="space-y-1 empty:hidden">
        {errors.map((message) => (
          <p key={message} className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100">
            {message}
          </p>
        ))}
        {draft && <DraftWarnings draft={draft} />}
      </div>

      {draft ? (
        <DraftForm
          key={draft.report.id}
          draft={draft}
          remaining={drafts.length - 1}
          onConfirm={(report) => {
            onImported([report]);
            setDone(`Added “${reportName(report)}” to the library.`);
            setDrafts((queue) => queue.slice(1));
          }}
          onConfirmAll={(report) => {
            // The waiting ones as read; one the check doubts could be meant (nothing to compare, a copy
            // of a report already in, another language) stays to be checked.
            const [ready, held] = partition(drafts.slice(1), (d) => d.report.paragraphs.length > 0 && !d.findings.some(holdsBack));
            const added = [report, ...ready.map((d) => d.report)];
            onImported(added);
            setDone(`Added ${added.length} reports to the library.${held.length ? ` ${held.length} still to check.` : ''}`);
            setDrafts(held);
          }}
          onDiscard={() => {
            setDone('Discarded the report.');
            setDrafts((queue) => queue.slice(1));
          }}
        />
      ) : (
        <>
          <form onSubmit={addPasted} className="space-y-2">
            <label htmlFor={`${ids}-text`} className="block font-medium">
              Paste a report (plain text, Markdown or the HTML of a page)
            </label>
            <textarea
              ref={pasteBox}
              id={`${ids}-text`}
              value={text}
              onPaste={onPaste}
              onChange={(e) => {
                // Typed or put there some other way than a paste (which onPaste checks first).
                const tooLarge = pastedTooLarge(e.target.value);
                setRefusal(tooLarge && asSentence(tooLarge));
                if (tooLarge) setErrors([asSentence(tooLarge)]);
                else setText(e.target.value);
              }}
              rows={8}
              className="w-full rounded border border-stone-400 bg-white p-2 font-mono text-xs dark:border-stone-600 dark:bg-stone-900"
            />
            <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900">
              Add report
            </button>
          </form>

          <div
            onDragEnter={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="drop-zone"
            className={`rounded border-2 border-dashed p-4 text-center ${dragging ? 'border-amber-500 bg-amber-50 dark:bg-amber-950' : 'border-stone-400 dark:border-stone-600'}`}
          >
            <p className="mb-2">Drop .txt, .html or .md files here, or</p>
            {/*
              One control: the native input is hidden but keeps focus and its label, and the label is drawn
              as the button. Shown as well, the browser's own "Choose Files | No file chosen" read as a
              second way to pick files (a user test), and its "No file chosen" never changed: files are
              read as soon as they are chosen.
            */}
            <input
              id={`${ids}-file`}
              type="file"
              multiple
              accept={ACCEPT}
              aria-describedby={`${ids}-limit`}
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                void addFiles(files);
              }}
              className="peer sr-only"
            />
            <label
              htmlFor={`${ids}-file`}
              className="inline-block cursor-pointer rounded border border-stone-500 bg-white px-3 py-1.5 font-medium text-stone-900 peer-focus-visible:outline peer-focus-visible:outline-[3px] peer-focus-visible:outline-offset-2 peer-focus-visible:outline-amber-600 hover:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800"
            >
              Choose report files
            </label>
            <p id={`${ids}-limit`} className="mt-2 text-xs text-stone-600 dark:text-stone-400">
              Up to {formatBytes(MAX_IMPORT_BYTES)} per file. Files stay on this device.
            </p>
          </div>
          {busy && <p role="status">Reading…</p>}
        </>
      )}
      <p role="status" className="text-stone-600 empty:hidden dark:text-stone-400">
        {!draft && !busy ? done : null}
      </p>
    </section>
  );
}

function DraftWarnings({ draft }: { draft: Draft }) {
  return (
    <>
      {draft.findings
        .filter((f) => f.code !== 'no-date')
        .map((f) => (
          <p key={f.code} className={findingClass(f)}>
            {capitalize(f.message)}.
          </p>
        ))}
    </>
  );
}

function findingClass(f: ReportFinding): string {
  return f.level === 'problem'
    ? 'rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100'
    : 'rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100';
}

function DraftForm({
  draft,
  remaining,
  onConfirm,
  onConfirmAll,
  onDiscard,
}: {
  draft: Draft;
  remaining: number;
  onConfirm(report: Report): void;
  /** Adds this report as edited and the ones waiting as read. */
  onConfirmAll(report: Report): void;
  onDiscard(): void;
}) {
  const ids = useId();
  // A draft comes of the reader's own action (Add report, a file chosen or dropped, the one before it
  // added): focus goes to its heading, which a screen reader reads, and Tab goes on to its fields.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [title, setTitle] = useState(draft.report.title);
  const [source, setSource] = useState(draft.report.source ?? '');
  const [published, setPublished] = useState(draft.report.published ?? '');
  const empty = draft.report.paragraphs.length === 0;
  const words = draft.words;

  // Through withPublished: a date the user typed is theirs, one left as read keeps where it came from.
  const edited = () => withPublished({ ...draft.report, title: title.trim(), source: source.trim() || null }, published || null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!empty) onConfirm(edited());
  };
  const note = published && published === draft.report.published ? publishedNote(draft.report.publishedFrom) : null;
  const filed = filedDay(draft.report);
  const dateHint = !published
    ? filed
      ? `The dateline gives ${filed} (${FILED_YEAR_NOTE}). Relative dates (“on Monday”) are resolved against the date, so enter it if you know it.`
      : 'Not found in the text. Relative dates (“on Monday”) are resolved against it.'
    : note
      ? `${capitalize(note)}: ${inferredFrom(draft.report)}. Relative dates (“on Monday”) are resolved against it, so correct it if you know the date.`
      : undefined;

  return (
    <form onSubmit={submit} aria-labelledby={`${ids}-title`} className="space-y-3">
      <h3 id={`${ids}-title`} ref={heading} tabIndex={-1} className="font-sans font-semibold">
        Check the report from {draft.origin}
        {remaining > 0 ? ` (${remaining} more waiting)` : ''}
      </h3>
      {draft.note && (
        <p role="status" className="text-stone-600 dark:text-stone-400">
          {draft.note}
        </p>
      )}
      {draft.warnings.length > 0 && (
        <div
          role="status"
          data-testid="import-warnings"
          className="rounded border border-amber-700 bg-amber-50 p-2 text-stone-800 dark:border-amber-400 dark:bg-amber-950/40 dark:text-stone-200"
        >
          <p className="font-semibold">Check before adding:</p>
          <ul className="list-disc pl-5">
            {draft.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <Field id={`${ids}-t`} label="Title" hint={title.trim() ? undefined : untitledNote(draft.report)}>
        <input
          id={`${ids}-t`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={untitledName(draft.report)}
          aria-describedby={title.trim() ? undefined : `${ids}-t-hint`}
          className={INPUT}
        />
      </Field>
      <Field id={`${ids}-s`} label="Source">
        <input id={`${ids}-s`} value={source} onChange={(e) => setSource(e.target.value)} placeholder="e.g. the publisher or agency" className={INPUT} />
      </Field>
      <Field id={`${ids}-d`} label="Publication date" hint={dateHint}>
        <input
          id={`${ids}-d`}
          type="date"
          value={published}
          onChange={(e) => setPublished(e.target.value)}
          aria-describedby={dateHint ? `${ids}-d-hint` : undefined}
          className={INPUT}
        />
      </Field>
      <div>
        <p className="font-medium">
          Body: {draft.report.paragraphs.length} {draft.report.paragraphs.length === 1 ? 'paragraph' : 'paragraphs'}, {words} words
          {draft.report.removed.length > 0 &&
            `; ${draft.report.removed.length} ${draft.report.removed.length === 1 ? 'line' : 'lines'} of site furniture removed`}
        </p>
        {/* Plain text children only: React escapes them, so imported text can never become markup.
            Focusable, so the keyboard can scroll what it asks the reader to check. */}
        <div
          tabIndex={0}
          role="region"
          aria-label="Start of the body"
          className="mt-1 max-h-40 overflow-auto rounded border border-stone-300 p-2 font-serif focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-stone-700"
        >
          {draft.report.paragraphs.slice(0, 3).map((p, i) => (
            <p key={i} className="mb-2 last:mb-0">
              {p}
            </p>
          ))}
          {draft.report.paragraphs.length > 3 && <p className="text-stone-600 dark:text-stone-400">…</p>}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={empty}
          className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white hover:bg-stone-700 disabled:opacity-50 dark:bg-stone-200 dark:text-stone-900"
        >
          Add to library
        </button>
        {remaining > 0 && (
          <button
            type="button"
            disabled={empty}
            onClick={() => onConfirmAll(edited())}
            className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100 disabled:opacity-50 dark:hover:bg-stone-800"
          >
            Add all {remaining + 1}
          </button>
        )}
        <button type="button" onClick={onDiscard} className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
          Discard
        </button>
      </div>
    </form>
  );
}

/** What "Add all" leaves to be checked one by one: findings a reader must see. */
const holdsBack = (f: ReportFinding) => f.level === 'problem' || f.code === 'identical' || f.code === 'not-english';

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}

const INPUT = 'w-full rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900';

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
    </div>
  );
}

function asSentence(text: string): string {
  const capital = capitalize(text);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
