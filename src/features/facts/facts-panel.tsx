import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SummarizedComparison } from '../../analysis/overview/summarize-comparison.ts';
import type { Report } from '../../analysis/report/types.ts';
import type { FactItem } from '../../analysis/overview/summarize-facts.ts';
import { reportLetter } from '../../analysis/report/letter.ts';
import { wordingsAtRest } from './wordings-at-rest.ts';

interface FactsPanelProps {
  reports: Report[];
  /** The worker's answer, which carries the facts lists (`summarizeComparison`). */
  comparison: SummarizedComparison | undefined;
  activeFactId: string | null;
  onSelectFact: (factId: string) => void;
  onSelectSentence: (report: string, sentence: string) => void;
}

/** Wordings a fact's entry shows until it is chosen (`wordingsAtRest`), and a count of the rest. */
const WORDINGS_AT_REST = 2;

export function FactsPanel({ reports, comparison, activeFactId, onSelectFact: selectFact, onSelectSentence }: FactsPanelProps) {
  const summary = comparison?.factLists;
  const letterOf = useCallback((id: string) => reportLetter(reports.findIndex((r) => r.id === id)), [reports]);
  // A conflict's values go by outlet, which a reader knows them by: "Coastal Tribune (A)", else "Report A".
  // From reports published on different days, each with its day ("Coastal Tribune (A, 8 Mar)"): a
  // later report's figure may be an update ("has risen to 41") rather than a disagreement.
  const outletsOf = useCallback(
    (ids: readonly string[]) => {
      const of = ids.map((id) => reports.find((r) => r.id === id));
      const days = new Set(of.map((r) => r?.published ?? null));
      const dated = days.size > 1 && !days.has(null);
      return ids.map((id, k) => {
        const letter = dated ? `${letterOf(id)}, ${shortDay(of[k]!.published!, days)}` : letterOf(id);
        return of[k]?.source ? `${of[k]!.source} (${letter})` : `Report ${letter}`;
      });
    },
    [reports, letterOf],
  );
  // Stable, so choosing a fact re-renders the two entries whose state changed, not hundreds.
  const latestSelect = useRef(selectFact);
  useLayoutEffect(() => {
    latestSelect.current = selectFact;
  });
  const onSelectFact = useCallback((factId: string) => latestSelect.current(factId), []);
  // With fewer than two reports no analysis runs, so "when the analysis is ready" would promise facts that never come.
  if (reports.length < 2) {
    return (
      <p className="p-4 text-sm text-stone-600 dark:text-stone-400">
        Shared facts need at least two reports, and {reports.length === 1 ? 'only one is' : 'none is'} chosen: choose or import{' '}
        {reports.length === 1 ? 'another' : 'two'} in Library &amp; import.
      </p>
    );
  }
  if (!summary) return <p className="p-4 text-sm text-stone-600 dark:text-stone-400">Facts appear here when the analysis is ready.</p>;
  const { shared, conflicts, unique } = summary;
  return (
    <div className="space-y-5 p-4 text-sm">
      <p aria-live="polite" className="text-stone-700 dark:text-stone-300" data-testid="facts-summary">
        <strong>{shared.length}</strong> shared {shared.length === 1 ? 'fact' : 'facts'}, <strong>{conflicts.length}</strong>{' '}
        {conflicts.length === 1 ? 'conflict' : 'conflicts'},{' '}
        {unique.map((u, i) => (
          <span key={u.report}>
            {i > 0 ? ', ' : ''}
            <strong>{u.sentences.length}</strong> only in {letterOf(u.report)}
          </span>
        ))}
        .{/* Keys are no help on a touch screen without a keyboard. */}
        <span className="pointer-coarse:hidden">
          {' '}
          Keys: <kbd className="rounded border px-1">j</kbd>/<kbd className="rounded border px-1">k</kbd> next/previous fact,{' '}
          <kbd className="rounded border px-1">Enter</kbd> jump to partner.
        </span>
      </p>
      <dl
        className="grid grid-cols-[auto_1fr] items-baseline gap-x-2 gap-y-1 text-xs text-stone-700 dark:text-stone-300"
        aria-label="How the reader marks sentences"
      >
        <dt>
          <span className="rounded-sm bg-amber-100 px-1 dark:bg-amber-900/50">text</span>
          <sup className="ml-0.5 rounded bg-amber-800 px-1 font-bold text-white dark:bg-amber-300 dark:text-amber-950">1</sup>
        </dt>
        <dd>shared fact 1, stated in another report too</dd>
        {reports.length > 2 && (
          <>
            <dt>
              <span className="rounded-sm bg-amber-50 px-1 underline decoration-amber-700 decoration-dashed underline-offset-4 dark:bg-amber-950/40 dark:decoration-amber-400">
                text
              </span>
              <sup className="ml-0.5 rounded px-1 font-bold text-amber-900 ring-1 ring-amber-800 ring-inset dark:text-amber-200 dark:ring-amber-300">1·B</sup>
            </dt>
            <dd>
              shared fact 1, its other wordings only in report B, which no pane shows: click it or press Enter to show B in the other pane (j/k step through the
              facts the reports shown share)
            </dd>
          </>
        )}
        <dt>
          <span className="rounded-sm bg-rose-100 px-1 underline decoration-rose-700 decoration-wavy dark:bg-rose-950 dark:decoration-rose-400">text</span>
          <sup className="ml-0.5 rounded bg-rose-700 px-1 font-bold text-white dark:bg-rose-300 dark:text-rose-950">≠C1</sup>
        </dt>
        <dd>conflict C1: the reports give different numbers, dates or names (conflicts are numbered apart: C1, C2…)</dd>
        <dt>
          <span className="rounded-sm px-0.5 font-bold outline-2 outline-offset-1 outline-current outline-dotted">12</span>{' '}
          <span className="rounded-sm px-0.5 outline-1 outline-offset-1 outline-stone-600 outline-dashed dark:outline-stone-400">said</span>
        </dt>
        <dd>while a fact is active: words its other wording does not have, numbers and names boxed in bold</dd>
        <dt>
          <span className="rounded-sm bg-amber-100 px-1 dark:bg-amber-900/50">
            text,{' '}
            <span className="underline decoration-amber-700/70 decoration-solid decoration-2 underline-offset-[3px] dark:decoration-amber-400/80">part</span>
          </span>
        </dt>
        <dd>underlined part: the part of a longer sentence that another report states</dd>
        <dt>
          <span className="underline decoration-stone-400/80 decoration-dotted underline-offset-[5px] dark:decoration-stone-500">text</span>
        </dt>
        <dd>said by this report only (“Mark ‘only here’” in the toolbar switches this mark off)</dd>
        <dt>
          <span className="underline decoration-stone-400/80 decoration-dotted underline-offset-[5px] dark:decoration-stone-500">text</span>
          <span className="ml-0.5 rounded border border-stone-400 px-1 font-sans text-[0.9em] italic dark:border-stone-500">≈ similar in B</span>
        </dt>
        <dd>
          no shared fact found, but report B words something closely: the button shows that wording (both drawn grey with a dashed outline, as they are not
          linked; often the same event told another way, about half the time the same fact); Back or Esc goes back
        </dd>
        <dt>
          <svg
            viewBox="0 0 10 30"
            className="inline-block h-6 w-3 border border-stone-400 bg-stone-100 align-middle dark:border-stone-600 dark:bg-stone-900"
            aria-hidden="true"
          >
            <rect x="1" y="2" width="3" height="6" className="fill-stone-400 dark:fill-stone-500" />
            <rect x="0" y="10" width="10" height="8" className="fill-amber-500 dark:fill-amber-400" />
            <rect x="0" y="21" width="10" height="6" className="fill-rose-700 dark:fill-rose-400" />
          </svg>
        </dt>
        <dd>
          change map beside each report on wide screens: thin grey line only here, full-width amber shared, dark red conflict
          {reports.length > 2 && ', pale amber on the right half shared only with a report not shown'}; the framed box is what the pane shows. Click, drag or
          use the arrow keys on it to move.
        </dd>
        <dt className="font-sans text-xs">86% match</dt>
        <dd>how sure Parallax is that the wordings state one fact: the score of the strongest link between them</dd>
      </dl>
      {conflicts.length > 0 && (
        <FactList
          list="conflicts"
          title="Conflicts"
          symbol="≠"
          total={reports.length}
          items={conflicts}
          activeFactId={activeFactId}
          onSelectFact={onSelectFact}
          letterOf={letterOf}
          outletsOf={outletsOf}
        />
      )}
      <FactList
        list="shared"
        title="Shared facts"
        symbol=""
        total={reports.length}
        items={shared}
        activeFactId={activeFactId}
        onSelectFact={onSelectFact}
        letterOf={letterOf}
        outletsOf={outletsOf}
      />
      {unique.map((u) => (
        <OnlyInList key={u.report} report={u.report} letter={letterOf(u.report)} sentences={u.sentences} onSelectSentence={onSelectSentence} />
      ))}
    </div>
  );
}

/**
 * The sentences only one report has, folded; the list is rendered when first opened (by its summary
 * or by the overview), since with many reports these lists would be most of the page's elements.
 */
function OnlyInList(props: {
  report: string;
  letter: string;
  sentences: { id: string; text: string }[];
  onSelectSentence: (report: string, sentence: string) => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="group" data-facts-list={`only ${props.report}`} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {/* py-1: a 28 px tap target; at 20 px tall and 20 px apart these failed axe's target-size rule. */}
      <summary className="cursor-pointer scroll-mt-14 py-1 font-sans font-semibold text-stone-800 dark:text-stone-200">
        Only in report {props.letter} ({props.sentences.length})
      </summary>
      {opened && (
        <ul className="mt-2 space-y-1">
          {props.sentences.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => props.onSelectSentence(props.report, s.id)}
                className="w-full rounded px-2 py-1 text-left text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800"
              >
                {s.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function FactList(props: {
  /** Names the list for jumps from the overview (`data-facts-list`). */
  list: 'conflicts' | 'shared';
  title: string;
  symbol: string;
  /** How many reports are compared, for "in 3 of 5 reports". */
  total: number;
  items: FactItem[];
  activeFactId: string | null;
  onSelectFact: (factId: string) => void;
  letterOf: (id: string) => string;
  outletsOf: (ids: readonly string[]) => string[];
}) {
  const headingId = `facts-${props.title.replace(/\W/g, '-').toLowerCase()}`;
  const rendered = useProgressiveCount(props.items.length);
  return (
    <section aria-labelledby={headingId} data-facts-list={props.list}>
      {/* tabIndex -1: the overview's counts move focus here. */}
      <h3 id={headingId} tabIndex={-1} className="mb-2 scroll-mt-14 font-sans font-semibold text-stone-800 dark:text-stone-200">
        {props.title} ({props.items.length})
      </h3>
      {props.items.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">None found.</p>
      ) : (
        <ol className="space-y-2">
          {props.items.slice(0, rendered).map((item) => (
            <FactEntry
              key={item.fact.id}
              item={item}
              symbol={props.symbol}
              total={props.total}
              active={props.activeFactId === item.fact.id}
              onSelectFact={props.onSelectFact}
              letterOf={props.letterOf}
              outletsOf={props.outletsOf}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * One fact: its label, reach and score, and its first wordings; the chosen (active) fact shows every
 * wording. Memoised, and laid out only near the screen (`content-visibility`), because with many
 * reports the list holds hundreds of facts and thousands of wordings.
 */
const FactEntry = memo(function FactEntry(props: {
  item: FactItem;
  symbol: string;
  total: number;
  active: boolean;
  onSelectFact: (factId: string) => void;
  letterOf: (id: string) => string;
  outletsOf: (ids: readonly string[]) => string[];
}) {
  const { item } = props;
  const lead = item.sides?.[0]?.sides.map((side) => item.wordings[side.wordings[0]!]!);
  const { shown, rest } = props.active ? { shown: item.wordings, rest: [] } : wordingsAtRest(item.wordings, WORDINGS_AT_REST, lead);
  return (
    <li className="[contain-intrinsic-size:auto_6rem] [content-visibility:auto]">
      <button
        type="button"
        data-fact-button={item.fact.id}
        aria-current={props.active ? 'true' : undefined}
        onClick={() => props.onSelectFact(item.fact.id)}
        className="w-full rounded border border-stone-300 p-2 text-left hover:bg-stone-100 aria-[current]:border-amber-700 aria-[current]:bg-amber-50 dark:border-stone-700 dark:hover:bg-stone-800 dark:aria-[current]:border-amber-400 dark:aria-[current]:bg-stone-800"
      >
        <span className="mb-1 block font-sans text-xs font-bold text-stone-700 dark:text-stone-300">
          {props.symbol}
          {item.label} · in {new Set(item.wordings.map((w) => w.report)).size} of {props.total} reports · {Math.round(item.fact.score * 100)}% match
          {item.fact.differences.map((difference, index) => (
            // A line each, wrapped anywhere: on a phone a long one ran out of the entry.
            <span key={index} className="block font-normal [overflow-wrap:anywhere]">
              differs: {describeSides(item, index, shown, props.outletsOf) ?? difference}
            </span>
          ))}
        </span>
        {shown.map((w) => (
          <span key={`${w.report}-${w.sentence}`} className="mt-1 block text-stone-800 dark:text-stone-200">
            <span className="mr-1 font-sans text-xs font-bold">{props.letterOf(w.report)}:</span>
            {w.text}
          </span>
        ))}
        {rest.length > 0 && (
          <span className="mt-1 block font-sans text-xs text-stone-600 dark:text-stone-400">
            and {rest.length} more {rest.length === 1 ? 'wording' : 'wordings'} ({[...new Set(rest.map((w) => props.letterOf(w.report)))].join(', ')}): choose
            to see all
          </span>
        )}
      </button>
    </li>
  );
});

/**
 * Which report gives which value of a conflict's difference, in report order: "number: Coastal Tribune
 * (A): 212 · Harbour Gazette (B): 214". "12 vs 14" alone left the reader to find who said which, and
 * with three reports a value held only in a wording folded at rest said nowhere where it was: such a
 * report is marked "folded below". Undefined when the sides cannot be told apart in the wordings.
 */
function describeSides(
  item: FactItem,
  index: number,
  shown: readonly FactItem['wordings'][number][],
  outletsOf: (ids: readonly string[]) => string[],
): string | undefined {
  const sides = item.sides?.[index];
  if (!sides) return undefined;
  const byReport = new Map<string, { values: string[]; folded: boolean }>();
  for (const [at, w] of item.wordings.entries()) {
    const side = sides.sides.find((s) => s.wordings.includes(at));
    if (!side) continue;
    const entry = byReport.get(w.report) ?? { values: [], folded: true };
    if (!entry.values.includes(side.value)) entry.values.push(side.value);
    entry.folded &&= !shown.includes(w);
    byReport.set(w.report, entry);
  }
  const outlets = outletsOf([...byReport.keys()]);
  const parts = [...byReport.values()].map(({ values, folded }, k) => `${outlets[k]}${folded ? ', folded below' : ''}: ${values.join(', ')}`);
  return `${sides.what}: ${parts.join(' · ')}`;
}

/**
 * A publication day as a reader scans it, "8 Mar", with the year when the days span more than one
 * ("30 Dec 2025"). Days are ISO dates (`Report.published`), read as calendar days, not instants.
 */
function shortDay(iso: string, among: ReadonlySet<string | null>): string {
  const years = new Set([...among].map((d) => d?.slice(0, 4)));
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(years.size > 1 ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** Entries rendered with the list, and added per idle moment after it. */
const FIRST_ENTRIES = 40;
const MORE_ENTRIES = 80;

/**
 * How many of `total` entries to render: the first few at once, the rest in slices after the list
 * shows, each in a transition when the page is idle. With many reports the list has hundreds of facts;
 * rendered in one go, they would add their style and layout to the frame the analysis arrives in.
 */
function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_ENTRIES);
  useEffect(() => {
    if (count >= total) return;
    const more = () => startTransition(() => setCount((c) => c + MORE_ENTRIES));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(more, { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(more, 50);
    return () => clearTimeout(id);
  }, [count, total]);
  return Math.min(count, total);
}
