import { reportLetter } from '../../analysis/report/letter.ts';
import type { SummarizedComparison } from '../../analysis/overview/summarize-comparison.ts';
import { excerpt } from '../../analysis/overview/excerpt.ts';
import type { IsolatedReport, ReportShares } from '../../analysis/overview/summarize-overview.ts';

export interface OverviewProps {
  /** The compared reports in comparison order (their index gives the letter). */
  reports: { id: string }[];
  /** The worker's answer, which carries the overview (`summarizeComparison`). */
  comparison: Pick<SummarizedComparison, 'overview'> | undefined;
  /** Moves to the facts panel's list: shared facts, conflicts, or the sentences only `report` has. */
  onShowList: (list: { kind: 'shared' } | { kind: 'conflicts' } | { kind: 'only'; report: string }) => void;
  onSelectSentence: (report: string, sentence: string) => void;
}

// Each part has a text label and its own pattern, so colour is never the only cue.
const PARTS = [
  { part: 'shared', label: 'shared', swatch: 'bg-amber-600 dark:bg-amber-400' },
  {
    part: 'only',
    label: 'only here',
    swatch:
      'bg-stone-200 bg-[radial-gradient(var(--color-stone-500)_1px,transparent_1.2px)] bg-size-[4px_4px] dark:bg-stone-700 dark:bg-[radial-gradient(var(--color-stone-300)_1px,transparent_1.2px)]',
  },
  {
    part: 'conflict',
    label: 'in conflict',
    swatch:
      'bg-[repeating-linear-gradient(135deg,var(--color-rose-700)_0_2px,var(--color-rose-200)_2px_5px)] dark:bg-[repeating-linear-gradient(135deg,var(--color-rose-300)_0_2px,var(--color-rose-900)_2px_5px)]',
  },
] as const;

const linkClass =
  'rounded px-0.5 font-semibold text-amber-900 underline decoration-amber-700/50 underline-offset-2 hover:bg-stone-200 hover:decoration-amber-800 dark:text-amber-200 dark:decoration-amber-300/60 dark:hover:bg-stone-800';

/** How much the compared reports agree, and what each one alone adds: the first thing the Facts tab shows. */
export function Overview({ reports, comparison, onShowList, onSelectSentence }: OverviewProps) {
  const overview = comparison?.overview;
  if (!overview) return null;
  const letterOf = (id: string) => reportLetter(reports.findIndex((r) => r.id === id));
  const excerptsPerReport = overview.unique.length <= 3 ? 2 : 1;
  return (
    <section aria-labelledby="overview-heading" data-testid="overview" className="space-y-3 border-b border-stone-300 p-4 text-sm dark:border-stone-700">
      <h3 id="overview-heading" className="font-sans font-semibold text-stone-800 dark:text-stone-200">
        Overview
      </h3>
      <p className="leading-relaxed text-stone-700 dark:text-stone-300" data-testid="overview-counts">
        <button type="button" className={linkClass} onClick={() => onShowList({ kind: 'shared' })}>
          {overview.sharedFacts} shared {overview.sharedFacts === 1 ? 'fact' : 'facts'}
        </button>
        {overview.conflicts > 0 && (
          <>
            {' · '}
            <button type="button" className={linkClass} onClick={() => onShowList({ kind: 'conflicts' })}>
              {overview.conflicts} {overview.conflicts === 1 ? 'conflict' : 'conflicts'}
            </button>
          </>
        )}
        {overview.conflicts === 0 && <> · 0 conflicts</>}
        {overview.unique.map((u) => (
          <span key={u.report}>
            {' · '}
            <button type="button" className={linkClass} onClick={() => onShowList({ kind: 'only', report: u.report })}>
              {u.count} only in {letterOf(u.report)}
            </button>
          </span>
        ))}
      </p>
      {overview.isolated.length > 0 && (
        <p
          role="note"
          data-testid="overview-unrelated"
          className="rounded border border-amber-700 bg-amber-50 p-2 text-stone-800 dark:border-amber-400 dark:bg-amber-950/40 dark:text-stone-200"
        >
          {isolatedNote(overview.isolated, reports.length, letterOf)}
        </p>
      )}
      <p className="font-sans text-xs text-stone-600 dark:text-stone-400">Each report’s text by characters; sentences in brackets.</p>
      <ul className="space-y-2" aria-label="Share of each report’s text">
        {overview.shares.map((share) => (
          <ShareBar key={share.report} share={share} letter={letterOf(share.report)} anyConflict={overview.conflicts > 0} />
        ))}
      </ul>
      <ul className="space-y-1.5" aria-label="What each report alone adds">
        {overview.unique.map((u) => {
          const letter = letterOf(u.report);
          const top = u.ranked.slice(0, excerptsPerReport);
          return (
            <li key={u.report} className="flex gap-1.5 text-stone-700 dark:text-stone-300">
              <span className="shrink-0 pt-0.5 font-sans text-xs font-bold">{letter} alone:</span>
              {top.length === 0 ? (
                <span className="text-stone-600 dark:text-stone-400">nothing; every sentence is in a shared fact or conflict.</span>
              ) : (
                <span className="min-w-0 space-y-0.5">
                  {top.map((r) => (
                    <button
                      key={r.sentence.id}
                      type="button"
                      data-overview-sentence={`${u.report} ${r.sentence.id}`}
                      onClick={() => onSelectSentence(u.report, r.sentence.id)}
                      className="block w-full rounded px-1 text-left hover:bg-stone-200 dark:hover:bg-stone-800"
                    >
                      “{excerpt(r.sentence.text)}”
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ShareBar({ share, letter, anyConflict }: { share: ReportShares; letter: string; anyConflict: boolean }) {
  const { percent, sentences } = share;
  const label = `Report ${letter}: ${percent.shared} % shared, ${percent.only} % only here, ${percent.conflict} % in conflict`;
  return (
    <li className="grid grid-cols-[1.25rem_minmax(0,1fr)] items-center gap-x-2 gap-y-0.5">
      <span aria-hidden="true" className="font-sans text-xs font-bold text-stone-700 dark:text-stone-300">
        {letter}
      </span>
      <div role="img" aria-label={label} data-share-bar={letter} className="flex h-3 overflow-hidden rounded-sm border border-stone-400 dark:border-stone-500">
        {PARTS.map(({ part, swatch }) =>
          share.chars[part] > 0 ? <span key={part} className={`h-full ${swatch}`} style={{ width: `${(share.chars[part] / share.total) * 100}%` }} /> : null,
        )}
      </div>
      <p className="col-start-2 flex flex-wrap gap-x-3 font-sans text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
        {/* With no conflict in the comparison, "0 % in conflict" would only add noise (the bar's label keeps it). */}
        {PARTS.filter(({ part }) => part !== 'conflict' || anyConflict).map(({ part, label: name, swatch }) => (
          <span key={part} className="inline-flex items-center gap-1 whitespace-nowrap">
            <span className={`inline-block size-2.5 rounded-xs border border-stone-400 dark:border-stone-500 ${swatch}`} />
            {percent[part]} % {name} ({sentenceCount(sentences[part], percent[part])})
          </span>
        ))}
      </p>
    </li>
  );
}

/**
 * The count in brackets is of whole sentences, the percentage of characters: the part of a shared
 * sentence its partner does not state is "only here" too, so a report can have 9 % only here and no
 * sentence wholly its own, which a bare "(0)" made look like a miscount.
 */
const sentenceCount = (count: number, percent: number) => (count === 0 && percent > 0 ? 'no whole sentence' : count);

/**
 * Why some reports may be about another event: they share almost nothing, or they name none of the
 * people, places and organisations the others name (then a few of theirs, so a reader can judge).
 */
function isolatedNote(isolated: readonly IsolatedReport[], reportCount: number, letterOf: (id: string) => string): string {
  const named = isolated.filter((r) => r.names.length > 0);
  if (isolated.length === reportCount) {
    return named.length === isolated.length
      ? 'These reports name none of the same people, places or organisations: they may not report the same event.'
      : 'These reports share almost nothing: they may not report the same event.';
  }
  const little = isolated.filter((r) => r.names.length === 0);
  const reportsOf = (list: readonly IsolatedReport[]) => list.map((r) => `Report ${letterOf(r.report)}`).join(' and ');
  const notes = [
    ...(little.length ? [`${reportsOf(little)} ${little.length === 1 ? 'shares' : 'share'} almost nothing with the others`] : []),
    ...named.map((r) => `Report ${letterOf(r.report)} names none of the people, places or organisations the others name (it names ${r.names.join(', ')})`),
  ];
  return `${notes.join('; ')}: ${isolated.length === 1 ? 'is it' : 'are they'} about the same event?`;
}
